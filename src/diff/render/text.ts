// The diff for a terminal: a summary line, then the changes in tree order,
// coloured when the destination is a terminal.
import type { ChalkInstance } from 'chalk';
import type { PlanDiff, RedlinePart, StructureChange } from '../types.js';
import { due, flags, nodes, roles, SIGNS, summaryLine, target, tasks, WORDS } from './labels.js';
import type { RenderContext } from './index.js';

function inline(segments: RedlinePart[], c: ChalkInstance | null): string {
  return segments
    .map((s) => {
      if (s.op === 'equal') return s.text;
      if (c && c.level > 0) return s.op === 'insert' ? c.green.underline(s.text) : c.red.strikethrough(s.text);
      return s.op === 'insert' ? `{+${s.text}+}` : `[-${s.text}-]`;
    })
    .join('');
}

export function renderText(d: PlanDiff, { colors: c, lang }: RenderContext): string {
  const w = WORDS[lang];
  const out = [c.bold(summaryLine(d, w))];
  const paint: Record<StructureChange['change'], (s: string) => string> = {
    same: (s) => s,
    modified: c.yellow,
    moved: c.cyan,
    renumbered: c.magenta,
    added: c.green,
    removed: c.red,
    merged: c.blue,
    split: c.blue,
  };
  const changed = d.structure.filter((r) => r.change !== 'same');
  if (changed.length) out.push('');
  for (const r of changed) {
    const sim = r.similarity !== null && r.modified ? ` ${c.dim(`${w.columns.similarity} ${r.similarity}`)}` : '';
    out.push(`${paint[r.change](`${SIGNS[r.change]} ${nodes(r)}`)}  ${c.dim(flags(r, w))}${sim}`);
    if (r.a && r.b && r.a.title !== r.b.title) out.push(`    title: ${inline(r.title, c)}`);
  }
  if (d.accountability.length) {
    out.push('', c.bold(`${w.sections.responsibility}:`));
    for (const a of d.accountability) out.push(`  ${tasks(a, w)}: ${roles(a, w)}`);
  }
  if (d.deadlines.length) {
    out.push('', c.bold(`${w.sections.deadlines}:`));
    for (const x of d.deadlines) out.push(`  ${w.task([x.task.b], x.task.title)}: ${due(x.a)} → ${due(x.b)}`);
  }
  const targets = d.targets.filter((t) => t.change !== 'same');
  if (targets.length) {
    out.push('', c.bold(`${w.sections.targets}:`));
    for (const t of targets) out.push(`  ${w.kinds[t.change]} ${(t.b ?? t.a)!.metric}: ${target(t.a, w)} → ${target(t.b, w)}`);
  }
  if (d.meta.length) {
    out.push('', c.bold(`${w.sections.metadata}:`));
    for (const m of d.meta) out.push(`  ${w.meta[m.field]}: ${m.a ?? '—'} → ${m.b ?? '—'}`);
  }
  return `${out.join('\n')}\n`;
}
