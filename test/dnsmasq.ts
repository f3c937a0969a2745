/**
 * A real DNS server on loopback for the tests: Debian's dnsmasq serving a test zone given as flags, on a free port,
 * answering NXDOMAIN for every name it was not given (--local=/#/), so that nothing is asked of the outside world.
 * One per test file: `const dns = await startDns({...})`, `await dns.close()`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { Resolver } from 'node:dns/promises';

export interface Zone {
  /** [domain, exchange, preference] */
  mx?: Array<[string, string, number]>;
  /** [service name, target, port, priority?, weight?]; target "." = service not offered */
  srv?: Array<[string, string, number, number?, number?]>;
  /** [name, text]: one TXT record of one string */
  txt?: Array<[string, string]>;
  /** [name, address] A/AAAA records, without a PTR */
  address?: Array<[string, string]>;
  /** [ip, name]: PTR records */
  ptr?: Array<[string, string]>;
  /** [name, address]: A record plus the matching PTR */
  host?: Array<[string, string]>;
}

export interface DnsServer {
  port: number;
  /** "127.0.0.1:PORT" for --dns-server / dnsServer. */
  server: string;
  close(): Promise<void>;
}

/** dnsmasq splits TXT text at commas into strings (joined again by resolvers): test texts have none. */
function txtArg(text: string): string {
  if (text.includes(',')) throw new Error(`dnsmasq test zones: no commas in TXT text (${text})`);
  return text;
}

export function zoneArgs(zone: Zone): string[] {
  const args: string[] = [];
  for (const [d, mx, pref] of zone.mx ?? []) args.push(`--mx-host=${d},${mx},${pref}`);
  for (const [name, target, port, prio = 0, weight = 0] of zone.srv ?? []) args.push(target === '.' ? `--srv-host=${name}` : `--srv-host=${name},${target},${port},${prio},${weight}`);
  for (const [name, text] of zone.txt ?? []) args.push(`--txt-record=${name},${txtArg(text)}`);
  for (const [name, ip] of zone.address ?? []) args.push(`--address=/${name}/${ip}`);
  for (const [ip, name] of zone.ptr ?? []) {
    const arpa = ip.split('.').reverse().join('.') + '.in-addr.arpa';
    args.push(`--ptr-record=${arpa},${name}`);
  }
  for (const [name, ip] of zone.host ?? []) args.push(`--host-record=${name},${ip}`);
  return args;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function ready(port: number, child: ChildProcess, stderr: () => string): Promise<void> {
  const r = new Resolver({ timeout: 200, tries: 1 });
  r.setServers([`127.0.0.1:${port}`]);
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`dnsmasq exited: ${stderr()}`);
    try {
      await r.resolveTxt('ready.invalid');
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOTFOUND' || (err as NodeJS.ErrnoException).code === 'ENODATA') return;
    }
    await new Promise((res) => setTimeout(res, 50));
  }
  throw new Error(`dnsmasq did not answer on port ${port}: ${stderr()}`);
}

export async function startDns(zone: Zone, extraArgs: string[] = []): Promise<DnsServer> {
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const child = spawn('dnsmasq', [
      '--no-daemon', `--port=${port}`, '--listen-address=127.0.0.1', '--bind-interfaces', '--no-resolv', '--no-hosts',
      '--conf-file=/dev/null', '--local=/#/', '--log-facility=-', '--pid-file=', '--user=', ...zoneArgs(zone), ...extraArgs,
    ], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr!.setEncoding('utf8').on('data', (d: string) => { err += d; });
    try {
      await ready(port, child, () => err);
    } catch (e) {
      child.kill('SIGKILL');
      if (attempt < 3 && /in use/i.test(err)) continue;
      throw e;
    }
    const closed = new Promise<void>((res) => child.once('exit', () => res()));
    return {
      port,
      server: `127.0.0.1:${port}`,
      close: async () => {
        if (child.exitCode === null) child.kill('SIGTERM');
        await closed;
      },
    };
  }
}
