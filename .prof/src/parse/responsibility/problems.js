import { diagnosticAt } from '../diagnostics.js';
// An entry of a list: the text between separators (、，,；;, tab, space), a trailing 。 or 等 left out.
const ENTRY = /[^、，,；;\t\s。]+?(?=$|[、，,；;\t\s。]|等)/g;
export function reportNameProblems(problems, line, diagnostics, where = '') {
    const entries = problems.length > 0 ? listEntries(line.text) : new Map();
    for (const p of problems) {
        const message = p.code === 'suspect-agency'
            ? `"${p.name}" is not a plausible agency name (OCR or extraction damage?)${where}; it is kept, marked suspect`
            : `"${p.name}" is named more than once${where}; it is kept once`;
        diagnostics.push(diagnosticAt(line, p.code, message, entries.get(p.raw) ?? Math.max(0, line.text.indexOf(p.raw))));
    }
}
/** Where each entry of the line's lists first stands (区域, not the 区域 inside 区域局局): one pass over the line. */
function listEntries(text) {
    const entries = new Map();
    for (const m of text.matchAll(ENTRY))
        if (!entries.has(m[0]))
            entries.set(m[0], m.index);
    return entries;
}
