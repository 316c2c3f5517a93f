// The folded form of text, on which the lexer and every reader match their
// patterns and vocabulary, while the model keeps the text as written.
// Folding is per character and keeps the length (in UTF-16 units), so an
// offset in the folded text is the same offset in the original:
//   traditional -> simplified (OpenCC's character table: 責任單位 -> 责任单位),
//   full-width and compatibility forms -> their NFKC form when that is one
//   character (１．-> 1.  （１）-> (1)  ％ -> %  ﹝﹞ -> 〔〕), other spaces -> ' '.
// Enclosed forms (① ⑴ ⒈ ㈠) are left as they are: the patterns name them.
// Invisible characters are removed by line repair.
import TRADITIONAL from 'opencc-js/dict/TSCharacters';

// ① ⑴ ⒈ …: markers of their own, which NFKC would make plain digits.
const ENCLOSED = /[\u2460-\u24ff\u3200-\u32ff]/;

// The folded code of each BMP code unit met so far (0: not yet looked up).
const TABLE = new Uint16Array(0x10000);
let simplified: Map<string, string> | null = null;

function lookUp(code: number): number {
  if (simplified === null) {
    simplified = new Map();
    for (const entry of TRADITIONAL.split('|')) {
      const [from, to] = entry.split(' ');
      if (from && to && from.length === 1 && to.length === 1) simplified.set(from, to);
    }
  }
  const ch = String.fromCharCode(code);
  const nfkc = ENCLOSED.test(ch) || (code >= 0xd800 && code <= 0xdfff) ? ch : ch.normalize('NFKC');
  let folded = nfkc.length === 1 ? nfkc : ch;
  if (/\s/.test(folded)) folded = ' ';
  folded = simplified.get(folded) ?? folded;
  return (TABLE[code] = folded.charCodeAt(0));
}

// made on first use: an ICU converter costs milliseconds at start-up
let utf16: TextDecoder | null = null;
const SHORT = 4096;
const SCRATCH = new Uint16Array(SHORT);
// Up to this many changed characters the result is built from slices (most lines change a few punctuation
// marks); beyond, code by code in an array: a string per change would be slower.
const FEW = 32;

/** The folded form of `text`: the same length, offsets unchanged. Text that folds to itself is returned as it is. */
export function fold(text: string): string {
  let out = '';
  let from = 0;
  let changes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    const to = TABLE[code] || lookUp(code);
    if (to === code) continue;
    if (++changes > FEW) return foldAll(text);
    out += text.slice(from, i) + String.fromCharCode(to);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

function foldAll(text: string): string {
  const out = text.length <= SHORT ? SCRATCH.subarray(0, text.length) : new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[i] = code < 0x80 ? code : TABLE[code] || lookUp(code);
  }
  // short lines are built directly; a long one (a flattened notice) through the decoder, which has no argument limit
  return text.length <= SHORT
    ? String.fromCharCode.apply(null, out as unknown as number[])
    : (utf16 ??= new TextDecoder('utf-16le')).decode(out);
}
