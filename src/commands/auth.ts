/**
 * `addr auth login|status|logout`: the OAuth2 sign-in of addresses (Microsoft 365, Google, Yandex). This module
 * defines the three subcommands; their handlers (auth-login.ts, auth-status.ts, auth-logout.ts) are loaded only
 * when one of them runs.
 */
import type { Command } from 'commander';
import type { CliKit } from '../cli/kit.js';
import { signInFlags, signInOptions } from '../cli/options.js';
import type { AuthLoginFlags } from './auth-login.js';

export interface AuthLoginOptions extends AuthLoginFlags { address?: string }
export interface AuthStatusOptions { address?: string; check?: boolean }
export interface AuthLogoutOptions { address: string; revoke?: boolean }

export function register(program: Command, cli: CliKit): void {
  const auth = program.command('auth').description('OAuth2 sign-in of addresses (Microsoft 365, Google, Yandex): sign in, show, forget');

  const login = auth.command('login [address]')
    .description('sign an address in with OAuth2 (first time or again); the refresh token is stored encrypted')
    .option('--email <address>', 'the address to sign in, when it is not given as the argument')
    .option('--token-cmd <command>', 'instead of signing in: save a command that prints an access token (run without a shell)');
  signInOptions(login)
    .addHelpText('after', `
Examples:
  $ addr auth login support@acme.com --provider microsoft --client-id 0b5f8e44-… --tenant acme.onmicrosoft.com
  $ addr auth login sales@acme.ru --provider google          # a browser sign-in; client from the config file
  $ addr auth login noreply@acme.com --flow client-credentials --tenant acme.onmicrosoft.com \\
        --client-id 0b5f8e44-… --client-cert-file app.pem
Test servers: ADDR_OAUTH_AUTHORITY=http://127.0.0.1:PORT replaces the providers' sign-in servers (https only, http on loopback).`);
  cli.action(login, (raw: AuthLoginFlags, [address]: [string | undefined]) => {
    const o: AuthLoginOptions = { ...signInFlags(raw), email: raw.email, tokenCmd: raw.tokenCmd, address };
    return { options: o, run: async (app) => (await import('./auth-login.js')).authLoginCommand(app, o.address, o) };
  });

  const status = auth.command('status [address]')
    .description('who is signed in and until when (never a secret)')
    .option('--check', 'get a valid access token now (refreshed if due) to prove the sign-in works');
  cli.action(status, (raw: { check?: boolean }, [address]: [string | undefined]) => {
    const o: AuthStatusOptions = { address, check: raw.check };
    return { options: o, run: async (app) => (await import('./auth-status.js')).authStatusCommand(app, o.address, o) };
  });

  const logout = auth.command('logout <address>')
    .description('forget the stored sign-in of an address (its tokens and secrets)')
    .option('--revoke', 'also ask the provider to revoke the refresh token (Google)');
  cli.action(logout, (raw: { revoke?: boolean }, [address]: [string]) => {
    const o: AuthLogoutOptions = { address, revoke: raw.revoke };
    return { options: o, run: async (app) => (await import('./auth-logout.js')).authLogoutCommand(app, o.address, o) };
  });
}
