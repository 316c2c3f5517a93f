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
// The simplified code of each traditional one (0: none), read from OpenCC's table on first use.
let simplified: Uint16Array | null = null;

/** OpenCC's "繁 简|…" entries of one BMP character to one; where an entry offers several, the first. */
function readSimplified(): Uint16Array {
  const table = new Uint16Array(0x10000);
  // scanned in place: splitting its ~4,000 entries into strings cost ~10 ms of every start-up
  for (let start = 0; start < TRADITIONAL.length;) {
    let end = TRADITIONAL.indexOf('|', start);
    if (end < 0) end = TRADITIONAL.length;
    const after = start + 3;
    const oneToOne = TRADITIONAL.charCodeAt(start + 1) === 0x20 && (after === end || TRADITIONAL.charCodeAt(after) === 0x20);
    if (oneToOne) table[TRADITIONAL.charCodeAt(start)] = TRADITIONAL.charCodeAt(start + 2);
    start = end + 1;
  }
  return table;
}

const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;

function lookUp(code: number): number {
  simplified ??= readSimplified();
  const ch = String.fromCharCode(code);
  const nfkc = ENCLOSED.test(ch) || isSurrogate(code) ? ch : ch.normalize('NFKC');
  let folded = nfkc.length === 1 ? nfkc.charCodeAt(0) : code;
  if (/\s/.test(String.fromCharCode(folded))) folded = 0x20;
  return (TABLE[code] = simplified[folded] || folded);
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
