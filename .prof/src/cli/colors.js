// Colour as the conventions of node CLIs have it: --color and --no-color
// first, then FORCE_COLOR (0 or false: none; 1–3: that many colours), then
// NO_COLOR (https://no-color.org), else only on a terminal. Files never get colour.
import { Chalk } from 'chalk';
let choice;
/** --color (true) or --no-color (false); undefined leaves it to the environment. */
export function chooseColor(color) {
    choice = color;
}
function level(stream) {
    if (choice !== undefined)
        return choice ? 1 : 0;
    const force = process.env.FORCE_COLOR;
    if (force !== undefined) {
        if (force === '0' || force === 'false')
            return 0;
        return force === '2' || force === '3' ? Number(force) : 1;
    }
    if (process.env.NO_COLOR)
        return 0;
    return stream.isTTY === true ? 1 : 0;
}
/** Colours for output to `stream`; none for a file (null). */
export function colorsFor(stream) {
    return new Chalk({ level: stream ? level(stream) : 0 });
}
