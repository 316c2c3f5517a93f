// Text similarity for CJK: Dice's coefficient over character bigrams, which
// tolerates rewording, insertions and the damage extraction does to text.

/** The characters that count for similarity: no spaces, no punctuation. */
export function comparableChars(text: string): string[] {
  return [...text.replace(/[\s。，、；：,.;:（）()“”"《》]/g, '')];
}

function bigrams(text: string): Map<string, number> {
  const chars = comparableChars(text);
  const grams = new Map<string, number>();
  if (chars.length === 1) grams.set(chars[0]!, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i]! + chars[i + 1]!;
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** 0 (nothing shared) to 1 (the same text, punctuation and spaces aside). */
export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let total = 0;
  let shared = 0;
  for (const n of x.values()) total += n;
  for (const [g, n] of y) {
    total += n;
    shared += Math.min(n, x.get(g) ?? 0);
  }
  return total === 0 ? (a === b ? 1 : 0) : (2 * shared) / total;
}
