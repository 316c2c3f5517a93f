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
let simplified = null;
function lookUp(code) {
    if (simplified === null) {
        simplified = new Map();
        for (const entry of TRADITIONAL.split('|')) {
            const [from, to] = entry.split(' ');
            if (from && to && from.length === 1 && to.length === 1)
                simplified.set(from, to);
        }
    }
    const ch = String.fromCharCode(code);
    const nfkc = ENCLOSED.test(ch) || (code >= 0xd800 && code <= 0xdfff) ? ch : ch.normalize('NFKC');
    let folded = nfkc.length === 1 ? nfkc : ch;
    if (/\s/.test(folded))
        folded = ' ';
    folded = simplified.get(folded) ?? folded;
    return (TABLE[code] = folded.charCodeAt(0));
}
// made on first use: an ICU converter costs milliseconds at start-up
let utf16 = null;
const SHORT = 4096;
/** The folded form of `text`: the same length, offsets unchanged. Text that folds to itself is returned as it is. */
export function fold(text) {
    let out = null;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code < 0x80) {
            if (out)
                out[i] = code;
            continue;
        }
        const to = TABLE[code] || lookUp(code);
        if (to !== code && !out) {
            out = new Uint16Array(text.length);
            for (let j = 0; j < i; j++)
                out[j] = text.charCodeAt(j);
        }
        if (out)
            out[i] = to;
    }
    if (!out)
        return text;
    // short lines are built directly; a long one (a flattened notice) through the decoder, which has no argument limit
    return out.length <= SHORT
        ? String.fromCharCode.apply(null, out)
        : (utf16 ??= new TextDecoder('utf-16le')).decode(out);
}
