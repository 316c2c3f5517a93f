// Text similarity for CJK: Dice's coefficient over character bigrams, which
// tolerates rewording, insertions and the damage extraction does to text.
// Task-table matching, redlines and target metrics call it; diff alignment
// weighs the same bigrams by their rarity across two plans (diff/profile.ts).
import { fold } from './fold.js';

/** The characters that count for similarity, folded (traditional is simplified): no spaces, no punctuation. */
function comparableChars(text: string): string[] {
  return [...fold(text).replace(/[\s。，、；：,.;:（）()“”"《》!?]/g, '')];
}

/** Numbers for bigrams, shared by the profiles that are compared with each other. */
export type BigramCodes = Map<string, number>;

/**
 * A text's bigrams as sorted codes, repeats kept (a one-character text is its
 * character): profiles are compared by merging, without building maps.
 */
export function bigramProfile(text: string, codes: BigramCodes): Int32Array {
  const chars = comparableChars(text);
  const out: number[] = [];
  const add = (g: string) => {
    let code = codes.get(g);
    if (code === undefined) codes.set(g, (code = codes.size));
    out.push(code);
  };
  if (chars.length === 1) add(chars[0]!);
  for (let i = 0; i + 1 < chars.length; i++) add(chars[i]! + chars[i + 1]!);
  return Int32Array.from(out).sort();
}

/** Dice's coefficient of two profiles: 0 (nothing shared) to 1 (the same bigrams; two empty texts are alike). */
export function dice(x: Int32Array, y: Int32Array): number {
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

/** 0 (nothing shared) to 1 (the same text, punctuation and spaces aside). */
export function similarity(a: string, b: string): number {
  const codes: BigramCodes = new Map();
  return dice(bigramProfile(a, codes), bigramProfile(b, codes));
}
