// The diff as Markdown tables, for an issue or a review document.
import { escapeMarkdown } from '../../render/escape.js';
import type { PlanDiff, RedlinePart } from '../types.js';
import { due, flags, label, summaryLine, target } from './labels.js';

const md = escapeMarkdown;

function mdInline(segments: RedlinePart[]): string {
  return segments
    .map((s) => (s.op === 'equal' ? md(s.text) : s.op === 'insert' ? `<ins>${md(s.text)}</ins>` : `<del>${md(s.text)}</del>`))
    .join('');
}

export function renderMarkdown(d: PlanDiff): string {
  const out = [
    `# Plan diff`,
    '',
    `**A** ${md(d.a.path)}${d.a.title ? ` — ${md(d.a.title)}` : ''}  `,
    `**B** ${md(d.b.path)}${d.b.title ? ` — ${md(d.b.title)}` : ''}`,
    '',
    md(summaryLine(d)),
    '',
  ];
  const changed = d.structure.filter((r) => r.change !== 'same');
  if (changed.length) {
    out.push('## Structure', '', '| change | A | B | similarity |', '| --- | --- | --- | --- |');
    for (const r of changed) {
      const b = r.a && r.b && r.a.title !== r.b.title ? `${r.b.id} ${md(r.b.marker)}${mdInline(r.title)}` : md(label(r.b));
      out.push(`| ${flags(r) || r.change} | ${md(label(r.a))} | ${b} | ${r.similarity ?? ''} |`);
    }
    out.push('');
  }
  if (d.accountability.length) {
    out.push('## Responsibility', '', '| tasks (B) | lead | support | responsible |', '| --- | --- | --- | --- |');
    const cell = (r: { added: string[]; removed: string[] }) =>
      [...r.added.map((k) => `+${k}`), ...r.removed.map((k) => `−${k}`)].join(' ');
    for (const a of d.accountability)
      out.push(
        `| ${md(a.tasks.map((t) => `${t.b} ${t.title}`).join('<br>'))} | ${cell(a.lead)} | ${cell(a.support)} | ${cell(a.responsible)} |`,
      );
    out.push('');
  }
  if (d.deadlines.length) {
    out.push('## Deadlines', '', '| task (B) | A | B |', '| --- | --- | --- |');
    for (const x of d.deadlines) out.push(`| ${md(`${x.task.b} ${x.task.title}`)} | ${md(due(x.a))} | ${md(due(x.b))} |`);
    out.push('');
  }
  const targets = d.targets.filter((t) => t.change !== 'same');
  if (targets.length) {
    out.push('## Targets', '', '| change | metric | A | B |', '| --- | --- | --- | --- |');
    for (const t of targets) out.push(`| ${t.change} | ${md((t.b ?? t.a)!.metric)} | ${md(target(t.a))} | ${md(target(t.b))} |`);
    out.push('');
  }
  if (d.meta.length) {
    out.push('## Metadata', '', '| field | A | B |', '| --- | --- | --- |');
    for (const m of d.meta) out.push(`| ${m.field} | ${md(m.a ?? '—')} | ${md(m.b ?? '—')} |`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
