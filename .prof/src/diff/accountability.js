import { compareText } from '../text/text.js';
/** Each canonical agency once, with the first name the notice gives it, by key. */
function byKey(agencies) {
    const names = new Map();
    for (const a of agencies)
        if (!names.has(a.canonical))
            names.set(a.canonical, a.name);
    return names;
}
function roleChange(a, b) {
    const na = byKey(a);
    const nb = byKey(b);
    const only = (x, y) => [...x]
        .filter(([k]) => !y.has(k))
        .map(([canonical, name]) => ({ canonical, name }))
        .sort((p, q) => compareText(p.canonical, q.canonical));
    return { added: only(nb, na), removed: only(na, nb) };
}
const EMPTY = { lead: [], support: [], responsible: [], raw: '', form: 'line', span: { startLine: 1, endLine: 1 } };
/** Per task pair, by canonical agency; task pairs with the same change are grouped. */
export function accountability(a, b, forward) {
    const tasksA = new Map(a.tasks.map((t) => [t.id, t]));
    const tasksB = new Map(b.tasks.map((t) => [t.id, t]));
    const groups = new Map();
    const ordered = [...forward].sort(([, m1], [, m2]) => m1.partner.order - m2.partner.order);
    for (const [x, { partner: y }] of ordered) {
        const ta = tasksA.get(x.node.id);
        const tb = tasksB.get(y.node.id);
        if (!ta || !tb)
            continue;
        const ra = ta.responsibility ?? EMPTY;
        const rb = tb.responsibility ?? EMPTY;
        const change = {
            lead: roleChange(ra.lead, rb.lead),
            support: roleChange(ra.support, rb.support),
            responsible: roleChange(ra.responsible, rb.responsible),
        };
        if (Object.values(change).every((r) => r.added.length + r.removed.length === 0))
            continue;
        const key = `${tb.from ?? tb.id}|${JSON.stringify(change)}`;
        const group = groups.get(key) ?? { tasks: [], ...change };
        group.tasks.push({ a: ta.id, b: tb.id, title: tb.title });
        groups.set(key, group);
    }
    return [...groups.values()];
}
