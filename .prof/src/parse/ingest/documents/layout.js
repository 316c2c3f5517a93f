// Text placed on pages (a PDF's text items, an OFD's text codes) -> the lines
// and paragraphs a reader sees. Items on one baseline form a line; a line in
// the top or bottom margin that is a page number (— 1 —, 第1页) or repeats on
// most pages (a running head) is furniture, kept as an outside line; the body
// lines join into paragraphs by geometry: a line that fills the measure runs
// on into the next unless that one is indented or set apart, across a page
// break too. Guarantees to line repair: every item's text, once, in reading
// order; source line N is the Nth printed line of the document.
import { LINE_START_ELEMENTS } from '../../../../grammars/patterns.js';
import { fold } from '../../../text/fold.js';
import { rebuildTables } from './layout-table.js';
import { appendAll } from '../../../text/text.js';
// The margins where page numbers and running heads stand, as shares of the page's height.
const HEAD_ZONE = 0.1;
const FOOT_ZONE = 0.12;
const PAGE_NUMBER = /^(?:[-—–－─]\s*)?(?:\d{1,4}|第\s*\d{1,4}\s*页(?:\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})(?:\s*[-—–－─])?$/;
const BULLET = /^[-•·●○■□◆◇▪]/;
// Han next to a Latin letter or digit: typesetters set a gap there (中西文间距), not a space of the text.
const HAN_LATIN_GAP = /(?<=[\u3400-\u9fff\u3000-\u303f\uff00-\uffef])[ \u00a0]+(?=[0-9A-Za-z%])|(?<=[0-9A-Za-z%])[ \u00a0]+(?=[\u3400-\u9fff\u3000-\u303f\uff00-\uffef])/g;
export function layoutPages(pages) {
    const printed = [];
    pages.forEach((page, i) => appendAll(printed, pageLines(page, i + 1, printed.length)));
    markFurniture(printed, pages);
    const body = printed.filter((l) => !l.furniture);
    const lines = [];
    const pitch = median(body.slice(1).flatMap((l, i) => (l.page === body[i].page && l.y > body[i].y ? [l.y - body[i].y] : [])));
    const measures = pages.map((_, i) => measure(body.filter((l) => l.page === i + 1)));
    // pages stacked, so that a table's rows go on across a page break
    const tableRows = rebuildTables(body.map((l) => ({ ...l, y: l.y + pages.slice(0, l.page - 1).reduce((h, p) => h + p.height, 0) })));
    const inRows = new Set([...tableRows.values()].flatMap((row) => row.lines));
    let paragraph = null;
    let previous = null;
    for (const line of printed) {
        if (line.furniture) {
            lines.push({ text: line.text, line: line.number, column: 1, heading: false, outside: true, page: line.page });
            continue;
        }
        const row = tableRows.get(line.number);
        if (row)
            lines.push({ text: row.text, line: line.number, column: 1, heading: false, page: line.page });
        if (inRows.has(line.number)) {
            paragraph = previous = null;
            continue;
        }
        if (paragraph && previous && runsOn(previous, line, measures, pitch))
            paragraph.text = joinText(paragraph.text, line.text);
        else
            lines.push((paragraph = { text: line.text, line: line.number, column: 1, heading: false, page: line.page }));
        previous = line;
    }
    return { lines, text: printed.map((l) => l.text).join('\n'), pages: printed.map((l) => l.page) };
}
/** A page's items grouped by baseline into lines, top to bottom, each read left to right. */
function pageLines(page, number, before) {
    const items = page.items.filter((item) => item.text !== '').sort((a, b) => a.y - b.y || a.x - b.x);
    const groups = [];
    for (const item of items) {
        const group = groups.at(-1);
        if (group && Math.abs(item.y - group[0].y) <= 0.4 * Math.max(item.size, group[0].size))
            group.push(item);
        else
            groups.push([item]);
    }
    // a line of only spaces prints nothing
    return groups
        .filter((group) => group.some((item) => item.text.trim() !== ''))
        .map((group, i) => {
        group.sort((a, b) => a.x - b.x);
        let text = '';
        let end = -Infinity;
        for (const item of group) {
            // a gap of more than a third of the type is a space the text layer did not write
            if (text !== '' && item.x - end > item.size / 3 && !/\s$/.test(text) && !/^\s/.test(item.text))
                text += ' ';
            text += item.text;
            end = Math.max(end, item.x + item.width);
        }
        const size = median(group.map((item) => item.size));
        return {
            text: text.replace(/\s+/g, ' ').trim().replace(HAN_LATIN_GAP, ''),
            runs: group.map((item) => ({ x: item.x, right: item.x + item.width, text: item.text })),
            page: number,
            x: group[0].x,
            right: end,
            y: group[0].y,
            size,
            number: before + i + 1,
            furniture: false,
        };
    });
}
/** Page numbers in the margins, and lines in the margins that recur on most pages (digits aside). */
function markFurniture(lines, pages) {
    const inMargin = (l) => {
        const height = pages[l.page - 1].height;
        return l.y < height * HEAD_ZONE || l.y > height * (1 - FOOT_ZONE);
    };
    const recurring = new Map();
    for (const l of lines) {
        if (!inMargin(l))
            continue;
        const key = l.text.replace(/\d+/g, '#');
        (recurring.get(key) ?? recurring.set(key, new Set()).get(key)).add(l.page);
    }
    const often = Math.max(3, Math.ceil(pages.length / 2));
    for (const l of lines) {
        if (!inMargin(l))
            continue;
        if (PAGE_NUMBER.test(l.text.replace(/\s+/g, '')) || recurring.get(l.text.replace(/\d+/g, '#')).size >= often)
            l.furniture = true;
    }
}
/** The page's text block: the left edge most lines start at, and the right edge full lines reach. */
function measure(lines) {
    if (lines.length === 0)
        return { left: 0, right: Infinity };
    const lefts = new Map();
    for (const l of lines)
        lefts.set(Math.round(l.x), (lefts.get(Math.round(l.x)) ?? 0) + 1);
    const left = [...lefts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
    const rights = lines.map((l) => l.right).sort((a, b) => a - b);
    return { left, right: rights[Math.floor(rights.length * 0.9)] };
}
/** Whether `next` continues the paragraph `line` ends: `line` is full, `next` is not indented, and nothing sets them apart. */
function runsOn(line, next, measures, pitch) {
    const here = measures[line.page - 1];
    const there = measures[next.page - 1];
    if (line.right < here.right - 1.5 * line.size)
        return false;
    if (next.x - there.left > 0.8 * next.size || Math.abs(next.size - line.size) > 0.15 * line.size)
        return false;
    if (startsElement(next.text))
        return false;
    // paragraph spacing shows as a wider gap than the lines of one paragraph keep
    if (next.page === line.page)
        return next.y > line.y && next.y - line.y <= 1.15 * (pitch || 1.5 * line.size);
    return next.page === line.page + 1;
}
/** A line that opens with a marker (一、 （一） 1.), a bullet or a line-start element (责任单位：) begins a paragraph even after a full line. */
function startsElement(text) {
    const folded = fold(text);
    return BULLET.test(folded) || LINE_START_ELEMENTS.some((element) => element.test(folded));
}
/** Two printed lines of one paragraph: Chinese runs on without a space; Latin words keep one. */
function joinText(a, b) {
    return /[A-Za-z0-9,.;:]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}
function median(values) {
    if (values.length === 0)
        return 0;
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
}
