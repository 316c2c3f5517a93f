import { describeResponsibility } from './responsibility.js';
export function renderOutline(doc) {
    const m = doc.meta;
    const lines = [m.planTitle ?? m.noticeTitle ?? doc.source.path, [m.docNumber, m.issuer, m.signedDate].filter(Boolean).join(' · '), ''];
    const walk = (nodes, depth) => {
        for (const n of nodes) {
            const who = n.responsibility ? `  [${describeResponsibility(n.responsibility)}]` : '';
            lines.push(`${'  '.repeat(depth)}${n.id}  ${n.marker}${n.title}${who}`);
            walk(n.children, depth + 1);
        }
    };
    walk(doc.sections, 0);
    if (doc.targets.length) {
        lines.push('', 'Targets:');
        for (const t of doc.targets)
            lines.push(`  ${t.year ?? '—'}  ${t.metric} ${t.comparator} ${t.value}${t.unit}${t.qualifier ?? ''}`);
    }
    lines.push('', `${doc.tasks.length} tasks, ${doc.diagnostics.length} diagnostics`);
    // a line opening with :: is a command to a CI log (::stop-commands::): a notice's title never is one
    return `${lines.map((l) => l.replace(/^::/, ' ::')).join('\n')}\n`;
}
