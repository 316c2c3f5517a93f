// Small text helpers shared by the stages: numerals, dates, bracket-aware splitting, headings.
import { DATE_FRAGMENT } from '../../grammars/patterns.js';

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 -> 1, 十二 -> 12, 二十一 -> 21; Arabic digits as they are. */
export function parseOrdinal(numeral: string): number {
  if (/^\d+$/.test(numeral)) return Number(numeral);
  let total = 0;
  let current = 0;
  for (const ch of numeral) {
    if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch in CN_DIGITS) {
      current = CN_DIGITS[ch]!;
    }
  }
  return total + current;
}

const OPEN_BRACKETS = '（(《“「【〔[';
const CLOSE_BRACKETS = '）)》”」】〕]';

/** Whether `chars` holds the code unit `code`: by codes, as a string per character of a line would cost. */
function holds(chars: string, code: number): boolean {
  for (let i = 0; i < chars.length; i++) if (chars.charCodeAt(i) === code) return true;
  return false;
}

/** Splits on any of `separators` outside brackets: 各县（市、区）人民政府 stays whole. */
export function splitOutsideBrackets(text: string, separators: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (holds(OPEN_BRACKETS, code)) depth++;
    else if (holds(CLOSE_BRACKETS, code)) depth = Math.max(0, depth - 1);
    if (depth === 0 && holds(separators, code)) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

const DATE = new RegExp(DATE_FRAGMENT);

const YEAR_DIGITS: Record<string, string> = { ...Object.fromEntries(Object.entries(CN_DIGITS).map(([k, v]) => [k, String(v)])), '○': '0' };

/** 二〇二二 -> 2022, digit by digit; 一二 (its 〇 lost) -> 2012. */
export function yearOf(numeral: string): string {
  const digits = /^\d+$/.test(numeral) ? numeral : [...numeral].map((ch) => YEAR_DIGITS[ch] ?? '').join('');
  return digits.length === 2 ? `20${digits}` : digits;
}

/** 2022年6月27日, 二〇二二年六月二十七日, 2022-6-27 -> 2022-06-27 (not checked for being a real date: see isRealDate). */
export function isoDate(text: string): string | null {
  const m = DATE.exec(text) ?? /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(text);
  if (!m) return null;
  const part = (s: string) => String(parseOrdinal(s)).padStart(2, '0');
  return `${yearOf(m[1]!)}-${part(m[2]!)}-${part(m[3]!)}`;
}

export function isRealDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const END_PUNCTUATION = /[。；;，,、：:\s]/;

/** The text without the punctuation and spaces that end it; read from the end, so a run of 。 inside costs nothing. */
export function stripEndPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && END_PUNCTUATION.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** The number of characters as a reader counts them (code points). */
export function length(text: string): number {
  return [...text].length;
}

/** `（一）着力统筹推进。区政府把…` -> title 着力统筹推进, text 区政府把…; `启动阶段：2021年…` likewise. */
export function splitHeading(rest: string): { title: string; text: string } {
  const stop = rest.search(/[。！？]/);
  const colon = rest.search(/[：:]/);
  if (colon > 0 && colon <= 12 && (stop < 0 || colon < stop)) {
    return { title: rest.slice(0, colon).trim(), text: rest.slice(colon + 1).trim() };
  }
  if (stop < 0) return { title: rest.trim(), text: '' };
  return { title: rest.slice(0, stop).trim(), text: rest.slice(stop + 1).trim() };
}

/** Code-point order: the same on every machine, unlike locale collation. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Appends every item: `push(...items)` passes them as arguments, and a list of 100,000 names overflows the stack. */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
