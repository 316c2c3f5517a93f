import { displayWidth } from '../../render/width.js';
import { summarise } from './summary.js';
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
// a frame shows this many characters either side of the column: a flattened notice is one line of 100,000
const FRAME_BEFORE = 30;
const FRAME_AFTER = 40;
function codeFrame(f, c) {
    if (f.excerpt === null)
        return [];
    const gutter = `${f.line} | `;
    const shown = (text) => text.replace(/\t/g, '    ');
    const chars = [...f.excerpt];
    const at = Math.min(Math.max(0, f.column - 1), chars.length);
    const from = Math.max(0, at - FRAME_BEFORE);
    const to = Math.min(chars.length, at + FRAME_AFTER);
    const before = (from > 0 ? '…' : '') + shown(chars.slice(from, at).join(''));
    const frame = before + shown(chars.slice(at, to).join('')) + (to < chars.length ? '…' : '');
    return [c.dim(`    ${gutter}`) + frame, `    ${' '.repeat(gutter.length)}${' '.repeat(displayWidth(before))}${c.red('^')}`];
}
export const stylish = (results, { colors: c }) => {
    const out = [];
    const paint = { error: c.red, warning: c.yellow, info: c.blue };
    for (const r of results) {
        if (r.findings.length === 0)
            continue;
        out.push('', c.underline(r.file) + (r.model ? c.dim(` (read from ${r.model})`) : ''));
        for (const f of r.findings) {
            out.push(`  ${c.dim(`${f.line}:${f.column}`)}  ${paint[f.severity](f.severity)}  ${f.message}  ${c.dim(f.ruleId)}`);
            out.push(...codeFrame(f, c));
        }
    }
    const s = summarise(results);
    const problems = s.errors + s.warnings + s.infos;
    out.push('');
    if (problems === 0) {
        out.push(c.green(`✔ ${plural(s.files, 'file')} checked, no problems`));
    }
    else {
        const mark = s.errors ? c.red('✖') : c.yellow('⚠');
        out.push(`${mark} ${plural(problems, 'problem')} (${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}${s.infos ? `, ${s.infos} info` : ''}) in ${s.filesWithProblems} of ${plural(s.files, 'file')}`);
        for (const [rule, n] of Object.entries(s.byRule))
            out.push(`  ${String(n).padStart(5)}  ${rule}`);
    }
    return `${out.join('\n')}\n`;
};
