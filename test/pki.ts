/** A test CA and certificates it issues, made with the machine's openssl (nothing is trusted outside the test). */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './helpers.js';

export interface TestCa { cert: string; key: string; file: string; dir: string; issue(names: string[]): { cert: string; key: string }; remove(): void }

const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

export function makeCa(): TestCa {
  const dir = tempDir('addr-ca-');
  const p = (f: string) => path.join(dir, f);
  execFileSync('openssl', ['req', '-x509', ...ec, '-days', '2', '-subj', '/CN=addr test CA', '-keyout', p('ca.key'), '-out', p('ca.pem'),
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'], { stdio: 'ignore' });
  let n = 0;
  return {
    cert: readFileSync(p('ca.pem'), 'utf8'),
    key: readFileSync(p('ca.key'), 'utf8'),
    file: p('ca.pem'),
    dir,
    issue(names) {
      const id = `leaf${n++}`;
      const san = names.map((x) => (/^\d+\.\d+\.\d+\.\d+$/.test(x) ? `IP:${x}` : `DNS:${x}`)).join(',');
      writeFileSync(p(`${id}.ext`), `subjectAltName=${san}\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n`);
      execFileSync('openssl', ['req', ...ec, '-subj', `/CN=${names[0]}`, '-keyout', p(`${id}.key`), '-out', p(`${id}.csr`)], { stdio: 'ignore' });
      execFileSync('openssl', ['x509', '-req', '-in', p(`${id}.csr`), '-CA', p('ca.pem'), '-CAkey', p('ca.key'), '-CAcreateserial', '-days', '2',
        '-out', p(`${id}.pem`), '-extfile', p(`${id}.ext`)], { stdio: 'ignore' });
      return { cert: readFileSync(p(`${id}.pem`), 'utf8'), key: readFileSync(p(`${id}.key`), 'utf8') };
    },
    remove() { rmSync(dir, { recursive: true, force: true }); },
  };
}
