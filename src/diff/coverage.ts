// Coverage of a parent plan (a city's) by a child plan written from it (a
// county's): for each of the parent's tasks, the child's task or tasks that
// take it up, and whether the same kind of department leads there (by
// canonical agency, so 市教育局 and 县教育局 are the same); the parent's tasks
// the child leaves out; the child's own additions.
import type { Agency, PlanDocument, Task } from '../model/schema.js';
import { align, DEFAULT_THRESHOLD, flattenPlans } from './align.js';
import type { AgencyRef, DiffOptions } from './types.js';

export interface CoveredTask {
  id: string;
  title: string;
  lead: AgencyRef[];
}

export interface CoverageRow {
  parent: CoveredTask;
  /** aligned: the child's task at its place; merged: a child task that carries its text with another's; missing: none */
  how: 'aligned' | 'merged' | 'missing';
  child: CoveredTask | null;
  /** the similarity the pair was found on */
  score: number | null;
  /** whether the same canonical agencies lead; null when either states no lead */
  sameLead: boolean | null;
}

export interface Coverage {
  parent: { path: string; title: string | null };
  child: { path: string; title: string | null };
  rows: CoverageRow[];
  /** the child's tasks that take up no task of the parent */
  additions: CoveredTask[];
  summary: { parentTasks: number; takenUp: number; merged: number; missing: number; additions: number; sameLead: number; coverage: number };
}

function leads(task: Task): AgencyRef[] {
  const seen = new Set<string>();
  return (task.responsibility?.lead ?? [])
    .filter((a: Agency) => !seen.has(a.canonical) && seen.add(a.canonical))
    .map((a) => ({ canonical: a.canonical, name: a.name }));
}

function covered(task: Task): CoveredTask {
  return { id: task.id, title: task.title, lead: leads(task) };
}

function sameLead(x: CoveredTask, y: CoveredTask): boolean | null {
  if (x.lead.length === 0 || y.lead.length === 0) return null;
  const keys = (t: CoveredTask) =>
    t.lead
      .map((a) => a.canonical)
      .sort()
      .join('|');
  return keys(x) === keys(y);
}

export function coverPlans(parent: PlanDocument, child: PlanDocument, options: Pick<DiffOptions, 'threshold' | 'pairs'> = {}): Coverage {
  const { as, bs } = flattenPlans(parent.sections, child.sections);
  const { forward, groups } = align(as, bs, options.threshold ?? DEFAULT_THRESHOLD, options.pairs);
  const byId = new Map(child.tasks.map((t) => [t.id, t]));
  const partnerOf = new Map([...forward].map(([x, m]) => [x.node.id, m]));
  // a parent task merged with another into one child task; child tasks split from a parent task
  const mergedInto = new Map<string, { id: string; score: number }>();
  const splitFrom = new Set<string>();
  for (const g of groups) {
    if (g.kind === 'merge') for (const x of g.joined) mergedInto.set(x.node.id, { id: g.anchor.node.id, score: g.score });
    else for (const y of g.b) splitFrom.add(y.node.id);
  }

  const used = new Set<string>(splitFrom);
  const rows: CoverageRow[] = parent.tasks.map((task) => {
    const x = covered(task);
    const match = partnerOf.get(task.id);
    const partner = match && byId.get(match.partner.node.id);
    if (partner) {
      used.add(partner.id);
      const y = covered(partner);
      return { parent: x, how: 'aligned', child: y, score: match.score, sameLead: sameLead(x, y) };
    }
    const merged = mergedInto.get(task.id);
    const holder = merged && byId.get(merged.id);
    if (holder) {
      used.add(holder.id);
      const y = covered(holder);
      return { parent: x, how: 'merged', child: y, score: merged.score, sameLead: sameLead(x, y) };
    }
    return { parent: x, how: 'missing', child: null, score: null, sameLead: null };
  });

  const additions = child.tasks.filter((t) => !used.has(t.id)).map(covered);
  const count = (how: CoverageRow['how']) => rows.filter((r) => r.how === how).length;
  const takenUp = count('aligned') + count('merged');
  return {
    parent: { path: parent.source.path, title: parent.meta.planTitle ?? parent.meta.noticeTitle },
    child: { path: child.source.path, title: child.meta.planTitle ?? child.meta.noticeTitle },
    rows,
    additions,
    summary: {
      parentTasks: rows.length,
      takenUp,
      merged: count('merged'),
      missing: count('missing'),
      additions: additions.length,
      sameLead: rows.filter((r) => r.sameLead === true).length,
      coverage: rows.length ? Math.round((takenUp / rows.length) * 1000) / 1000 : 1,
    },
  };
}
