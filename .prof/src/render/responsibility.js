// How a responsibility reads to people: 牵头 A、B；配合 C；负责 D.
import { ROLES } from '../model/roles.js';
/** The words a 分工表 uses for each role. */
const ROLE_LABELS = { lead: '牵头', support: '配合', responsible: '负责' };
export function agencyNames(agencies) {
    return agencies.map((a) => a.name).join('、');
}
/** `牵头 区教育局；配合 区科协`; `escape` is applied to each name (e.g. for HTML). */
export function describeResponsibility(r, escape = (t) => t) {
    return ROLES.filter((role) => r[role].length > 0)
        .map((role) => `${ROLE_LABELS[role]} ${r[role].map((a) => escape(a.name)).join('、')}`)
        .join('；');
}
