/**
 * Presets: the view of the provider table (src/core/providers.ts) that add, edit and the classifier use. A preset is
 * a provider with its default server; every fact about a provider lives in providers.ts.
 */
import type { Security } from './address.js';
import { ValidationError } from '../errors.js';
import {
  PROVIDERS, PROVIDER_IDS, defaultEndpoint, findProvider, isProviderId, providerForDomain, providerForHost,
  type Provider, type ProviderId, type ProviderLink,
} from './providers.js';

export type { ProviderLink } from './providers.js';

export const PRESET_IDS = PROVIDER_IDS;
export type PresetId = ProviderId;

export interface Preset {
  id: PresetId;
  /** The name users know. */
  label: string;
  /** null for custom: the user gives them. */
  host: string | null;
  port: number | null;
  security: Security | null;
  /** Address domains that certainly belong to this provider (auto-selection). */
  domains: string[];
  /** What the provider demands before an SMTP login works, shown in the wizard and on failures. */
  notes: string[];
  /** Official pages, most useful first. */
  links: ProviderLink[];
  /** The whole provider entry (login convention, OAuth2, SPF, DKIM…). */
  provider: Provider;
}

function presetOf(p: Provider): Preset {
  const e = defaultEndpoint(p);
  return { id: p.id, label: p.label, host: e?.host ?? null, port: e?.port ?? null, security: e?.security ?? null, domains: p.domains, notes: p.notes, links: p.links, provider: p };
}

export const PRESETS = Object.fromEntries(PRESET_IDS.map((id) => [id, presetOf(PROVIDERS[id])])) as Record<PresetId, Preset>;

export function isPresetId(value: string): value is PresetId {
  return isProviderId(value);
}

export function getPreset(id: string): Preset {
  const found = findProvider(id);
  if (!found) {
    throw new ValidationError('preset', `Preset "${id}" is unknown.`, `Choose one of: ${PRESET_IDS.join(', ')}.`);
  }
  return PRESETS[found.id];
}

/**
 * The preset that certainly serves an e-mail address, from its domain alone; null when not certain
 * (a custom domain may be hosted anywhere, so it is never guessed: discovery reads its MX records).
 */
export function detectPreset(email: string): PresetId | null {
  return providerForDomain(email.slice(email.lastIndexOf('@') + 1))?.id ?? null;
}

/** The preset whose server is this host (e.g. a custom-domain address on smtp.yandex.ru). */
export function presetForHost(host: string | undefined | null): PresetId | null {
  if (!host) return null;
  const known = providerForHost(host);
  if (known) return known.provider.id;
  const h = host.toLowerCase();
  if (/(^|\.)yandex\.(ru|com|net)$/.test(h)) return 'yandex';
  if (/(^|\.)mail\.ru$/.test(h)) return 'mailru';
  if (/(^|\.)(gmail|google|googlemail)\.com$/.test(h)) return 'gmail';
  if (/(^|\.)(office365\.com|outlook\.com)$/.test(h)) return 'microsoft';
  return null;
}
