// The structure of a diff: B's tree in order, each node aligned, added,
// moved, renumbered or modified, and A's removed nodes where they stood.
import type { Alignment, Flat, Match } from './align.js';
import { charDiff, textDiff } from './redline.js';
import type { ChangeKind, NodeRef, StructureChange } from './types.js';

export function ref(f: Flat): NodeRef {
  const { id, kind, marker, title, text } = f.node;
  return { id, kind, marker, title, text, path: f.path };
}

function compare(x: Flat, match: Match, { forward, backward }: Alignment): StructureChange {
  const y = match.partner;
  const a = x.node;
  const b = y.node;
  const modified = a.title !== b.title || a.text !== b.text;
  const renumbered = a.kind !== 'dash' && (a.ordinal !== b.ordinal || a.kind !== b.kind);
  // Moved: its parent is aligned with a node other than the new parent. When
  // both parents are unaligned the whole group was reworded, not moved.
  const px = x.parent ? forward.get(x.parent)?.partner : undefined;
  const py = y.parent ? backward.get(y.parent)?.partner : undefined;
  const moved =
    (x.parent === null) !== (y.parent === null) || (px !== undefined && px !== y.parent) || (py !== undefined && py !== x.parent);
  const change: ChangeKind = moved ? 'moved' : renumbered ? 'renumbered' : modified ? 'modified' : 'same';
  return {
    change,
    a: ref(x),
    b: ref(y),
    similarity: match.score,
    basis: match.basis,
    modified,
    moved,
    renumbered,
    title: modified ? charDiff(a.title, b.title) : [],
    text: modified ? textDiff(a.text, b.text) : [],
  };
}

/** A node on one side only: added or removed, or, when it is in a group, merged into or split from the other side's node. */
function onlySide(f: Flat, side: 'a' | 'b', held: Map<Flat, { by: Flat; score: number }>): StructureChange {
  const r = ref(f);
  const h = held.get(f);
  const other = h ? ref(h.by) : null;
  return {
    change: h ? (side === 'a' ? 'merged' : 'split') : side === 'a' ? 'removed' : 'added',
    a: side === 'a' ? r : other,
    b: side === 'b' ? r : other,
    similarity: h ? h.score : null,
    basis: h ? 'contained' : null,
    modified: false,
    moved: false,
    renumbered: false,
    title: [],
    text: [],
  };
}

/** B's tree in order; each removed or merged A node right after the row of its nearest aligned predecessor in A. */
export function structure(as: Flat[], bs: Flat[], alignment: Alignment): StructureChange[] {
  const held = new Map<Flat, { by: Flat; score: number }>();
  for (const g of alignment.groups) for (const f of g.joined) held.set(f, { by: g.anchor, score: g.score });
  const removedAfter = new Map<Flat | null, Flat[]>();
  let anchor: Flat | null = null;
  for (const x of as) {
    const y = alignment.forward.get(x)?.partner;
    if (y) anchor = y;
    else {
      const list = removedAfter.get(anchor);
      if (list) list.push(x);
      else removedAfter.set(anchor, [x]);
    }
  }
  const rows: StructureChange[] = (removedAfter.get(null) ?? []).map((x) => onlySide(x, 'a', held));
  for (const y of bs) {
    const match = alignment.backward.get(y);
    rows.push(match ? compare(match.partner, { ...match, partner: y }, alignment) : onlySide(y, 'b', held));
    for (const r of removedAfter.get(y) ?? []) rows.push(onlySide(r, 'a', held));
  }
  return rows;
}
