// A reviewer's pairs file (plan diff --pairs pairs.json): the few pairs the
// alignment got wrong, forced or forbidden by node id, so a rerun gets them right.
//   { "force": [["2.1.1", "3.1.1"]], "forbid": [["3.3.1", "4.3.7"]] }
import { z } from 'zod';
import type { PlanDocument, PlanNode } from '../model/schema.js';
import { walk } from '../model/tree.js';
import type { ManualPairs } from './types.js';

const Pair = z.tuple([z.string(), z.string()]);
const PairsFile = z.strictObject({
  $comment: z.string().optional(),
  force: z.array(Pair).optional().describe('[id in the first plan, id in the second]: aligned whatever their similarity'),
  forbid: z.array(Pair).optional().describe('[id in the first plan, id in the second]: never aligned'),
});

/** The pairs of a parsed JSON value, or the reason it is not a pairs file. */
export function parsePairs(json: unknown): { pairs: ManualPairs; problem: null } | { pairs: null; problem: string } {
  const result = PairsFile.safeParse(json);
  if (result.success) return { pairs: result.data, problem: null };
  const issue = result.error.issues[0]!;
  return { pairs: null, problem: `${issue.message} at ${issue.path.join('.') || '(root)'}` };
}

/** Ids of the pairs that name no node of their plan. */
export function checkPairs(pairs: ManualPairs, a: PlanDocument, b: PlanDocument): string[] {
  const ids = (doc: PlanDocument) => {
    const set = new Set<string>();
    walk(doc.sections, (n: PlanNode) => void set.add(n.id));
    return set;
  };
  const [inA, inB] = [ids(a), ids(b)];
  return [...(pairs.force ?? []), ...(pairs.forbid ?? [])].flatMap(([x, y]) => [
    ...(inA.has(x) ? [] : [`${x} is no section or item of ${a.source.path}`]),
    ...(inB.has(y) ? [] : [`${y} is no section or item of ${b.source.path}`]),
  ]);
}
