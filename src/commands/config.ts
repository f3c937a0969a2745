/** `addr config`: the effective settings and where each came from. */
import type { Command } from 'commander';
import type { App } from '../app.js';
import { keyFileFor } from '../app.js';
import { formatDuration } from '../core/duration.js';
import type { SettingKey } from '../core/settings.js';
import type { CliKit } from '../cli/kit.js';
import { table } from '../ui/style.js';

export function register(program: Command, cli: CliKit): void {
  const cmd = program.command('config').description('show the effective settings and where each value came from');
  cli.action(cmd, () => ({ options: {}, run: (app) => configCommand(app) }));
}

export async function configCommand(app: App): Promise<number> {
  const { settings: s, sources, configFile } = app.effective;
  const values: Record<SettingKey, string | number | null> = {
    db: s.db,
    'timeouts.connect': formatDuration(s.timeouts.connectMs),
    'timeouts.greeting': formatDuration(s.timeouts.greetingMs),
    'timeouts.command': formatDuration(s.timeouts.commandMs),
    'timeouts.deadline': formatDuration(s.timeouts.deadlineMs),
    color: s.color,
    output: s.output,
    concurrency: s.concurrency,
    ehloName: s.ehloName,
    lockWait: formatDuration(s.lockWaitMs),
    dnsServer: s.dnsServer ?? '(the system resolver)',
    domains: Object.keys(s.domains).length ? Object.keys(s.domains).join(', ') : '(none pinned)',
    discovery: `deadline ${formatDuration(s.discovery.deadlineMs)}, probes ${s.discovery.probePorts.map((p) => `${p.port}/${p.security}`).join(' ')}, autoconfig ${s.discovery.httpsPort}/${s.discovery.httpPort}`,
    outOfServiceAfter: s.outOfServiceAfter,
  };
  const key = app.env.ADDR_KEY ? { value: '(set)', source: 'env ADDR_KEY' } : { value: keyFileFor(s.db), source: 'beside the database' };
  if (app.json) {
    const out: Record<string, { value: unknown; source: string }> = {};
    for (const k of Object.keys(values) as SettingKey[]) out[k] = { value: values[k], source: sources[k] };
    out.key = key;
    app.out(JSON.stringify({ configFile, settings: out }, null, 2));
    return 0;
  }
  app.out(`Config file: ${configFile ?? app.style.dim('none found (searched .addrrc, .addrrc.json/.yaml, addr.config.js, package.json "addr", from here up to ~, then ~/.config/addr)')}`);
  const rows = (Object.keys(values) as SettingKey[]).map((k) => [k, String(values[k] ?? app.style.dim('(machine host name)')), sources[k]]);
  rows.push(['key', key.value, key.source]);
  app.out(table(['SETTING', 'VALUE', 'FROM'], rows, app.style));
  return 0;
}
