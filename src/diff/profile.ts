// Weighted bigram profiles for aligning two plans: TF-IDF over the character
// bigrams of both plans' nodes, so that the phrases every task repeats (科普,
// 开展, 科学素质) count for little and the rare ones that carry a measure
// (科技特派员, 复兴少年宫) for much.
import { bigramProfile, type BigramCodes } from '../text/similarity.js';

/** A text's distinct bigrams (sorted codes) with their TF-IDF weights. */
export interface Profile {
  codes: Int32Array;
  weights: Float64Array;
  /** the weights' sum (for containment) and Euclidean norm (for cosine) */
  mass: number;
  norm: number;
}

const EMPTY: Profile = { codes: new Int32Array(0), weights: new Float64Array(0), mass: 0, norm: 0 };

/** Bigram statistics of the texts that will be compared: codes and in how many texts each occurs. */
export class Corpus {
  private readonly codes: BigramCodes = new Map();
  private df = new Int32Array(1024);
  private texts = 0;

  /** A text's bigrams (sorted, repeats kept); a counted text adds once to each of its bigrams' document frequency. */
  add(text: string, counted = true): Int32Array {
    const grams = bigramProfile(text, this.codes);
    if (this.df.length < this.codes.size) {
      const grown = new Int32Array(Math.max(this.codes.size, this.df.length * 2));
      grown.set(this.df);
      this.df = grown;
    }
    if (!counted) return grams;
    for (let i = 0; i < grams.length; i++) if (i === 0 || grams[i] !== grams[i - 1]) this.df[grams[i]!]!++;
    this.texts++;
    return grams;
  }

  /** How telling a bigram is: high for rare ones, near 0 for those in most texts. */
  idf(code: number): number {
    return Math.log(1 + this.texts / Math.max(1, this.df[code]!));
  }

  /** The profile of sorted bigrams (from add, or several of them merged): weight (1 + ln tf) × idf. */
  profile(grams: Int32Array): Profile {
    if (grams.length === 0) return EMPTY;
    const codes: number[] = [];
    const weights: number[] = [];
    let mass = 0;
    let squares = 0;
    for (let i = 0; i < grams.length;) {
      let j = i;
      while (j < grams.length && grams[j] === grams[i]) j++;
      const w = (1 + Math.log(j - i)) * this.idf(grams[i]!);
      codes.push(grams[i]!);
      weights.push(w);
      mass += w;
      squares += w * w;
      i = j;
    }
    return { codes: Int32Array.from(codes), weights: Float64Array.from(weights), mass, norm: Math.sqrt(squares) };
  }
}

/** Merges sorted bigram lists into one sorted list (a node's text with its descendants'). */
export function mergeGrams(lists: Int32Array[]): Int32Array {
  let size = 0;
  for (const l of lists) size += l.length;
  const out = new Int32Array(size);
  let at = 0;
  for (const l of lists) {
    out.set(l, at);
    at += l.length;
  }
  return out.sort();
}

/** Weight of the bigrams both profiles hold, as x's weights (shared) and the dot product. */
function overlap(x: Profile, y: Profile): { shared: number; dot: number } {
  let i = 0;
  let j = 0;
  let shared = 0;
  let dot = 0;
  while (i < x.codes.length && j < y.codes.length) {
    const a = x.codes[i]!;
    const b = y.codes[j]!;
    if (a === b) {
      shared += x.weights[i]!;
      dot += x.weights[i]! * y.weights[j]!;
      i++;
      j++;
    } else if (a < b) i++;
    else j++;
  }
  return { shared, dot };
}

/** Cosine similarity: 0 (nothing shared) to 1 (the same weighted bigrams). */
export function cosine(x: Profile, y: Profile): number {
  if (x.norm === 0 || y.norm === 0) return 0;
  return Math.min(1, overlap(x, y).dot / (x.norm * y.norm));
}

/** How much of x's weight y also holds: 1 when all of x's bigrams are in y (x is contained in y). */
export function containment(x: Profile, y: Profile): number {
  return x.mass === 0 ? 0 : overlap(x, y).shared / x.mass;
}
