// The diff for a terminal: a summary line, then the changes in tree order,
// coloured when the destination is a terminal.
import type { ChalkInstance } from 'chalk';
import type { PlanDiff, RedlinePart, StructureChange } from '../types.js';
import { due, flags, nodes, roles, SIGNS, summaryLine, target, tasks } from './labels.js';

function inline(segments: RedlinePart[], c: ChalkInstance | null): string {
  return segments
    .map((s) => {
      if (s.op === 'equal') return s.text;
      if (c && c.level > 0) return s.op === 'insert' ? c.green.underline(s.text) : c.red.strikethrough(s.text);
      return s.op === 'insert' ? `{+${s.text}+}` : `[-${s.text}-]`;
    })
    .join('');
}

export function renderText(d: PlanDiff, c: ChalkInstance): string {
  const out = [c.bold(summaryLine(d))];
  const paint: Record<StructureChange['change'], (s: string) => string> = {
    same: (s) => s,
    modified: c.yellow,
    moved: c.cyan,
    renumbered: c.magenta,
    added: c.green,
    removed: c.red,
  };
  const changed = d.structure.filter((r) => r.change !== 'same');
  if (changed.length) out.push('');
  for (const r of changed) {
    const sim = r.similarity !== null && r.modified ? ` ${c.dim(`similarity ${r.similarity}`)}` : '';
    out.push(`${paint[r.change](`${SIGNS[r.change]} ${nodes(r)}`)}  ${c.dim(flags(r) || r.change)}${sim}`);
    if (r.a && r.b && r.a.title !== r.b.title) out.push(`    title: ${inline(r.title, c)}`);
  }
  if (d.accountability.length) {
    out.push('', c.bold('Responsibility:'));
    for (const a of d.accountability) out.push(`  ${tasks(a)}: ${roles(a)}`);
  }
  if (d.deadlines.length) {
    out.push('', c.bold('Deadlines:'));
    for (const x of d.deadlines) out.push(`  task ${x.task.b} ${x.task.title}: ${due(x.a)} → ${due(x.b)}`);
  }
  const targets = d.targets.filter((t) => t.change !== 'same');
  if (targets.length) {
    out.push('', c.bold('Targets:'));
    for (const t of targets) out.push(`  ${t.change.padEnd(8)} ${(t.b ?? t.a)!.metric}: ${target(t.a)} → ${target(t.b)}`);
  }
  if (d.meta.length) {
    out.push('', c.bold('Metadata:'));
    for (const m of d.meta) out.push(`  ${m.field}: ${m.a ?? '—'} → ${m.b ?? '—'}`);
  }
  return `${out.join('\n')}\n`;
}
