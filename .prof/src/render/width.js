// The width of text in a terminal's columns: CJK characters and full-width forms take two.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
export function displayWidth(text) {
    let w = 0;
    for (const ch of text)
        w += WIDE.test(ch) ? 2 : 1;
    return w;
}
/** Pads `text` with spaces to `width` columns (at least one space). */
export function padDisplay(text, width) {
    return text + ' '.repeat(Math.max(1, width - displayWidth(text)));
}
