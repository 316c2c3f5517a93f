/** What a deadline means: its kind and dates; its wording only when it has no dates (年底前 with no year). */
function meaning(d) {
    if (!d)
        return '';
    const dated = d.by ?? d.from ?? d.to;
    return `${d.kind}|${d.from ?? ''}|${d.to ?? ''}|${d.by ?? ''}|${dated || d.kind !== 'period' ? '' : d.raw}`;
}
/** Per task pair in B's order, the pairs whose deadlines mean different things. */
export function deadlines(a, b, forward) {
    const tasksA = new Map(a.tasks.map((t) => [t.id, t]));
    const tasksB = new Map(b.tasks.map((t) => [t.id, t]));
    const changes = [];
    const ordered = [...forward].sort(([, m1], [, m2]) => m1.partner.order - m2.partner.order);
    for (const [x, { partner: y }] of ordered) {
        const ta = tasksA.get(x.node.id);
        const tb = tasksB.get(y.node.id);
        if (!ta || !tb || meaning(ta.deadline) === meaning(tb.deadline))
            continue;
        changes.push({ task: { a: ta.id, b: tb.id, title: tb.title }, a: ta.deadline, b: tb.deadline });
    }
    return changes;
}
