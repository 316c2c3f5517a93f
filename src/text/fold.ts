// The folded form of text, on which the lexer and every reader match their
// patterns and vocabulary, while the model keeps the text as written.
// Folding is per character and keeps the length (in UTF-16 units), so an
// offset in the folded text is the same offset in the original:
//   traditional -> simplified (OpenCC's character table: 責任單位 -> 责任单位),
//   full-width and compatibility forms -> their NFKC form when that is one
//   character (１．-> 1.  （１）-> (1)  ％ -> %  ﹝﹞ -> 〔〕), other spaces -> ' '.
// Enclosed forms (① ⑴ ⒈ ㈠) are left as they are: the patterns name them. Invisible characters are removed by line repair.
import TRADITIONAL from 'opencc-js/dict/TSCharacters';

const SIMPLIFIED = new Map<string, string>();
for (const entry of TRADITIONAL.split('|')) {
  const [from, to] = entry.split(' ');
  if (from && to && from.length === 1 && to.length === 1) SIMPLIFIED.set(from, to);
}

const FOLDED = new Map<string, string>();

// ① ⑴ ⒈ …: markers of their own, which NFKC would make plain digits.
const ENCLOSED = /[\u2460-\u24ff\u3200-\u32ff]/;

function foldChar(ch: string): string {
  let folded = FOLDED.get(ch);
  if (folded !== undefined) return folded;
  const nfkc = ENCLOSED.test(ch) ? ch : ch.normalize('NFKC');
  folded = nfkc.length === 1 ? nfkc : ch;
  if (/\s/.test(folded)) folded = ' ';
  folded = SIMPLIFIED.get(folded) ?? folded;
  FOLDED.set(ch, folded);
  return folded;
}

/** The folded form of `text`: the same length, offsets unchanged. ASCII is returned as it is. */
export function fold(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80 || (code >= 0xd800 && code <= 0xdfff)) continue;
    const ch = text[i]!;
    const folded = foldChar(ch);
    if (folded === ch) continue;
    out += text.slice(from, i) + folded;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
