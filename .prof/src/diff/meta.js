import { META_FIELDS } from './types.js';
export function meta(a, b) {
    const out = META_FIELDS.filter((f) => a.meta[f] !== b.meta[f]).map((f) => ({ field: f, a: a.meta[f], b: b.meta[f] }));
    for (const f of ['addressees', 'cc']) {
        const x = a.meta[f].join('，');
        const y = b.meta[f].join('，');
        if (x !== y)
            out.push({ field: f, a: x || null, b: y || null });
    }
    return out;
}
