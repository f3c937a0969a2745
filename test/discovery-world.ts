/**
 * A small Internet on loopback for discovery: dnsmasq serving test zones, an HTTPS and an HTTP autoconfig server,
 * and SMTP servers on 127.0.0.2/3 (plus one that never greets on 127.0.0.4), with certificates from a test CA.
 * Used by the discovery tests (in-process and the built binary) and by bench/discover.mjs.
 */
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { PROVIDERS } from '../src/core/providers.js';
import { startDns, type DnsServer, type Zone } from './dnsmasq.js';
import { makeCa, type TestCa } from './pki.js';

export const AUTOCONFIG_XML = (host: string, port: number, socket: string) => `<?xml version="1.0"?>
<clientConfig version="1.1"><emailProvider id="x"><outgoingServer type="smtp">
<hostname>${host}</hostname><port>${port}</port><socketType>${socket}</socketType><username>%EMAILADDRESS%</username>
<authentication>password-cleartext</authentication></outgoingServer></emailProvider></clientConfig>`;

/** A concrete MX host for each provider: its first pattern made concrete (regional templates with their default region). */
export function sampleMx(id: keyof typeof PROVIDERS): string | null {
  const p = PROVIDERS[id];
  const pattern = p.mx[0] ?? p.regional?.mx[0]?.replace('{region}', p.regional.defaultRegion);
  return pattern ? pattern.replace(/^\*\./, 'acme-test.') : null;
}

export interface World {
  dns: DnsServer;
  ca: TestCa;
  ports: { probe: Array<{ port: number; security: 'ssl' | 'starttls' }>; https: number; http: number };
  close(): Promise<void>;
}

function listen(server: net.Server | http.Server, host: string, port = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

export async function startWorld(extra: Zone = {}): Promise<World> {
  const ca = makeCa();
  const web = ca.issue(['autoconfig.ac.test', 'wk.test', 'autoconfig.plainac.test', 'autoconfig.badcert.test']);
  const smtpCert = ca.issue(['smtp.probe.test', 'mail.probe.test']);

  const xml: Record<string, string> = {
    'autoconfig.ac.test/mail/config-v1.1.xml': AUTOCONFIG_XML('smtp.ac.test', 465, 'SSL'),
    'wk.test/.well-known/autoconfig/mail/config-v1.1.xml': AUTOCONFIG_XML('submit.wk.test', 587, 'STARTTLS'),
  };
  const plainXml: Record<string, string> = {
    'autoconfig.plainac.test/mail/config-v1.1.xml': AUTOCONFIG_XML('smtp.plainac.test', 587, 'STARTTLS'),
  };
  const handler = (table: Record<string, string>) => (req: http.IncomingMessage, res: http.ServerResponse) => {
    const key = `${String(req.headers.host).replace(/:\d+$/, '')}${req.url}`;
    const body = table[key];
    if (body) res.writeHead(200, { 'content-type': 'application/xml' }).end(body);
    else res.writeHead(404).end('not here');
  };
  const httpsServer = https.createServer({ key: web.key, cert: web.cert }, handler(xml));
  const httpServer = http.createServer(handler(plainXml));
  const httpsPort = await listen(httpsServer, '127.0.0.1');
  const httpPort = await listen(httpServer, '127.0.0.1');

  const smtpOptions = { key: smtpCert.key, cert: smtpCert.cert, authMethods: ['PLAIN', 'LOGIN'], onAuth: (_a: unknown, _s: unknown, cb: (e: Error | null, r?: { user: string }) => void) => cb(null, { user: 'x' }), logger: false };
  const ssl = new SMTPServer({ ...smtpOptions, secure: true });
  const starttls = new SMTPServer({ ...smtpOptions });
  for (const s of [ssl, starttls]) s.on('error', () => {});
  const sslPort = await listen(ssl.server as unknown as net.Server, '127.0.0.2');
  const starttlsPort = await listen(starttls.server as unknown as net.Server, '127.0.0.3');
  // Accepts and never greets, on both probe ports.
  const silent: net.Socket[] = [];
  const hang = [net.createServer((s) => { silent.push(s); s.on('error', () => {}); }), net.createServer((s) => { silent.push(s); s.on('error', () => {}); })];
  await listen(hang[0]!, '127.0.0.4', sslPort);
  await listen(hang[1]!, '127.0.0.4', starttlsPort);

  const mx: Zone['mx'] = [];
  for (const id of Object.keys(PROVIDERS) as Array<keyof typeof PROVIDERS>) {
    const host = sampleMx(id);
    if (host) mx.push([`${id}.test`, host, 10]);
  }
  const zone: Zone = {
    mx: [...mx, ['xn--e1afmkfd.test', 'mx.yandex.net', 10], ['probe.test', 'inbound.probe.test', 10], ...(extra.mx ?? [])],
    srv: [
      ['_submissions._tcp.srv.test', 'mail.srv.test', 465, 0, 1],
      ['_submission._tcp.srv.test', 'mail.srv.test', 587, 0, 1],
      ['_submission._tcp.srv2.test', 'smtp.yandex.ru', 587, 0, 1],
      ...(extra.srv ?? []),
    ],
    address: [
      ['autoconfig.ac.test', '127.0.0.1'], ['wk.test', '127.0.0.1'], ['autoconfig.plainac.test', '127.0.0.1'], ['autoconfig.badcert.test', '127.0.0.1'],
      ['smtp.probe.test', '127.0.0.2'], ['mail.probe.test', '127.0.0.3'], ['smtp.hang.test', '127.0.0.4'],
      ...(extra.address ?? []),
    ],
    txt: extra.txt,
    ptr: extra.ptr,
    host: extra.host,
  };
  const dns = await startDns(zone);
  return {
    dns,
    ca,
    ports: { probe: [{ port: sslPort, security: 'ssl' }, { port: starttlsPort, security: 'starttls' }], https: httpsPort, http: httpPort },
    async close() {
      for (const s of silent) s.destroy();
      await Promise.all([
        dns.close(),
        new Promise((r) => httpsServer.close(r)), new Promise((r) => httpServer.close(r)),
        new Promise((r) => ssl.close(() => r(null))), new Promise((r) => starttls.close(() => r(null))),
        ...hang.map((h) => new Promise((r) => h.close(r))),
      ]);
      ca.remove();
    },
  };
}
