// Redlines: what changed between two texts, sentence by sentence and, inside
// a reworded sentence, character by character.
import { diffArrays, diffChars } from 'diff';
import { similarity } from '../text/similarity.js';
export function charDiff(a, b) {
    return diffChars(a, b).map((p) => ({ op: p.added ? 'insert' : p.removed ? 'delete' : 'equal', text: p.value }));
}
const SENTENCE = /(?<=[。；！？\n])/;
const SIMILAR_SENTENCE = 0.5;
/**
 * A redline of two paragraphs: sentence by sentence, and character by
 * character only inside a sentence that was reworded, so that a rewritten
 * paragraph does not dissolve into scattered characters.
 */
export function textDiff(a, b) {
    const out = [];
    const push = (op, text) => {
        const last = out[out.length - 1];
        if (last && last.op === op)
            last.text += text;
        else if (text)
            out.push({ op, text });
    };
    const parts = diffArrays(a.split(SENTENCE), b.split(SENTENCE));
    for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        const next = parts[i + 1];
        if (part.removed && next?.added) {
            const xs = part.value;
            const ys = next.value;
            for (let k = 0; k < Math.max(xs.length, ys.length); k++) {
                const x = xs[k];
                const y = ys[k];
                if (x !== undefined && y !== undefined && similarity(x, y) >= SIMILAR_SENTENCE) {
                    for (const seg of charDiff(x, y))
                        push(seg.op, seg.text);
                }
                else {
                    if (x !== undefined)
                        push('delete', x);
                    if (y !== undefined)
                        push('insert', y);
                }
            }
            i++;
        }
        else {
            push(part.added ? 'insert' : part.removed ? 'delete' : 'equal', part.value.join(''));
        }
    }
    return out;
}
