// Metadata differences: 文号, issuer, titles, dates, addressees, cc.
import type { PlanDocument } from '../model/schema.js';
import { META_FIELDS, type MetaChange } from './types.js';

export function meta(a: PlanDocument, b: PlanDocument): MetaChange[] {
  const out: MetaChange[] = META_FIELDS.filter((f) => a.meta[f] !== b.meta[f]).map((f) => ({ field: f, a: a.meta[f], b: b.meta[f] }));
  for (const f of ['addressees', 'cc'] as const) {
    const x = a.meta[f].join('，');
    const y = b.meta[f].join('，');
    if (x !== y) out.push({ field: f, a: x || null, b: y || null });
  }
  return out;
}
