/**
 * Discovery for the commands: `runDiscovery` (addr discover) and `discoverSettings`, the one call the address
 * input makes when neither --preset nor --host names the server (addr add without --host, and the wizard). Whatever
 * discovery finds is only a proposal: the live test must pass before anything is saved.
 */
import type { App } from '../app.js';
import { ConfigError } from '../errors.js';
import type { DiscoveryResult, FoundSettings } from '../core/discovery.js';
import type { Prompter } from '../ui/prompter.js';
import type { DnsResolver } from '../dns/resolver.js';

/** The resolver of discovery and the pre-flight, pointed where the settings say. */
export async function resolverFor(app: App): Promise<DnsResolver> {
  const { createResolver } = await import('../dns/resolver.js');
  return createResolver({ server: app.effective.settings.dnsServer, timeoutMs: Math.min(5000, Math.max(1000, Math.floor(app.effective.settings.discovery.deadlineMs / 2))) });
}

export async function runDiscovery(app: App, email: string, opts: { progress: boolean }): Promise<DiscoveryResult> {
  const [{ discover }, { stepLine }, { pinProblems }] = await Promise.all([import('../discovery/discover.js'), import('../ui/discovery-view.js'), import('../core/discovery.js')]);
  const s = app.effective.settings;
  const bad = pinProblems(s.domains);
  if (bad.length) {
    const { PRESET_IDS } = await import('../core/presets.js');
    throw new ConfigError(`In ${app.effective.configFile ?? 'the config file'}: ${bad.join(', ')} is not a known preset.`, `Choose one of: ${PRESET_IDS.join(', ')}.`);
  }
  if (opts.progress) app.err(`Looking for the submission server of ${email}…`);
  return discover(email, {
    resolver: await resolverFor(app),
    pins: s.domains,
    ports: { probe: s.discovery.probePorts, https: s.discovery.httpsPort, http: s.discovery.httpPort },
    deadlineMs: s.discovery.deadlineMs,
    ehloName: s.ehloName ?? undefined,
    onStep: opts.progress ? (step) => app.err(stepLine(step, app.errStyle)) : undefined,
  });
}

/** What the address input takes over from discovery. */
export interface DiscoveredDraft {
  preset: FoundSettings['provider'];
  host: string;
  port: number;
  security: FoundSettings['security'];
  /** null: the provider issues the login; ask it (or name --login). */
  username: string | null;
  source: string;
}

/**
 * Finds the server of an address and shows where it came from (stderr; in the wizard, between the questions). On a
 * terminal the user confirms it; without one it is taken, the live test deciding. null: nothing found (or declined),
 * and the caller asks for the provider or the server as before.
 */
export async function discoverSettings(app: App, email: string, prompter: Prompter | null): Promise<DiscoveredDraft | null> {
  const { foundLines } = await import('../ui/discovery-view.js');
  const result = await runDiscovery(app, email, { progress: !app.json });
  const say = (text: string) => (prompter ? prompter.say(text) : app.json ? undefined : app.err(text));
  const f = result.found;
  if (!f) {
    const why = result.warnings.length ? ` (${result.warnings[0]})` : '';
    say(`Discovery found no server for ${result.domain}${why}.`);
    return null;
  }
  say(foundLines(result, app.errStyle).join('\n'));
  if (prompter && !(await prompter.confirm(`Use ${f.host}:${f.port} (${f.security})? The live test checks it before anything is saved.`, true))) return null;
  return { preset: f.provider, host: f.host, port: f.port, security: f.security, username: f.username, source: f.source };
}
