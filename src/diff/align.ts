// Aligning two plans' nodes one to one, by meaning rather than by number.
import type { PlanNode } from '../model/schema.js';
import { bigramProfile, dice, type BigramCodes } from '../text/similarity.js';
import type { AlignBasis, ManualPairs } from './types.js';

/** A node, flattened in document order with what alignment needs. */
export interface Flat {
  node: PlanNode;
  parent: Flat | null;
  path: string[];
  order: number;
  tier: number;
  title: Int32Array;
  head: Int32Array;
}

/** An aligned pair's partner, the score it was aligned on and why. */
export interface Match {
  partner: Flat;
  score: number;
  basis: AlignBasis;
}

export interface Alignment {
  /** A's node -> its B partner */
  forward: Map<Flat, Match>;
  /** B's node -> its A partner */
  backward: Map<Flat, Match>;
}

const TIERS: Record<PlanNode['kind'], number> = { part: 0, chapter: 0, section: 1, article: 2, item: 2, subitem: 2, circled: 2, dash: 2 };
const TEXT_HEAD = 80;
const CONTEXT_BONUS = 0.15;
const CHILD_OVERLAP = 0.5;
// A node that changed level (（一）指导思想 -> 一、指导思想) must be this alike to be aligned.
const CROSS_TIER = 0.6;

export function flatten(nodes: PlanNode[], codes: BigramCodes): Flat[] {
  const out: Flat[] = [];
  const visit = (list: PlanNode[], parent: Flat | null) => {
    for (const node of list) {
      const flat: Flat = {
        node,
        parent,
        path: parent ? [...parent.path, parent.node.title] : [],
        order: out.length,
        tier: TIERS[node.kind],
        title: bigramProfile(node.title, codes),
        head: bigramProfile(node.text.slice(0, TEXT_HEAD), codes),
      };
      out.push(flat);
      visit(node.children, flat);
    }
  };
  visit(nodes, null);
  return out;
}

function score(x: Flat, y: Flat): number {
  const title = dice(x.title, y.title);
  if (x.head.length === 0 && y.head.length === 0) return title;
  return 0.65 * title + 0.35 * dice(x.head, y.head);
}

// A score with the parent bonus can pass 1; it is shown as 1.
const round = (s: number) => Math.round(Math.min(1, s) * 1000) / 1000;

/**
 * One-to-one alignment, tier by tier (chapters, sections, items): greedy on
 * similarity, with a bonus when the parents are aligned. Then unaligned
 * parents whose children mostly align to each other's are aligned too
 * (a chapter retitled 推动六个科普项目 -> 实施六大重点工程), and last nodes
 * that changed level whose titles are alike. Each pair keeps the score it
 * was aligned on, so the score printed is the score compared.
 */
export function align(as: Flat[], bs: Flat[], threshold: number, manual: ManualPairs = {}): Alignment {
  const forward = new Map<Flat, Match>();
  const backward = new Map<Flat, Match>();
  const pair = (x: Flat, y: Flat, s: number, basis: AlignBasis) => {
    forward.set(x, { partner: y, score: round(s), basis });
    backward.set(y, { partner: x, score: round(s), basis });
  };
  // a reviewer's pairs: the forced ones first, at their similarity; the forbidden never
  const inA = new Map(as.map((f) => [f.node.id, f]));
  const inB = new Map(bs.map((f) => [f.node.id, f]));
  for (const [a, b] of manual.force ?? []) {
    const x = inA.get(a);
    const y = inB.get(b);
    // an id that is in neither plan is the caller's to report (see checkPairs)
    if (x && y && !forward.has(x) && !backward.has(y)) pair(x, y, score(x, y), 'manual');
  }
  const forbidden = new Set((manual.forbid ?? []).map(([a, b]) => `${a}\u0000${b}`));
  const allowed = (x: Flat, y: Flat) => !forbidden.has(`${x.node.id}\u0000${y.node.id}`);
  const greedy = (candidates: { x: Flat; y: Flat; s: number }[], basis: AlignBasis) => {
    candidates.sort((p, q) => q.s - p.s || p.x.order - q.x.order || p.y.order - q.y.order);
    for (const { x, y, s } of candidates) if (!forward.has(x) && !backward.has(y) && allowed(x, y)) pair(x, y, s, basis);
  };
  for (const tier of [0, 1, 2]) {
    const ys = bs.filter((f) => f.tier === tier);
    const candidates: { x: Flat; y: Flat; s: number }[] = [];
    for (const x of as.filter((f) => f.tier === tier)) {
      for (const y of ys) {
        let s = score(x, y);
        if (s + CONTEXT_BONUS < threshold) continue;
        if (x.parent && y.parent && forward.get(x.parent)?.partner === y.parent) s += CONTEXT_BONUS;
        else if (!x.parent && !y.parent) s += CONTEXT_BONUS / 2;
        if (s >= threshold) candidates.push({ x, y, s });
      }
    }
    greedy(candidates, 'similarity');
  }
  for (const tier of [1, 0]) {
    for (const x of as.filter((f) => f.tier === tier && !forward.has(f))) {
      const kids = as.filter((c) => c.parent === x);
      const votes = new Map<Flat, number>();
      for (const c of kids) {
        const partner = forward.get(c)?.partner.parent;
        if (partner && !backward.has(partner) && partner.tier === tier) votes.set(partner, (votes.get(partner) ?? 0) + 1);
      }
      const best = [...votes].sort((p, q) => q[1] - p[1] || p[0].order - q[0].order)[0];
      if (!best) continue;
      const size = Math.max(kids.length, bs.filter((c) => c.parent === best[0]).length);
      if (best[1] / size >= CHILD_OVERLAP && allowed(x, best[0])) pair(x, best[0], best[1] / size, 'children');
    }
  }
  const strict = Math.max(threshold, CROSS_TIER);
  const cross: { x: Flat; y: Flat; s: number }[] = [];
  for (const x of as.filter((f) => !forward.has(f))) {
    for (const y of bs.filter((f) => !backward.has(f) && Math.abs(f.tier - x.tier) === 1)) {
      const s = dice(x.title, y.title);
      if (s >= strict) cross.push({ x, y, s });
    }
  }
  greedy(cross, 'cross-level');
  return { forward, backward };
}
