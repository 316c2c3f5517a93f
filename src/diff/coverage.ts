// Coverage of a parent plan (a city's) by a child plan written from it (a
// county's): for each of the parent's tasks, the child's task or tasks that
// take it up, and whether the same kind of department leads there (by
// canonical agency, so 市教育局 and 县教育局 are the same); the parent's tasks
// the child leaves out; the child's own additions.
import type { Agency, PlanDocument, Task } from '../model/schema.js';
import { bigramProfile, dice, type BigramCodes } from '../text/similarity.js';
import { align, flatten } from './align.js';
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

// a parent task left unaligned is taken up by a child task whose whole text is this alike (two items merged into one)
const MERGED = 0.4;
// pairs compared for merges at most: beyond, only aligned tasks count
const MERGE_BUDGET = 4_000_000;

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
  const codes: BigramCodes = new Map();
  const as = flatten(parent.sections, codes);
  const bs = flatten(child.sections, codes);
  const { forward } = align(as, bs, options.threshold ?? 0.5, options.pairs);
  const byId = new Map(child.tasks.map((t) => [t.id, t]));
  const partnerOf = new Map([...forward].map(([x, m]) => [x.node.id, m]));
  const textOf = new Map([...as, ...bs].map((f) => [f.node, `${f.node.title}${f.node.text}`]));
  const nodeA = new Map(as.map((f) => [f.node.id, f.node]));
  const nodeB = new Map(bs.map((f) => [f.node.id, f.node]));
  const profile = (doc: 'a' | 'b', id: string) => bigramProfile(textOf.get((doc === 'a' ? nodeA : nodeB).get(id)!) ?? '', codes);

  const used = new Set<string>();
  const rows: CoverageRow[] = parent.tasks.map((task) => {
    const match = partnerOf.get(task.id);
    const partner = match && byId.get(match.partner.node.id);
    if (partner) {
      used.add(partner.id);
      const x = covered(task);
      const y = covered(partner);
      return { parent: x, how: 'aligned', child: y, score: match.score, sameLead: sameLead(x, y) };
    }
    return { parent: covered(task), how: 'missing', child: null, score: null, sameLead: null };
  });

  // merges: an unaligned parent task whose text a child task carries (with the text of the task it is aligned to)
  const missing = rows.filter((r) => r.how === 'missing');
  if (missing.length * child.tasks.length <= MERGE_BUDGET) {
    const childProfiles = child.tasks.map((t) => ({ task: t, profile: profile('b', t.id) }));
    for (const row of missing) {
      const own = profile('a', row.parent.id);
      let best: { task: Task; score: number } | null = null;
      for (const { task, profile: p } of childProfiles) {
        const s = dice(own, p);
        if (s >= MERGED && (!best || s > best.score)) best = { task, score: s };
      }
      if (best) {
        used.add(best.task.id);
        const y = covered(best.task);
        Object.assign(row, { how: 'merged', child: y, score: Math.round(best.score * 1000) / 1000, sameLead: sameLead(row.parent, y) });
      }
    }
  }

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
