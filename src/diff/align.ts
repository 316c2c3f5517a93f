// Aligning two plans' nodes by what they say rather than by their numbers:
// one to one where a node was kept (retitled, reworded, moved, or moved up
// or down a level), and in groups where items were merged or split.
import type { PlanNode } from '../model/schema.js';
import { assign, type Edge } from './assign.js';
import { containment, Corpus, cosine, mergeGrams, type Profile } from './profile.js';
import type { AlignBasis, ManualPairs } from './types.js';

/** A node, flattened in document order with what alignment needs. */
export interface Flat {
  node: PlanNode;
  parent: Flat | null;
  path: string[];
  order: number;
  tier: number;
  title: Profile;
  /** its title and its own text */
  own: Profile;
  /** its own text with all its descendants': what a chapter or section says is mostly in its items */
  content: Profile;
}

/** An aligned pair's partner, the score it was aligned on and why. */
export interface Match {
  partner: Flat;
  score: number;
  basis: AlignBasis;
}

/** Nodes merged into one (several of A, one of B) or one split into several (one of A, several of B). */
export interface Group {
  kind: 'merge' | 'split';
  a: Flat[];
  b: Flat[];
  /** the aligned node that holds the others' text: B's in a merge, A's in a split */
  anchor: Flat;
  /** the nodes joined to its pair, left unaligned */
  joined: Flat[];
  /** the least share of a joined node's text that the anchor carries */
  score: number;
}

export interface Alignment {
  /** A's node -> its B partner */
  forward: Map<Flat, Match>;
  /** B's node -> its A partner */
  backward: Map<Flat, Match>;
  /** merges and splits around aligned pairs, in A's order */
  groups: Group[];
}

/**
 * The similarity two nodes need to be aligned, unless the caller sets
 * another: the middle of the range (0.17–0.19) that gives the best precision
 * and recall on the answer keys of test/alignment/.
 */
export const DEFAULT_THRESHOLD = 0.18;

const TIERS: Record<PlanNode['kind'], number> = { part: 0, chapter: 0, section: 1, article: 2, item: 2, subitem: 2, circled: 2, dash: 2 };
// what the titles weigh against the whole text
const TITLE_WEIGHT = 0.3;
// a node that changed level (（一）指导思想 -> 一、指导思想) pays this per level
const LEVEL_STEP = 0.05;
// a clear mutual best (each is the other's best by this factor over the next) scores this much more
const ANCHOR_BONUS = 0.15;
const MARGIN = 1.5;
// a heading over items against a paragraph at the same level (一、总体目标 over two sections against 二、总体目标)
const SHAPE_PENALTY = 0.1;
// structure is a prior, not a gate: nodes whose parents are aligned score this much more
const CONTEXT_BONUS = 0.1;
// an unaligned node joins a pair when the other side's node holds this much of its weighted text
const CONTAINED = 0.5;
// pairs scored exhaustively up to this many (and this many bigrams compared); beyond, only candidates
const EXHAUSTIVE = 250_000;
const EXHAUSTIVE_WORK = 50_000_000;
// beyond: a node's candidates at most, found through its rarest bigrams, each in at most so many nodes
const CANDIDATES = 24;
const RARE_GRAMS = 24;
const POSTING_LIMIT = 64;

/** Both plans' nodes, flattened, with profiles weighted over the two plans together. */
export function flattenPlans(a: PlanNode[], b: PlanNode[]): { as: Flat[]; bs: Flat[] } {
  const corpus = new Corpus();
  const drafts: { flat: Omit<Flat, 'title' | 'own' | 'content'>; title: Int32Array; own: Int32Array; content?: Int32Array }[] = [];
  const walk = (nodes: PlanNode[]) => {
    const out: Flat[] = [];
    const visit = (list: PlanNode[], parent: Flat | null): Int32Array[] =>
      list.map((node) => {
        const flat = {
          node,
          parent,
          path: parent ? [...parent.path, parent.node.title] : [],
          order: out.length,
          tier: TIERS[node.kind],
        } as Flat;
        out.push(flat);
        const draft = {
          flat,
          title: corpus.add(node.title, false),
          own: corpus.add(`${node.title}${node.text}`),
        } as (typeof drafts)[number];
        drafts.push(draft);
        const below = visit(node.children, flat);
        draft.content = below.length ? mergeGrams([draft.own, ...below]) : draft.own;
        return draft.content;
      });
    visit(nodes, null);
    return out;
  };
  const as = walk(a);
  const bs = walk(b);
  for (const d of drafts)
    Object.assign(d.flat, { title: corpus.profile(d.title), own: corpus.profile(d.own), content: corpus.profile(d.content!) });
  return { as, bs };
}

const grouping = (f: Flat) => f.node.children.length > 0;

/**
 * The similarity of two nodes before structure is considered: titles and
 * whole texts, less a change of level or of shape (a heading over items
 * against a paragraph). A heading is never aligned with a paragraph of
 * another level: its text holds its items', so it resembles each of them.
 */
function similarity(x: Flat, y: Flat): number {
  const shapes = grouping(x) === grouping(y);
  if (!shapes && x.tier !== y.tier) return 0;
  const s =
    TITLE_WEIGHT * cosine(x.title, y.title) +
    (1 - TITLE_WEIGHT) * cosine(x.content, y.content) -
    LEVEL_STEP * Math.abs(x.tier - y.tier) -
    (shapes ? 0 : SHAPE_PENALTY);
  return Math.max(0, s);
}

// the score is shown with three decimals, and that rounded score is the one compared
const round = (s: number) => Math.round(Math.min(1, s) * 1000) / 1000;

/**
 * For each of A's nodes, the B nodes worth scoring: all of them for plans of
 * usual size; beyond, the children of its parent's partner and the nodes that
 * share its rarest bigrams.
 */
function candidates(as: Flat[], bs: Flat[], partnerOf: Map<Flat, Flat>): number[][] {
  const size = (fs: Flat[]) => fs.reduce((n, f) => n + f.content.codes.length + f.title.codes.length, 0);
  // comparing every pair costs each plan's length times the other's number of nodes
  if (as.length * bs.length <= EXHAUSTIVE && as.length * size(bs) + bs.length * size(as) <= EXHAUSTIVE_WORK) {
    const all = bs.map((_, j) => j);
    return as.map(() => all);
  }
  const postings = new Map<number, number[]>();
  const children = new Map<Flat, number[]>();
  bs.forEach((y, j) => {
    for (const code of y.own.codes) {
      const list = postings.get(code);
      if (!list) postings.set(code, [j]);
      else if (list.length <= POSTING_LIMIT) list.push(j);
    }
    const siblings = y.parent && (children.get(y.parent) ?? children.set(y.parent, []).get(y.parent)!);
    if (siblings && siblings.length < CANDIDATES) siblings.push(j);
  });
  return as.map((x) => {
    const rare = [...x.own.codes.keys()]
      .filter((i) => (postings.get(x.own.codes[i]!)?.length ?? POSTING_LIMIT + 1) <= POSTING_LIMIT)
      .sort((i, k) => x.own.weights[k]! - x.own.weights[i]! || i - k)
      .slice(0, RARE_GRAMS);
    const votes = new Map<number, number>();
    for (const i of rare) for (const j of postings.get(x.own.codes[i]!)!) votes.set(j, (votes.get(j) ?? 0) + x.own.weights[i]!);
    const near = [...votes]
      .sort((p, q) => q[1] - p[1] || p[0] - q[0])
      .slice(0, CANDIDATES)
      .map(([j]) => j);
    const home = x.parent && partnerOf.get(x.parent);
    return [...new Set([...(home ? (children.get(home) ?? []) : []), ...near])];
  });
}

/** Nodes whose title and text are the same and occur once in each plan: pairs before any scoring. */
function identical(as: Flat[], bs: Flat[]): [Flat, Flat][] {
  const key = (f: Flat) => `${f.node.title}\u0000${f.node.text}`;
  const once = (fs: Flat[]) => {
    const seen = new Map<string, Flat | null>();
    for (const f of fs) seen.set(key(f), seen.has(key(f)) ? null : f);
    return seen;
  };
  const inB = once(bs);
  return [...once(as)].flatMap(([k, x]) => {
    const y = inB.get(k);
    return x && y ? [[x, y] as [Flat, Flat]] : [];
  });
}

/**
 * One-to-one alignment that maximises the total similarity (see assign),
 * in two rounds: the second adds a bonus to pairs whose parents the first
 * aligned, so that of two alike items the one under the matching section
 * wins. A reviewer's forced pairs come first and forbidden pairs never.
 * Then each node left over joins a pair when the other side's node carries
 * most of its text: merges and splits. Each pair keeps the score it was
 * aligned on, so the score printed is the score compared.
 */
export function align(as: Flat[], bs: Flat[], threshold: number, manual: ManualPairs = {}): Alignment {
  const forward = new Map<Flat, Match>();
  const backward = new Map<Flat, Match>();
  const pair = (x: Flat, y: Flat, s: number, basis: AlignBasis) => {
    forward.set(x, { partner: y, score: round(s), basis });
    backward.set(y, { partner: x, score: round(s), basis });
  };
  const inA = new Map(as.map((f) => [f.node.id, f]));
  const inB = new Map(bs.map((f) => [f.node.id, f]));
  for (const [a, b] of manual.force ?? []) {
    const x = inA.get(a);
    const y = inB.get(b);
    // an id that is in neither plan is the caller's to report (see checkPairs)
    if (x && y && !forward.has(x) && !backward.has(y)) pair(x, y, similarity(x, y), 'manual');
  }
  const forbidden = new Set((manual.forbid ?? []).map(([a, b]) => `${a}\u0000${b}`));
  const allowed = forbidden.size === 0 ? () => true : (x: Flat, y: Flat) => !forbidden.has(`${x.node.id}\u0000${y.node.id}`);
  for (const [x, y] of identical(as, bs))
    if (!forward.has(x) && !backward.has(y) && allowed(x, y)) pair(x, y, similarity(x, y), 'similarity');
  const index = new Map(bs.map((y, j) => [y, j]));
  const free = as.filter((x) => !forward.has(x));
  const open = (y: Flat) => !backward.has(y);
  const partnerOf = new Map<Flat, Flat>([...forward].map(([x, m]) => [x, m.partner]));
  const scored = candidates(free, bs, partnerOf).map((js, i) =>
    js
      .map((j) => bs[j]!)
      .filter((y) => allowed(free[i]!, y))
      .map((y) => ({ y, s: similarity(free[i]!, y) }))
      .filter(({ s }) => s > 0 && s + CONTEXT_BONUS + ANCHOR_BONUS >= threshold),
  );
  // each node's candidates on the other side, for merges and splits; the best and next score, for anchors
  const near = new Map<Flat, Flat[]>();
  const bestOf = new Map<Flat, { f: Flat | null; s: number; next: number }>();
  const note = (p: Flat, q: Flat, s: number) => {
    const b = bestOf.get(p) ?? { f: null, s: 0, next: 0 };
    if (s > b.s) Object.assign(b, { f: q, s, next: b.s });
    else if (s > b.next) b.next = s;
    bestOf.set(p, b);
    const list = near.get(p);
    if (list) list.push(q);
    else near.set(p, [q]);
  };
  scored.forEach((list, i) => list.forEach(({ y, s }) => (note(free[i]!, y, s), note(y, free[i]!, s))));
  // a clear mutual best is an anchor, as unique lines are to patience diff
  const clear = (p: Flat, q: Flat) => {
    const b = bestOf.get(p)!;
    return b.f === q && b.s >= MARGIN * b.next;
  };
  const anchor = (x: Flat, y: Flat) => (clear(x, y) && clear(y, x) ? ANCHOR_BONUS : 0);
  const solve = (bonus: (x: Flat, y: Flat) => number) => {
    const rows: Edge[][] = scored.map((list, i) =>
      list.flatMap(({ y, s }) => {
        if (!open(y)) return [];
        const total = round(s + bonus(free[i]!, y));
        return total >= threshold ? [{ column: index.get(y)!, weight: total }] : [];
      }),
    );
    return { rows, chosen: assign(rows, bs.length) };
  };
  const first = solve(anchor);
  first.chosen.forEach((j, i) => j >= 0 && partnerOf.set(free[i]!, bs[j]!));
  const context = (x: Flat, y: Flat) => {
    if (!x.parent && !y.parent) return CONTEXT_BONUS / 2;
    return x.parent && y.parent && partnerOf.get(x.parent) === y.parent ? CONTEXT_BONUS : 0;
  };
  const second = solve((x, y) => anchor(x, y) + context(x, y));
  second.chosen.forEach((j, i) => {
    if (j < 0) return;
    const x = free[i]!;
    const y = bs[j]!;
    pair(x, y, second.rows[i]!.find((e) => e.column === j)!.weight, x.tier === y.tier ? 'similarity' : 'cross-level');
  });
  return { forward, backward, groups: regroup(near, as, bs, forward, backward, threshold) };
}

/** Whether q is p or one of its ancestors. */
function within(p: Flat, q: Flat): boolean {
  for (let f: Flat | null = p; f; f = f.parent) if (f === q) return true;
  return false;
}

/**
 * The candidate whose text is most like x's, when it is aligned to another
 * and x belongs with it: their texts are as alike as an aligned pair's (the
 * titles do not count: merged items had different titles), or it holds most
 * of x's text. The share reported is that of the test that held.
 */
function holder(x: Flat, others: Flat[], aligned: Map<Flat, Match>, threshold: number): { y: Flat; share: number } | null {
  let best: Flat | null = null;
  let most = 0;
  for (const f of others) {
    const s = cosine(x.content, f.content);
    if (s > most) {
      best = f;
      most = s;
    }
  }
  if (!best || !aligned.has(best)) return null;
  if (most >= threshold) return { y: best, share: round(most) };
  const share = containment(x.own, best.own);
  return share >= CONTAINED ? { y: best, share: round(share) } : null;
}

/** Merges (A's leftovers held by an aligned B node) and splits (B's leftovers held by an aligned A node), from the scored candidates. */
function regroup(
  near: Map<Flat, Flat[]>,
  as: Flat[],
  bs: Flat[],
  forward: Map<Flat, Match>,
  backward: Map<Flat, Match>,
  threshold: number,
): Group[] {
  const groups = new Map<Flat, Group>();
  const join = (kind: Group['kind'], anchor: Flat, extra: Flat, share: number) => {
    let g = groups.get(anchor);
    if (!g) {
      const partner = (kind === 'merge' ? backward : forward).get(anchor)!.partner;
      const [a, b] = kind === 'merge' ? [[partner], [anchor]] : [[anchor], [partner]];
      g = { kind, a, b, anchor, joined: [], score: 1 };
      groups.set(anchor, g);
    }
    (kind === 'merge' ? g.a : g.b).push(extra);
    g.joined.push(extra);
    g.score = round(Math.min(g.score, share));
  };
  const leftover = (f: Flat, aligned: Map<Flat, Match>) => !aligned.has(f) && f.node.text.trim() !== '';
  // a node is never grouped with its own ancestor's or descendant's partner: that is one node, not two
  const kin = (p: Flat, q: Flat) => within(p, q) || within(q, p);
  for (const x of as) {
    const h = leftover(x, forward) && holder(x, near.get(x) ?? [], backward, threshold);
    if (h && !kin(x, backward.get(h.y)!.partner)) join('merge', h.y, x, h.share);
  }
  for (const y of bs) {
    const h = leftover(y, backward) && holder(y, near.get(y) ?? [], forward, threshold);
    const partner = h && forward.get(h.y)!.partner;
    // a node both merges into and splits from the same pair is already in its group
    if (h && partner && !kin(y, partner) && !groups.has(partner)) join('split', h.y, y, h.share);
  }
  const byOrder = (p: Flat, q: Flat) => p.order - q.order;
  return [...groups.values()]
    .map((g) => ({ ...g, a: g.a.sort(byOrder), b: g.b.sort(byOrder) }))
    .sort((p, q) => p.a[0]!.order - q.a[0]!.order || p.b[0]!.order - q.b[0]!.order);
}
