import { similarity } from '../text/similarity.js';
const TARGET_FIELDS = ['year', 'comparator', 'value', 'unit', 'qualifier'];
export function targets(a, b) {
    const candidates = [];
    a.forEach((x, i) => b.forEach((y, j) => {
        const s = similarity(x.metric, y.metric);
        if (s >= 0.6)
            candidates.push({ i, j, s });
    }));
    candidates.sort((p, q) => q.s - p.s || p.i - q.i || p.j - q.j);
    const usedA = new Set();
    const usedB = new Set();
    const out = [];
    for (const { i, j } of candidates) {
        if (usedA.has(i) || usedB.has(j))
            continue;
        usedA.add(i);
        usedB.add(j);
        const fields = TARGET_FIELDS.filter((f) => a[i][f] !== b[j][f]);
        out.push({ change: fields.length ? 'modified' : 'same', a: a[i], b: b[j], fields });
    }
    a.forEach((x, i) => usedA.has(i) || out.push({ change: 'removed', a: x, b: null, fields: [] }));
    b.forEach((y, j) => usedB.has(j) || out.push({ change: 'added', a: null, b: y, fields: [] }));
    return out;
}
