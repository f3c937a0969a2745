/**
 * `addr diagnose` as the CLI runs it: the saved addresses give the classifier the sender's settings
 * (a 553 names the configured login, a timeout the host/port/security in use).
 */
import type { App } from '../app.js';
import type { SenderContext } from '../core/diagnosis.js';
import { diagnoseCommand } from './diagnose.js';

export async function diagnoseCli(app: App, files: string[], o: { text?: string }): Promise<number> {
  const saved = new Map<string, SenderContext>();
  for (const a of app.store().list()) {
    saved.set(a.email.toLowerCase(), { email: a.email, username: a.username, host: a.host, port: a.port, security: a.security, preset: a.preset });
  }
  return diagnoseCommand(files, { text: o.text, json: app.json, color: app.style.enabled }, { stdout: app.stdout, stderr: app.stderr, stdin: app.stdin }, (email) => saved.get(email.toLowerCase()));
}
