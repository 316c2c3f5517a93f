// One-to-one assignment that maximises the total weight of the chosen pairs
// (Bertsekas' auction) over a sparse list of candidate pairs; a row may stay
// unassigned. Unlike a greedy pass, a row gives up its best column when
// another row needs it more and it has a near-equal second.

/** A candidate column of a row and what pairing them is worth (> 0). */
export interface Edge {
  column: number;
  weight: number;
}

// each bid raises a price by at least this: the total is within rows × ε of the best possible
const EPSILON = 1e-3;
// bids allowed per candidate pair; beyond (near-ties in a large cluster), rows left over take their best free column
const BIDS_PER_EDGE = 50;

/**
 * For each row, its column, or -1 for none. Prices start at 0 and only rise,
 * so a column no row took still costs 0 and a row left unassigned has no
 * column worth more than nothing. Deterministic: rows bid in order, ties go
 * to the earlier column.
 */
export function assign(rows: Edge[][], columns: number): Int32Array {
  const price = new Float64Array(columns);
  const owner = new Int32Array(columns).fill(-1);
  const chosen = new Int32Array(rows.length).fill(-1);
  let budget = rows.length;
  for (const row of rows) budget += BIDS_PER_EDGE * row.length;
  // a row is queued at most once at a time, so a ring of rows.length suffices
  const queue = new Int32Array(rows.length);
  let head = 0;
  let tail = 0;
  for (let i = 0; i < rows.length; i++) if (rows[i]!.length > 0) queue[tail++] = i;
  while (head < tail && budget-- > 0) {
    const i = queue[head++ % rows.length]!;
    let best = -1;
    let first = 0;
    // staying unassigned is worth 0, every row's fallback
    let second = 0;
    for (const { column, weight } of rows[i]!) {
      const value = weight - price[column]!;
      if (value > first) {
        second = first;
        first = value;
        best = column;
      } else if (value > second) second = value;
    }
    if (best < 0) continue;
    price[best]! += first - second + EPSILON;
    const previous = owner[best]!;
    if (previous >= 0) {
      chosen[previous] = -1;
      queue[tail++ % rows.length] = previous;
    }
    owner[best] = i;
    chosen[i] = best;
  }
  for (let i = 0; i < rows.length; i++) {
    if (chosen[i]! >= 0) continue;
    let best = -1;
    let most = 0;
    for (const { column, weight } of rows[i]!)
      if (owner[column] === -1 && weight > most) {
        best = column;
        most = weight;
      }
    if (best >= 0) {
      owner[best] = i;
      chosen[i] = best;
    }
  }
  return chosen;
}
