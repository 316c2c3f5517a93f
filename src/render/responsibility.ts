// How a responsibility reads to people: 牵头 A、B；配合 C；负责 D.
import { ROLES, type Role } from '../model/roles.js';
import type { Agency, Responsibility } from '../model/schema.js';

/** The words a 分工表 uses for each role. */
const ROLE_LABELS: Record<Role, string> = { lead: '牵头', support: '配合', responsible: '负责' };

export function agencyNames(agencies: Agency[]): string {
  return agencies.map((a) => a.name).join('、');
}

/** `牵头 区教育局；配合 区科协`; `escape` is applied to each name (e.g. for HTML). */
export function describeResponsibility(r: Responsibility, escape: (text: string) => string = (t) => t): string {
  return ROLES.filter((role) => r[role].length > 0)
    .map((role) => `${ROLE_LABELS[role]} ${r[role].map((a) => escape(a.name)).join('、')}`)
    .join('；');
}
