// `plan diff` as a library: aligns two plans by meaning, not by number, and
// reports what was kept, reworded, dropped, added, moved or renumbered, who
// became responsible for what, and how the targets changed.
import type { PlanDocument } from '../model/schema.js';
import { accountability } from './accountability.js';
import { align, DEFAULT_THRESHOLD, flattenPlans } from './align.js';
import { deadlines } from './deadlines.js';
import { meta } from './meta.js';
import { ref, structure } from './structure.js';
import { targets } from './targets.js';
import type { DiffOptions, PlanDiff } from './types.js';

export type * from './types.js';
export { textDiff } from './redline.js';

export function diffPlans(a: PlanDocument, b: PlanDocument, options: DiffOptions = {}): PlanDiff {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const only = options.only ?? null;
  const { as, bs } = flattenPlans(a.sections, b.sections);
  const alignment = align(as, bs, threshold, options.pairs);

  const rows = only === null || only === 'structure' ? structure(as, bs, alignment) : [];
  const acc = only === null || only === 'accountability' ? accountability(a, b, alignment.forward) : [];
  const due = only === null || only === 'deadlines' ? deadlines(a, b, alignment.forward) : [];
  const tgt = only === null || only === 'targets' ? targets(a.targets, b.targets) : [];
  const mta = only === null ? meta(a, b) : [];

  const summary = {
    same: 0,
    modified: 0,
    moved: 0,
    renumbered: 0,
    added: 0,
    removed: 0,
    merged: 0,
    split: 0,
    accountability: acc.length,
    deadlines: due.length,
    targets: tgt.filter((t) => t.change !== 'same').length,
    meta: mta.length,
    differences: 0,
  };
  for (const r of rows) summary[r.change]++;
  summary.differences = rows.length - summary.same + summary.accountability + summary.deadlines + summary.targets + summary.meta;
  return {
    a: { path: a.source.path, title: a.meta.planTitle ?? a.meta.noticeTitle },
    b: { path: b.source.path, title: b.meta.planTitle ?? b.meta.noticeTitle },
    threshold,
    only,
    summary,
    structure: rows,
    groups: rows.length ? alignment.groups.map((g) => ({ kind: g.kind, a: g.a.map(ref), b: g.b.map(ref), score: g.score })) : [],
    accountability: acc,
    deadlines: due,
    targets: tgt,
    meta: mta,
  };
}
