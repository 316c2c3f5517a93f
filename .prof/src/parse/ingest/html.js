import { createRequire } from 'node:module';
import { unified } from 'unified';
import { isMetadataLine } from '../../../grammars/patterns.js';
import { TableGrid, withoutSpaces } from './table.js';
import { appendAll } from '../../text/text.js';
// parse5 costs some 60 ms to load: loaded when a page is read, so that a text notice starts as fast as before
const load = createRequire(import.meta.url);
let parser;
function htmlParser() {
    return (parser ??= unified().use(load('rehype-parse').default));
}
// Markup without text of the page: never read.
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'canvas', 'svg', 'object', 'select', 'button']);
// Elements that start a line of their own (the rest flow inline).
const BLOCKS = new Set(('address article aside blockquote body caption center dd details dialog dir div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre section summary table tbody td tfoot th thead title tr ul').split(' '));
// Paragraphs whatever they hold; a div, cell or section is a paragraph when it holds no block of its own.
const PARAGRAPHS = new Set(['p', 'li', 'dd', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'blockquote', 'caption']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const TOP = new Set(['html', 'body']);
// The article widens to its ancestors while they add no more than this many characters in all: a title and a date line, not the site.
const MAX_WIDENING = 200;
export function readHtml(text) {
    const tree = htmlParser().parse(text);
    const article = findArticle(tree);
    const reader = new LineWriter();
    walk(tree.children, reader, article === null, article);
    reader.end();
    return reader.lines;
}
/** Gathers text into lines, each starting at the input position of its first character. */
class LineWriter {
    lines = [];
    text = '';
    line = 0;
    column = 0;
    heading = false;
    outside = false;
    add(value, line, column) {
        // a line break between text (a legal database's export) is one; at a node's edge it is the source's indentation
        const leading = /^[ \t]*[\r\n]\s*/.exec(value)?.[0] ?? '';
        if (leading)
            [line, column] = [line + (leading.match(/\r\n|\r|\n/g)?.length ?? 0), 1];
        value = value.slice(leading.length);
        // trailing white space holding a line break is one space (read from the end: a regex from each start is quadratic)
        const body = value.trimEnd();
        if (/[\r\n]/.test(value.slice(body.length)))
            value = `${body} `;
        if (leading && this.text !== '')
            value = ' ' + value;
        value.split(/\r\n|\r|\n/).forEach((part, i) => {
            if (i > 0)
                this.end();
            if (part === '')
                return;
            if (this.text === '')
                [this.line, this.column] = i === 0 ? [line, column] : [line + i, 1];
            // a tab in a page is white space; tabs separate the cells of the rows read from tables
            this.text += part.replace(/[\t\f\v]/g, ' ');
        });
    }
    /** A line built whole (a table row). */
    addLine(value, line, column) {
        this.end();
        this.text = value;
        [this.line, this.column] = [line, column];
        this.end();
    }
    startHeading() {
        this.end();
        this.heading = true;
    }
    end() {
        if (this.text.trim() !== '') {
            const outside = this.outside && !isMetadataLine(withoutSpaces(this.text.trim()));
            this.lines.push({
                text: this.text,
                line: this.line,
                column: this.column,
                heading: this.heading,
                complete: true,
                ...(outside ? { outside } : {}),
            });
        }
        this.text = '';
        this.heading = false;
    }
}
function walk(nodes, out, inside, article) {
    for (const node of nodes) {
        if (node.type === 'text') {
            out.outside = !inside;
            const start = node.position?.start;
            out.add(node.value, start?.line ?? 1, start?.column ?? 1);
        }
        else if (node.type === 'element') {
            element(node, out, inside || node === article, article);
        }
    }
}
function element(node, out, inside, article) {
    const tag = node.tagName;
    if (SKIPPED.has(tag))
        return;
    // what a reader never sees (a hidden print copy of the article) is recorded outside
    if (isHidden(node))
        inside = false;
    if (tag === 'br')
        return out.end();
    if (tag === 'table' && isDataTable(node)) {
        out.outside = !inside;
        return table(node, out);
    }
    if (HEADINGS.has(tag))
        out.startHeading();
    else if (BLOCKS.has(tag))
        out.end();
    walk(node.children, out, inside, article);
    if (BLOCKS.has(tag))
        out.end();
}
// A table of data: no table inside it and more than one column. A layout
// table (nested tables, or one cell a row framing the article) is read as blocks.
function isDataTable(node) {
    return !containsTable(node) && rows(node).some((row) => row.children.filter(isCell).length > 1);
}
function isCell(node) {
    return node.type === 'element' && (node.tagName === 'td' || node.tagName === 'th');
}
function isHidden(node) {
    const style = node.properties?.style;
    return node.properties?.hidden === true || (typeof style === 'string' && /display\s*:\s*none/i.test(style));
}
// Remembered per element: layout tables nest, and asking each of them afresh would rescan the nested ones.
const tableInside = new WeakMap();
function containsTable(node) {
    let found = tableInside.get(node);
    if (found === undefined) {
        found = node.children.some((c) => c.type === 'element' && (c.tagName === 'table' || containsTable(c)));
        tableInside.set(node, found);
    }
    return found;
}
/** A data table, written as label/value lines or tab-separated rows. */
function table(node, out) {
    const grid = new TableGrid();
    for (const row of rows(node)) {
        grid.startRow();
        for (const cell of row.children.filter(isCell)) {
            const start = cell.position?.start;
            grid.add({ text: cellText(cell), line: start?.line ?? 1, column: start?.column ?? 1 }, span(cell.properties?.rowSpan), span(cell.properties?.colSpan));
        }
    }
    for (const line of grid.lines())
        out.addLine(line.text, line.line, line.column);
}
function rows(node) {
    const out = [];
    for (const child of node.children) {
        if (child.type !== 'element')
            continue;
        if (child.tagName === 'tr')
            out.push(child);
        else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot')
            appendAll(out, rows(child));
    }
    return out;
}
function span(value) {
    return typeof value === 'number' ? value : Number(value);
}
/** A cell's text on one line: its paragraphs run together, white space collapsed. */
function cellText(cell) {
    // HTML's white space collapses; U+3000 and no-break spaces are text (标, two U+3000, 题)
    return textOf(cell)
        .replace(/[ \t\n\r\f]+/g, ' ')
        .trim();
}
function textOf(node) {
    let text = '';
    for (const child of node.children) {
        if (child.type === 'text')
            text += child.value;
        else if (child.type === 'element' && !SKIPPED.has(child.tagName))
            text += textOf(child);
    }
    return text;
}
/**
 * The article: the element whose paragraphs hold the most text (links not
 * counted), widened to its parent while that adds only a title or date line.
 * Null when the page has no such element (a fragment that is all article).
 */
function findArticle(tree) {
    let best = null;
    let bestScore = 0;
    const parents = new Map();
    const lengths = new Map();
    // one pass bottom-up: each element's text length, and each paragraph's text credited to its parent
    const measure = (node) => {
        let length = 0;
        let score = 0;
        let block = false;
        for (const child of node.children) {
            if (child.type === 'text') {
                const n = child.value.replace(/\s+/g, '').length;
                length += n;
                score += n;
            }
            else if (child.type === 'element' && !SKIPPED.has(child.tagName) && !isHidden(child)) {
                parents.set(child, node);
                const inner = measure(child);
                length += inner.length;
                const isBlock = BLOCKS.has(child.tagName);
                block ||= isBlock || inner.block;
                const paragraph = PARAGRAPHS.has(child.tagName) || !inner.block;
                if (paragraph && child.tagName !== 'a')
                    score += inner.length;
            }
        }
        lengths.set(node, length);
        // a custom element (<ucapcontent>) that holds paragraphs is a container too
        if ((BLOCKS.has(node.tagName) || block) && !TOP.has(node.tagName) && score > bestScore) {
            best = node;
            bestScore = score;
        }
        return { length, block };
    };
    for (const child of tree.children)
        if (child.type === 'element')
            measure(child);
    if (!best)
        return null;
    let article = best;
    const limit = lengths.get(best) + MAX_WIDENING;
    for (let parent = parents.get(article); parent && !TOP.has(parent.tagName); parent = parents.get(article)) {
        if (lengths.get(parent) > limit)
            break;
        article = parent;
    }
    // a block at the top of a fragment (no <body> written) is no container of a site's layout: the fragment is the article
    const parent = parents.get(article);
    return parent && (!TOP.has(parent.tagName) || parent.position) ? article : null;
}
