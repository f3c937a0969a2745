/** One-line descriptions of the rules on an address, shared by access, bind, show and list. */
import type { AccessRules } from '../core/access.js';

export function accessSummary(r: AccessRules): string {
  const allow = [r.allowUsers.length ? `users ${r.allowUsers.join(', ')}` : '', r.allowGroups.length ? `groups ${r.allowGroups.join(', ')}` : ''].filter(Boolean).join('; ');
  const deny = r.denyUsers.length ? `denied: ${r.denyUsers.join(', ')}` : '';
  if (!allow) return deny ? `everyone except ${r.denyUsers.join(', ')}` : 'everyone';
  return `only ${allow}${deny ? `; ${deny}` : ''}`;
}

export function projectsSummary(r: AccessRules): string {
  return r.projects.length ? r.projects.join(', ') : 'all projects';
}

export function rulesJson(r: AccessRules): Record<string, unknown> {
  return { access: { allowUsers: r.allowUsers, allowGroups: r.allowGroups, denyUsers: r.denyUsers, everyone: r.allowUsers.length === 0 && r.allowGroups.length === 0 && r.denyUsers.length === 0 }, projects: r.projects, global: r.projects.length === 0 };
}
