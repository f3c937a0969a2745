/**
 * Certificate credentials for app-only sign-in (Microsoft Entra): the client proves itself with a JWT it signs with
 * its private key (RFC 7523 client assertion, RS256), naming the certificate by its SHA-1 and SHA-256 thumbprints
 * in the `x5t` and `x5t#S256` headers. node:crypto only.
 */
import { createPrivateKey, createHash, randomUUID, sign, X509Certificate, type KeyObject } from 'node:crypto';
import { OAuthError } from '../core/oauth.js';
import { ExitCode } from '../errors.js';

export interface ClientCertificate {
  /** The certificate, PEM (public: stored in clear). */
  certificatePem: string;
  /** The RSA private key, PKCS#8 PEM (secret: stored encrypted). */
  privateKeyPem: string;
  x5t: string;
  x5tS256: string;
}

const bad = (message: string, hint: string) => new OAuthError('oauth_client_certificate', message, ExitCode.DATAERR, hint);

/**
 * Reads a certificate and its private key (PEM; both may be in one file) and checks that they belong together.
 * `certText` is the certificate file's text, `keyText` the key file's (or the same text).
 */
export function loadClientCertificate(certText: string, keyText: string): ClientCertificate {
  const certPem = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(certText)?.[0];
  if (!certPem) throw bad('The certificate file holds no PEM certificate (-----BEGIN CERTIFICATE-----).', 'Give the certificate uploaded to the app registration with --client-cert-file (PEM; convert a .cer with `openssl x509 -inform der -in app.cer -out app.pem`).');
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(certPem);
  } catch (err) {
    throw bad(`The certificate cannot be read: ${(err as Error).message}.`, 'Give a PEM certificate with --client-cert-file.');
  }
  const keyPem = /-----BEGIN (?:RSA |ENCRYPTED )?PRIVATE KEY-----[\s\S]+?-----END (?:RSA |ENCRYPTED )?PRIVATE KEY-----/.exec(keyText)?.[0];
  if (!keyPem) throw bad('No PEM private key was found (-----BEGIN PRIVATE KEY-----).', 'Give the certificate\'s private key with --client-key-file (or put it in the certificate file).');
  if (keyPem.includes('ENCRYPTED')) throw bad('The private key is protected by a passphrase, which addr cannot ask for.', 'Store it unprotected for addr (it is kept encrypted in the database): `openssl pkey -in key.pem -out plain-key.pem`.');
  let key: KeyObject;
  try {
    key = createPrivateKey(keyPem);
  } catch (err) {
    throw bad(`The private key cannot be read: ${(err as Error).message}.`, 'Give a PEM RSA private key with --client-key-file.');
  }
  if (key.asymmetricKeyType !== 'rsa') throw bad(`The private key is ${key.asymmetricKeyType ?? 'not RSA'}; Microsoft Entra certificate credentials are RSA.`, 'Make an RSA certificate: `openssl req -x509 -newkey rsa:2048 -nodes -keyout key.pem -out cert.pem -days 730 -subj /CN=addr`.');
  if (!cert.checkPrivateKey(key)) throw bad('The private key does not belong to the certificate.', 'Give the key the certificate was made with.');
  return {
    certificatePem: certPem,
    privateKeyPem: key.export({ type: 'pkcs8', format: 'pem' }).toString(),
    x5t: createHash('sha1').update(cert.raw).digest('base64url'),
    x5tS256: createHash('sha256').update(cert.raw).digest('base64url'),
  };
}

/** The signed client assertion for one token request to `audience` (the token endpoint), valid for 10 minutes. */
export function makeClientAssertion(c: ClientCertificate, clientId: string, audience: string, now: Date): string {
  const iat = Math.floor(now.getTime() / 1000);
  const header = { alg: 'RS256', typ: 'JWT', x5t: c.x5t, 'x5t#S256': c.x5tS256 };
  const payload = { aud: audience, iss: clientId, sub: clientId, jti: randomUUID(), iat, nbf: iat, exp: iat + 600 };
  const input = `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
  const signature = sign('sha256', Buffer.from(input), createPrivateKey(c.privateKeyPem)).toString('base64url');
  return `${input}.${signature}`;
}
