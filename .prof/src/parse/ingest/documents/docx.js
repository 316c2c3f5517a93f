// The Word reader (.docx, Office Open XML). Guarantees: the body's
// paragraphs in order, each with the marker Word's automatic numbering draws
// before it (一、 （一） 1.), which the text itself does not hold; tables as
// tab-separated rows with merged cells expanded; text boxes as paragraphs of
// their own; footnotes after the body. Deleted revisions, field codes and
// the pages' running headers and footers (page numbers) are not text of the notice.
import { InputError } from '../../decode.js';
import { formatCounter } from './numbering.js';
import { numberNotes, numberParagraphs } from './extracted.js';
import { cellText, TableGrid } from '../table.js';
import { walkXml } from './xml.js';
// Elements whose text is not the document's: deleted revisions, field instructions, the fallback copy of a drawing.
const HIDDEN = new Set(['w:del', 'w:instrText', 'w:delText', 'mc:Fallback', 'w:footnoteReference', 'w:endnoteReference']);
export async function readDocx(pkg) {
    if (!pkg.has('word/document.xml'))
        throw new InputError('the archive is not a Word document (it has no word/document.xml)');
    const numbering = readNumbering((await pkg.text('word/numbering.xml')) ?? '');
    const styles = readStyles((await pkg.text('word/styles.xml')) ?? '');
    const paragraphs = readBody(await pkg.required('word/document.xml'), 'word/document.xml', numbering, styles);
    const footnotes = readBody((await pkg.text('word/footnotes.xml')) ?? '', 'word/footnotes.xml', numbering, styles, 'w:footnote');
    return numberParagraphs([...paragraphs, ...numberNotes(footnotes)]);
}
function readNumbering(xml) {
    const abstracts = new Map();
    const nums = new Map();
    let levels = null;
    let level = null;
    let num = null;
    let overrideLevel = 0;
    if (xml === '')
        return { abstracts, nums };
    walkXml(xml, 'word/numbering.xml', {
        open(name, a) {
            const val = a['w:val'] ?? '';
            if (name === 'w:abstractNum')
                abstracts.set(a['w:abstractNumId'] ?? '', (levels = new Map()));
            else if (name === 'w:lvl' && levels)
                levels.set(Number(a['w:ilvl'] ?? 0), (level = { start: 1, format: 'decimal', text: '', legal: false }));
            else if (name === 'w:start' && level)
                level.start = Number(val) || 0;
            else if (name === 'w:numFmt' && level)
                level.format = val;
            else if (name === 'w:lvlText' && level)
                level.text = val;
            else if (name === 'w:isLgl' && level)
                level.legal = val !== '0' && val !== 'false';
            else if (name === 'w:num')
                nums.set(a['w:numId'] ?? '', (num = { abstractId: '', starts: new Map() }));
            else if (name === 'w:abstractNumId' && num)
                num.abstractId = val;
            else if (name === 'w:lvlOverride')
                overrideLevel = Number(a['w:ilvl'] ?? 0);
            else if (name === 'w:startOverride' && num)
                num.starts.set(overrideLevel, Number(val) || 0);
        },
        close(name) {
            if (name === 'w:abstractNum')
                levels = null;
            else if (name === 'w:lvl')
                level = null;
            else if (name === 'w:num')
                num = null;
        },
    });
    return { abstracts, nums };
}
function readStyles(xml) {
    const styles = new Map();
    let style = null;
    if (xml === '')
        return styles;
    walkXml(xml, 'word/styles.xml', {
        open(name, a) {
            if (name === 'w:style')
                styles.set(a['w:styleId'] ?? '', (style = {}));
            else if (!style)
                return;
            else if (name === 'w:basedOn')
                style.basedOn = a['w:val'];
            else if (name === 'w:numId')
                style.numId = a['w:val'];
            else if (name === 'w:ilvl')
                style.level = Number(a['w:val'] ?? 0);
        },
        close(name) {
            if (name === 'w:style')
                style = null;
        },
    });
    return styles;
}
/** The counters of Word's lists, and the marker each numbered paragraph gets. */
class Counters {
    numbering;
    counters = new Map();
    constructor(numbering) {
        this.numbering = numbering;
    }
    marker(numId, level) {
        const num = this.numbering.nums.get(numId);
        const levels = num && this.numbering.abstracts.get(num.abstractId);
        const definition = levels?.get(level);
        if (!num || !levels || !definition)
            return '';
        // a list that restarts its numbering counts on its own; others continue their abstract list
        const key = num.starts.size > 0 ? `num:${numId}` : `abstract:${num.abstractId}`;
        const counts = this.counters.get(key) ?? [];
        this.counters.set(key, counts);
        const startOf = (l) => num.starts.get(l) ?? levels.get(l)?.start ?? 1;
        counts[level] = (counts[level] ?? startOf(level) - 1) + 1;
        counts.length = level + 1; // deeper levels start again
        if (definition.format === 'bullet')
            return '';
        return definition.text.replace(/%([1-9])/g, (_, k) => {
            const l = Number(k) - 1;
            const format = definition.legal ? 'decimal' : (levels.get(l)?.format ?? 'decimal');
            return formatCounter(counts[l] ?? startOf(l), format);
        });
    }
}
/** The paragraphs of a story (the body, or each footnote of footnotes.xml when `unit` names the footnote element). */
function readBody(xml, part, numbering, styles, unit) {
    const out = [];
    if (xml === '')
        return out;
    const counters = new Counters(numbering);
    const paragraphs = [];
    const tables = [];
    let hidden = 0;
    let inText = false;
    let runs = 0;
    let skipUnit = false;
    let unitTexts = [];
    const emit = (text) => {
        const cell = tables.at(-1)?.cell;
        if (cell)
            cell.texts.push(text);
        else if (unit)
            unitTexts.push(text);
        else
            out.push({ text });
    };
    walkXml(xml, part, {
        open(name, a) {
            if (HIDDEN.has(name))
                hidden++;
            const paragraph = paragraphs.at(-1);
            switch (name) {
                case 'w:p':
                    paragraphs.push({ text: '' });
                    break;
                case 'w:pStyle':
                    if (paragraph)
                        paragraph.style = a['w:val'];
                    break;
                case 'w:numId':
                    if (paragraph && runs === 0)
                        paragraph.numId = a['w:val'];
                    break;
                case 'w:ilvl':
                    if (paragraph && runs === 0)
                        paragraph.level = Number(a['w:val'] ?? 0);
                    break;
                case 'w:r':
                    runs++;
                    break;
                case 'w:t':
                    inText = true;
                    break;
                case 'w:tab':
                    if (runs > 0 && paragraph && !hidden)
                        paragraph.text += ' ';
                    break;
                case 'w:br':
                case 'w:cr':
                    if (runs > 0 && paragraph && !hidden)
                        paragraph.text += '\n';
                    break;
                case 'w:noBreakHyphen':
                    if (paragraph && !hidden)
                        paragraph.text += '-';
                    break;
                case 'w:tbl':
                    tables.push({ grid: new TableGrid(), cell: null });
                    break;
                case 'w:tr':
                    tables.at(-1)?.grid.startRow();
                    break;
                case 'w:tc': {
                    const table = tables.at(-1);
                    if (table)
                        table.cell = { texts: [], colSpan: 1, merge: null };
                    break;
                }
                case 'w:gridSpan': {
                    const cell = tables.at(-1)?.cell;
                    if (cell)
                        cell.colSpan = Number(a['w:val'] ?? 1);
                    break;
                }
                case 'w:vMerge': {
                    const cell = tables.at(-1)?.cell;
                    if (cell)
                        cell.merge = a['w:val'] === 'restart' ? 'restart' : 'continue';
                    break;
                }
                default:
                    if (name === unit) {
                        const type = a['w:type'];
                        skipUnit = type === 'separator' || type === 'continuationSeparator' || type === 'continuationNotice';
                        unitTexts = [];
                    }
            }
        },
        text(text) {
            const paragraph = paragraphs.at(-1);
            if (inText && !hidden && paragraph)
                paragraph.text += text;
        },
        close(name) {
            switch (name) {
                case 'w:t':
                    inText = false;
                    break;
                case 'w:r':
                    runs--;
                    break;
                case 'w:p': {
                    const paragraph = paragraphs.pop();
                    // a paragraph of a fallback copy or a deletion is not the document's
                    if (hidden > 0)
                        break;
                    const style = paragraph.style === undefined ? undefined : styleNumbering(styles, paragraph.style);
                    const numId = paragraph.numId ?? style?.numId;
                    const marker = numId && numId !== '0' ? counters.marker(numId, paragraph.level ?? style?.level ?? 0) : '';
                    emit(marker + paragraph.text);
                    break;
                }
                case 'w:tc': {
                    const table = tables.at(-1);
                    const cell = table?.cell;
                    if (!table || !cell)
                        break;
                    if (cell.merge === 'continue')
                        table.grid.continueAbove(cell.colSpan);
                    else {
                        const text = cellText(cell.texts);
                        table.grid.add({ text, line: 1, column: 1 }, 1, cell.colSpan);
                    }
                    table.cell = null;
                    break;
                }
                case 'w:tbl': {
                    const table = tables.pop();
                    for (const line of table.grid.lines())
                        emit(line.text);
                    break;
                }
                default:
                    if (HIDDEN.has(name))
                        hidden--;
                    if (name === unit && !skipUnit)
                        out.push({ text: unitTexts.join('') });
            }
        },
    });
    return out;
}
/** A paragraph style's numbering, inherited along basedOn (a cycle ends the search). */
function styleNumbering(styles, id) {
    const seen = new Set();
    const found = {};
    for (let style = styles.get(id); style && !seen.has(id); style = style.basedOn ? styles.get((id = style.basedOn)) : undefined) {
        seen.add(id);
        found.numId ??= style.numId;
        found.level ??= style.level;
    }
    return found;
}
