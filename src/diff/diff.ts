// `plan diff` as a library: aligns two plans by meaning, not by number, and
// reports what was kept, reworded, dropped, added, moved or renumbered, who
// became responsible for what, and how the targets changed.
import { diffArrays, diffChars } from 'diff';
import type { Agency, PlanDocument, PlanNode, Responsibility, Target } from '../model/schema.js';
import { comparableChars, similarity } from '../text/similarity.js';
import { compareText } from '../text/text.js';

export type Aspect = 'structure' | 'accountability' | 'targets';

export interface DiffOptions {
  /** Minimum similarity (0–1) for two nodes to be aligned; default 0.5. */
  threshold?: number;
  /** Report only one aspect; default all, with metadata. */
  only?: Aspect;
}

export interface Segment {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface NodeRef {
  id: string;
  kind: PlanNode['kind'];
  marker: string;
  title: string;
  text: string;
  path: string[];
}

export type ChangeKind = 'same' | 'modified' | 'moved' | 'renumbered' | 'added' | 'removed';

export interface StructureChange {
  /** The most telling kind: moved, then renumbered, then modified. */
  change: ChangeKind;
  a: NodeRef | null;
  b: NodeRef | null;
  similarity: number | null;
  modified: boolean;
  moved: boolean;
  renumbered: boolean;
  title: Segment[];
  text: Segment[];
}

export interface RoleChange {
  added: string[];
  removed: string[];
}

export interface AccountabilityChange {
  /** The task pairs (a id, b id) the change applies to. */
  tasks: { a: string; b: string; title: string }[];
  lead: RoleChange;
  support: RoleChange;
  responsible: RoleChange;
}

export interface TargetChange {
  change: 'same' | 'modified' | 'added' | 'removed';
  a: Target | null;
  b: Target | null;
  fields: string[];
}

export interface MetaChange {
  field: string;
  a: string | null;
  b: string | null;
}

export interface PlanDiff {
  a: { path: string; title: string | null };
  b: { path: string; title: string | null };
  threshold: number;
  only: Aspect | null;
  summary: Record<ChangeKind, number> & { accountability: number; targets: number; meta: number; differences: number };
  /** In tree order: B's nodes, with A's removed nodes where they stood. */
  structure: StructureChange[];
  accountability: AccountabilityChange[];
  targets: TargetChange[];
  meta: MetaChange[];
}

// ---- Nodes, flattened with what alignment needs --------------------------------------

interface Flat {
  node: PlanNode;
  parent: Flat | null;
  path: string[];
  order: number;
  tier: number;
  title: Int32Array;
  head: Int32Array;
}

const TIERS: Record<PlanNode['kind'], number> = { chapter: 0, section: 1, item: 2, subitem: 2, circled: 2, dash: 2 };
const TEXT_HEAD = 80;
const CONTEXT_BONUS = 0.15;
const CHILD_OVERLAP = 0.5;
// A node that changed level (（一）指导思想 -> 一、指导思想) must be this alike to be aligned.
const CROSS_TIER = 0.6;

/** Sorted, unique character-bigram codes: fast Dice by merging. */
function grams(text: string, codes: Map<string, number>): Int32Array {
  const chars = comparableChars(text);
  const set = new Set<number>();
  const add = (g: string) => {
    let code = codes.get(g);
    if (code === undefined) codes.set(g, (code = codes.size));
    set.add(code);
  };
  if (chars.length === 1) add(chars[0]!);
  for (let i = 0; i + 1 < chars.length; i++) add(chars[i]! + chars[i + 1]!);
  return Int32Array.from([...set].sort((x, y) => x - y));
}

function dice(x: Int32Array, y: Int32Array): number {
  if (x.length + y.length === 0) return 1;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      shared++;
      i++;
      j++;
    } else if (x[i]! < y[j]!) i++;
    else j++;
  }
  return (2 * shared) / (x.length + y.length);
}

function flatten(nodes: PlanNode[], codes: Map<string, number>): Flat[] {
  const out: Flat[] = [];
  const visit = (list: PlanNode[], parent: Flat | null) => {
    for (const node of list) {
      const flat: Flat = {
        node,
        parent,
        path: parent ? [...parent.path, parent.node.title] : [],
        order: out.length,
        tier: TIERS[node.kind],
        title: grams(node.title, codes),
        head: grams(node.text.slice(0, TEXT_HEAD), codes),
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

// ---- Alignment -------------------------------------------------------------------------

/**
 * One-to-one alignment, tier by tier (chapters, sections, items): greedy on
 * similarity, with a bonus when the parents are aligned. Then unaligned
 * parents whose children mostly align to each other's are aligned too
 * (a chapter retitled 推动六个科普项目 -> 实施六大重点工程).
 */
function align(as: Flat[], bs: Flat[], threshold: number): Map<Flat, Flat> {
  const pairs = new Map<Flat, Flat>();
  const back = new Map<Flat, Flat>();
  const greedy = (candidates: { x: Flat; y: Flat; s: number }[]) => {
    candidates.sort((p, q) => q.s - p.s || p.x.order - q.x.order || p.y.order - q.y.order);
    for (const { x, y } of candidates) {
      if (pairs.has(x) || back.has(y)) continue;
      pairs.set(x, y);
      back.set(y, x);
    }
  };
  for (const tier of [0, 1, 2]) {
    const ys = bs.filter((f) => f.tier === tier);
    const candidates: { x: Flat; y: Flat; s: number }[] = [];
    for (const x of as.filter((f) => f.tier === tier)) {
      for (const y of ys) {
        let s = score(x, y);
        if (s + CONTEXT_BONUS < threshold) continue;
        if (x.parent && y.parent && pairs.get(x.parent) === y.parent) s += CONTEXT_BONUS;
        else if (!x.parent && !y.parent) s += CONTEXT_BONUS / 2;
        if (s >= threshold) candidates.push({ x, y, s });
      }
    }
    greedy(candidates);
  }
  for (const tier of [1, 0]) {
    for (const x of as.filter((f) => f.tier === tier && !pairs.has(f))) {
      const kids = as.filter((c) => c.parent === x);
      const votes = new Map<Flat, number>();
      for (const c of kids) {
        const partner = pairs.get(c)?.parent;
        if (partner && !back.has(partner) && partner.tier === tier) votes.set(partner, (votes.get(partner) ?? 0) + 1);
      }
      const best = [...votes].sort((p, q) => q[1] - p[1] || p[0].order - q[0].order)[0];
      if (!best) continue;
      const size = Math.max(kids.length, bs.filter((c) => c.parent === best[0]).length);
      if (best[1] / size >= CHILD_OVERLAP) {
        pairs.set(x, best[0]);
        back.set(best[0], x);
      }
    }
  }
  const strict = Math.max(threshold, CROSS_TIER);
  const cross: { x: Flat; y: Flat; s: number }[] = [];
  for (const x of as.filter((f) => !pairs.has(f))) {
    for (const y of bs.filter((f) => !back.has(f) && Math.abs(f.tier - x.tier) === 1)) {
      const s = dice(x.title, y.title);
      if (s >= strict) cross.push({ x, y, s });
    }
  }
  greedy(cross);
  return pairs;
}

function ref(f: Flat): NodeRef {
  const { id, kind, marker, title, text } = f.node;
  return { id, kind, marker, title, text, path: f.path };
}

export function charDiff(a: string, b: string): Segment[] {
  return diffChars(a, b).map((p) => ({ op: p.added ? 'insert' : p.removed ? 'delete' : 'equal', text: p.value }));
}

const SENTENCE = /(?<=[。；！？\n])/;
const SIMILAR_SENTENCE = 0.5;

/**
 * A redline of two paragraphs: sentence by sentence, and character by
 * character only inside a sentence that was reworded, so that a rewritten
 * paragraph does not dissolve into scattered characters.
 */
export function textDiff(a: string, b: string): Segment[] {
  const out: Segment[] = [];
  const push = (op: Segment['op'], text: string) => {
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += text;
    else if (text) out.push({ op, text });
  };
  const parts = diffArrays(a.split(SENTENCE), b.split(SENTENCE));
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    if (part.removed && next?.added) {
      const xs = part.value;
      const ys = next.value;
      for (let k = 0; k < Math.max(xs.length, ys.length); k++) {
        const x = xs[k];
        const y = ys[k];
        if (x !== undefined && y !== undefined && similarity(x, y) >= SIMILAR_SENTENCE) {
          for (const seg of charDiff(x, y)) push(seg.op, seg.text);
        } else {
          if (x !== undefined) push('delete', x);
          if (y !== undefined) push('insert', y);
        }
      }
      i++;
    } else {
      push(part.added ? 'insert' : part.removed ? 'delete' : 'equal', part.value.join(''));
    }
  }
  return out;
}

function compare(x: Flat, y: Flat, pairs: Map<Flat, Flat>, back: Map<Flat, Flat>): StructureChange {
  const a = x.node;
  const b = y.node;
  const modified = a.title !== b.title || a.text !== b.text;
  const renumbered = a.kind !== 'dash' && (a.ordinal !== b.ordinal || a.kind !== b.kind);
  // Moved: its parent is aligned with a node other than the new parent. When
  // both parents are unaligned the whole group was reworded, not moved.
  const px = x.parent ? pairs.get(x.parent) : undefined;
  const py = y.parent ? back.get(y.parent) : undefined;
  const moved = (x.parent === null) !== (y.parent === null) || (px !== undefined && px !== y.parent) || (py !== undefined && py !== x.parent);
  const change: ChangeKind = moved ? 'moved' : renumbered ? 'renumbered' : modified ? 'modified' : 'same';
  return {
    change,
    a: ref(x),
    b: ref(y),
    similarity: Math.round(similarity(`${a.title}${a.text}`, `${b.title}${b.text}`) * 1000) / 1000,
    modified,
    moved,
    renumbered,
    title: modified ? charDiff(a.title, b.title) : [],
    text: modified ? textDiff(a.text, b.text) : [],
  };
}

function onlySide(f: Flat, side: 'a' | 'b'): StructureChange {
  const r = ref(f);
  return {
    change: side === 'a' ? 'removed' : 'added',
    a: side === 'a' ? r : null,
    b: side === 'b' ? r : null,
    similarity: null,
    modified: false,
    moved: false,
    renumbered: false,
    title: [],
    text: [],
  };
}

/** B's tree in order; each removed A node right after the row of its nearest aligned predecessor in A. */
function structure(as: Flat[], bs: Flat[], pairs: Map<Flat, Flat>): StructureChange[] {
  const back = new Map([...pairs].map(([x, y]) => [y, x]));
  const removedAfter = new Map<Flat | null, Flat[]>();
  let anchor: Flat | null = null;
  for (const x of as) {
    const y = pairs.get(x);
    if (y) anchor = y;
    else removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), x]);
  }
  const rows: StructureChange[] = (removedAfter.get(null) ?? []).map((x) => onlySide(x, 'a'));
  for (const y of bs) {
    const x = back.get(y);
    rows.push(x ? compare(x, y, pairs, back) : onlySide(y, 'b'));
    for (const r of removedAfter.get(y) ?? []) rows.push(onlySide(r, 'a'));
  }
  return rows;
}

// ---- Accountability ----------------------------------------------------------------------

function keys(agencies: Agency[]): string[] {
  return [...new Set(agencies.map((a) => a.canonical))].sort(compareText);
}

function roleChange(a: Agency[], b: Agency[]): RoleChange {
  const ka = keys(a);
  const kb = keys(b);
  return { added: kb.filter((k) => !ka.includes(k)), removed: ka.filter((k) => !kb.includes(k)) };
}

const EMPTY: Responsibility = { lead: [], support: [], responsible: [], raw: '', form: 'line', span: { startLine: 1, endLine: 1 } };

/** Per task pair, by canonical agency; task pairs with the same change are grouped. */
function accountability(a: PlanDocument, b: PlanDocument, pairs: Map<Flat, Flat>): AccountabilityChange[] {
  const tasksA = new Map(a.tasks.map((t) => [t.id, t]));
  const tasksB = new Map(b.tasks.map((t) => [t.id, t]));
  const groups = new Map<string, AccountabilityChange>();
  const ordered = [...pairs].sort(([, y1], [, y2]) => y1.order - y2.order);
  for (const [x, y] of ordered) {
    const ta = tasksA.get(x.node.id);
    const tb = tasksB.get(y.node.id);
    if (!ta || !tb) continue;
    const ra = ta.responsibility ?? EMPTY;
    const rb = tb.responsibility ?? EMPTY;
    const change = { lead: roleChange(ra.lead, rb.lead), support: roleChange(ra.support, rb.support), responsible: roleChange(ra.responsible, rb.responsible) };
    if (Object.values(change).every((r) => r.added.length + r.removed.length === 0)) continue;
    const key = `${tb.from ?? tb.id}|${JSON.stringify(change)}`;
    const group = groups.get(key) ?? { tasks: [], ...change };
    group.tasks.push({ a: ta.id, b: tb.id, title: tb.title });
    groups.set(key, group);
  }
  return [...groups.values()];
}

// ---- Targets and metadata -------------------------------------------------------------------

const TARGET_FIELDS = ['year', 'comparator', 'value', 'unit', 'qualifier'] as const;

function targets(a: Target[], b: Target[]): TargetChange[] {
  const candidates: { i: number; j: number; s: number }[] = [];
  a.forEach((x, i) => b.forEach((y, j) => {
    const s = similarity(x.metric, y.metric);
    if (s >= 0.6) candidates.push({ i, j, s });
  }));
  candidates.sort((p, q) => q.s - p.s || p.i - q.i || p.j - q.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const out: TargetChange[] = [];
  for (const { i, j } of candidates) {
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i);
    usedB.add(j);
    const fields = TARGET_FIELDS.filter((f) => a[i]![f] !== b[j]![f]);
    out.push({ change: fields.length ? 'modified' : 'same', a: a[i]!, b: b[j]!, fields });
  }
  a.forEach((x, i) => usedA.has(i) || out.push({ change: 'removed', a: x, b: null, fields: [] }));
  b.forEach((y, j) => usedB.has(j) || out.push({ change: 'added', a: null, b: y, fields: [] }));
  return out;
}

const META_FIELDS = ['docNumber', 'issuer', 'noticeTitle', 'planTitle', 'signedDate', 'publicity', 'printedBy', 'printedDate'] as const;

function meta(a: PlanDocument, b: PlanDocument): MetaChange[] {
  const out: MetaChange[] = META_FIELDS.filter((f) => a.meta[f] !== b.meta[f]).map((f) => ({ field: f, a: a.meta[f], b: b.meta[f] }));
  for (const f of ['addressees', 'cc'] as const) {
    const x = a.meta[f].join('，');
    const y = b.meta[f].join('，');
    if (x !== y) out.push({ field: f, a: x || null, b: y || null });
  }
  return out;
}

// ---- The whole ------------------------------------------------------------------------------

export function diffPlans(a: PlanDocument, b: PlanDocument, options: DiffOptions = {}): PlanDiff {
  const threshold = options.threshold ?? 0.5;
  const only = options.only ?? null;
  const codes = new Map<string, number>();
  const as = flatten(a.sections, codes);
  const bs = flatten(b.sections, codes);
  const pairs = align(as, bs, threshold);

  const rows = only === null || only === 'structure' ? structure(as, bs, pairs) : [];
  const acc = only === null || only === 'accountability' ? accountability(a, b, pairs) : [];
  const tgt = only === null || only === 'targets' ? targets(a.targets, b.targets) : [];
  const mta = only === null ? meta(a, b) : [];

  const summary = { same: 0, modified: 0, moved: 0, renumbered: 0, added: 0, removed: 0, accountability: acc.length, targets: tgt.filter((t) => t.change !== 'same').length, meta: mta.length, differences: 0 };
  for (const r of rows) summary[r.change]++;
  summary.differences = rows.length - summary.same + summary.accountability + summary.targets + summary.meta;
  return {
    a: { path: a.source.path, title: a.meta.planTitle ?? a.meta.noticeTitle },
    b: { path: b.source.path, title: b.meta.planTitle ?? b.meta.noticeTitle },
    threshold,
    only,
    summary,
    structure: rows,
    accountability: acc,
    targets: tgt,
    meta: mta,
  };
}
