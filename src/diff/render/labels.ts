// The words every diff renderer uses for a change, a node, a target and a role change.
import type { Deadline, Target } from '../../model/schema.js';
import type { AccountabilityChange, NodeRef, PlanDiff, StructureChange } from '../types.js';

export const SIGNS: Record<StructureChange['change'], string> = {
  same: ' ',
  modified: '~',
  moved: '>',
  renumbered: '#',
  added: '+',
  removed: '-',
};

export function summaryLine(d: PlanDiff): string {
  const s = d.summary;
  if (s.differences === 0) return `no differences between ${d.a.path} and ${d.b.path}`;
  const parts = (['modified', 'moved', 'renumbered', 'added', 'removed'] as const).filter((k) => s[k]).map((k) => `${s[k]} ${k}`);
  const more = [
    s.accountability ? `${s.accountability} responsibility changes` : '',
    s.deadlines ? `${s.deadlines} deadline changes` : '',
    s.targets ? `${s.targets} target changes` : '',
    s.meta ? `${s.meta} metadata differences` : '',
  ].filter(Boolean);
  return `${d.a.path} → ${d.b.path}: ${[...parts, ...more].join(', ')}${s.same ? ` (${s.same} same)` : ''}`;
}

export function label(n: NodeRef | null): string {
  return n ? `${n.id} ${n.marker}${n.title}` : '';
}

export function nodes(r: StructureChange): string {
  if (r.a && r.b) return r.a.id === r.b.id ? label(r.b) : `${r.a.id} → ${label(r.b)}`;
  return label(r.a ?? r.b);
}

export function flags(r: StructureChange): string {
  return [r.moved && 'moved', r.renumbered && 'renumbered', r.modified && 'modified'].filter(Boolean).join(', ');
}

export function target(t: Target | null): string {
  return t ? `${t.year ?? '—'}年 ${t.comparator}${t.value}${t.unit}${t.qualifier ?? ''}` : '—';
}

export function roles(c: AccountabilityChange): string {
  const part = (name: string, r: { added: string[]; removed: string[] }) =>
    r.added.length + r.removed.length ? `${name} ${[...r.added.map((k) => `+${k}`), ...r.removed.map((k) => `−${k}`)].join(' ')}` : '';
  return [part('lead', c.lead), part('support', c.support), part('responsible', c.responsible)].filter(Boolean).join('; ');
}

export function tasks(c: AccountabilityChange): string {
  const ids = c.tasks.map((t) => t.b);
  return `${ids.length === 1 ? `task ${ids[0]} ${c.tasks[0]!.title}` : `tasks ${ids.join(', ')}`}`;
}

/** 2023-06 (2023年6月底前完成); 持续推进; — for none. */
export function due(d: Deadline | null): string {
  if (!d) return '—';
  const dates = d.from && d.to ? `${d.from}—${d.to}` : d.by;
  return dates ? `${dates} (${d.raw})` : d.raw;
}
