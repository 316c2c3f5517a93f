// The diff as Markdown tables, for an issue or a review document.
import { escapeMarkdown } from '../../render/escape.js';
import { agencies, due, flags, label, summaryLine, target, WORDS } from './labels.js';
const md = escapeMarkdown;
function mdInline(segments) {
    return segments
        .map((s) => (s.op === 'equal' ? md(s.text) : s.op === 'insert' ? `<ins>${md(s.text)}</ins>` : `<del>${md(s.text)}</del>`))
        .join('');
}
export function renderMarkdown(d, { lang }) {
    const w = WORDS[lang];
    const out = [
        `# ${w.title}`,
        '',
        `**A** ${md(d.a.path)}${d.a.title ? ` — ${md(d.a.title)}` : ''}  `,
        `**B** ${md(d.b.path)}${d.b.title ? ` — ${md(d.b.title)}` : ''}`,
        '',
        md(summaryLine(d, w)),
        '',
    ];
    const changed = d.structure.filter((r) => r.change !== 'same');
    if (changed.length) {
        out.push(`## ${w.sections.structure}`, '', `| ${w.columns.change} | A | B | ${w.columns.similarity} |`, '| --- | --- | --- | --- |');
        for (const r of changed) {
            const b = r.a && r.b && r.a.title !== r.b.title ? `${r.b.id} ${md(r.b.marker)}${mdInline(r.title)}` : md(label(r.b));
            out.push(`| ${flags(r, w)} | ${md(label(r.a))} | ${b} | ${r.similarity ?? ''} |`);
        }
        out.push('');
    }
    if (d.accountability.length) {
        const { lead, support, responsible } = w.roles;
        out.push(`## ${w.sections.responsibility}`, '', `| ${w.columns.tasksB} | ${lead} | ${support} | ${responsible} |`, '| --- | --- | --- | --- |');
        for (const a of d.accountability)
            out.push(`| ${md(a.tasks.map((t) => `${t.b} ${t.title}`).join('<br>'))} | ${md(agencies(a.lead))} | ${md(agencies(a.support))} | ${md(agencies(a.responsible))} |`);
        out.push('');
    }
    if (d.deadlines.length) {
        out.push(`## ${w.sections.deadlines}`, '', `| ${w.columns.taskB} | A | B |`, '| --- | --- | --- |');
        for (const x of d.deadlines)
            out.push(`| ${md(`${x.task.b} ${x.task.title}`)} | ${md(due(x.a))} | ${md(due(x.b))} |`);
        out.push('');
    }
    const targets = d.targets.filter((t) => t.change !== 'same');
    if (targets.length) {
        out.push(`## ${w.sections.targets}`, '', `| ${w.columns.change} | ${w.columns.metric} | A | B |`, '| --- | --- | --- | --- |');
        for (const t of targets)
            out.push(`| ${w.kinds[t.change]} | ${md((t.b ?? t.a).metric)} | ${md(target(t.a, w))} | ${md(target(t.b, w))} |`);
        out.push('');
    }
    if (d.meta.length) {
        out.push(`## ${w.sections.metadata}`, '', `| ${w.columns.field} | A | B |`, '| --- | --- | --- |');
        for (const m of d.meta)
            out.push(`| ${w.meta[m.field]} | ${md(m.a ?? '—')} | ${md(m.b ?? '—')} |`);
        out.push('');
    }
    return `${out.join('\n')}\n`;
}
