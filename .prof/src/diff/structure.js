import { charDiff, textDiff } from './redline.js';
function ref(f) {
    const { id, kind, marker, title, text } = f.node;
    return { id, kind, marker, title, text, path: f.path };
}
function compare(x, match, { forward, backward }) {
    const y = match.partner;
    const a = x.node;
    const b = y.node;
    const modified = a.title !== b.title || a.text !== b.text;
    const renumbered = a.kind !== 'dash' && (a.ordinal !== b.ordinal || a.kind !== b.kind);
    // Moved: its parent is aligned with a node other than the new parent. When
    // both parents are unaligned the whole group was reworded, not moved.
    const px = x.parent ? forward.get(x.parent)?.partner : undefined;
    const py = y.parent ? backward.get(y.parent)?.partner : undefined;
    const moved = (x.parent === null) !== (y.parent === null) || (px !== undefined && px !== y.parent) || (py !== undefined && py !== x.parent);
    const change = moved ? 'moved' : renumbered ? 'renumbered' : modified ? 'modified' : 'same';
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
function onlySide(f, side) {
    const r = ref(f);
    return {
        change: side === 'a' ? 'removed' : 'added',
        a: side === 'a' ? r : null,
        b: side === 'b' ? r : null,
        similarity: null,
        basis: null,
        modified: false,
        moved: false,
        renumbered: false,
        title: [],
        text: [],
    };
}
/** B's tree in order; each removed A node right after the row of its nearest aligned predecessor in A. */
export function structure(as, bs, alignment) {
    const removedAfter = new Map();
    let anchor = null;
    for (const x of as) {
        const y = alignment.forward.get(x)?.partner;
        if (y)
            anchor = y;
        else
            removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), x]);
    }
    const rows = (removedAfter.get(null) ?? []).map((x) => onlySide(x, 'a'));
    for (const y of bs) {
        const match = alignment.backward.get(y);
        rows.push(match ? compare(match.partner, { ...match, partner: y }, alignment) : onlySide(y, 'b'));
        for (const r of removedAfter.get(y) ?? [])
            rows.push(onlySide(r, 'a'));
    }
    return rows;
}
