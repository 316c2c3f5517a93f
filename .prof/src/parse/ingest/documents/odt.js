// The OpenDocument reader (.odt: a zip whose content.xml holds the text).
// Guarantees: paragraphs and headings in order, each list item with the
// marker its list style draws (一、 1. （1）); tables as tab-separated rows
// with spanned cells expanded; footnotes after the body. Annotations and
// tracked deletions are not text of the notice.
import { InputError } from '../../decode.js';
import { formatCounter } from './numbering.js';
import { numberNotes, numberParagraphs } from './extracted.js';
import { cellText, TableGrid } from '../table.js';
import { walkXml } from './xml.js';
const HIDDEN = new Set(['office:annotation', 'text:tracked-changes', 'text:note-citation', 'text:sequence-decls']);
export async function readOdt(pkg) {
    const content = await pkg.text('content.xml');
    if (content === null)
        throw new InputError('the archive is not an OpenDocument text (it has no content.xml)');
    const styles = new Map();
    readListStyles((await pkg.text('styles.xml')) ?? '', 'styles.xml', styles);
    readListStyles(content, 'content.xml', styles);
    return numberParagraphs(readContent(content, styles));
}
function readListStyles(xml, part, styles) {
    let levels = null;
    if (xml === '')
        return;
    walkXml(xml, part, {
        open(name, a) {
            if (name === 'text:list-style')
                styles.set(a['style:name'] ?? '', (levels = new Map()));
            else if (name === 'text:list-level-style-number' && levels)
                levels.set(Number(a['text:level'] ?? 1), {
                    format: a['style:num-format'] ?? '1',
                    prefix: a['style:num-prefix'] ?? '',
                    suffix: a['style:num-suffix'] ?? '',
                    start: Number(a['text:start-value'] ?? 1) || 1,
                    display: Number(a['text:display-levels'] ?? 1) || 1,
                });
        },
        close(name) {
            if (name === 'text:list-style')
                levels = null;
        },
    });
}
function readContent(xml, styles) {
    const body = [];
    const notes = [];
    const paragraphs = [];
    const lists = [];
    const counters = new Map();
    const tables = [];
    let hidden = 0;
    let notesOpen = 0;
    let pendingMarker = '';
    let inBody = false;
    const emit = (text) => {
        const cell = tables.at(-1)?.cell;
        if (cell)
            cell.texts.push(text);
        else
            (notesOpen ? notes : body).push({ text });
    };
    const append = (text) => {
        if (paragraphs.length > 0 && !hidden)
            paragraphs[paragraphs.length - 1] += text;
    };
    walkXml(xml, 'content.xml', {
        open(name, a) {
            if (name === 'office:body')
                inBody = true;
            if (!inBody)
                return;
            if (HIDDEN.has(name))
                hidden++;
            switch (name) {
                case 'text:note-body':
                    notesOpen++;
                    break;
                case 'text:list': {
                    const style = a['text:style-name'] ?? lists.at(-1)?.style ?? '';
                    if (lists.length === 0 && a['text:continue-numbering'] !== 'true' && !a['text:continue-list'])
                        counters.delete(style);
                    lists.push({ style });
                    break;
                }
                case 'text:list-item': {
                    const list = lists.at(-1);
                    if (!list)
                        break;
                    const levels = styles.get(list.style);
                    const depth = lists.length;
                    const counts = counters.get(list.style) ?? [];
                    counters.set(list.style, counts);
                    const start = Number(a['text:start-value'] ?? 0);
                    counts[depth - 1] = start > 0 ? start : (counts[depth - 1] ?? (levels?.get(depth)?.start ?? 1) - 1) + 1;
                    counts.length = depth;
                    const level = levels?.get(depth);
                    if (!level)
                        break;
                    const shown = [];
                    for (let d = Math.max(1, depth - level.display + 1); d <= depth; d++)
                        shown.push(formatCounter(counts[d - 1] ?? 1, levels?.get(d)?.format ?? level.format));
                    pendingMarker = level.prefix + shown.join('.') + level.suffix;
                    break;
                }
                case 'text:p':
                case 'text:h':
                    paragraphs.push(pendingMarker);
                    pendingMarker = '';
                    break;
                case 'text:s':
                    append(' '.repeat(Math.min(Number(a['text:c'] ?? 1) || 1, 100)));
                    break;
                case 'text:tab':
                    append(' ');
                    break;
                case 'text:line-break':
                    append('\n');
                    break;
                case 'table:table':
                    tables.push({ grid: new TableGrid(), cell: null });
                    break;
                case 'table:table-row':
                    tables.at(-1)?.grid.startRow();
                    break;
                case 'table:table-cell': {
                    const table = tables.at(-1);
                    if (table)
                        table.cell = {
                            texts: [],
                            rows: Number(a['table:number-rows-spanned'] ?? 1),
                            columns: Number(a['table:number-columns-spanned'] ?? 1),
                        };
                    break;
                }
            }
        },
        text(text) {
            if (inBody)
                append(text);
        },
        close(name) {
            if (!inBody)
                return;
            switch (name) {
                case 'office:body':
                    inBody = false;
                    break;
                case 'text:note-body':
                    notesOpen--;
                    break;
                case 'text:list':
                    lists.pop();
                    break;
                case 'text:p':
                case 'text:h':
                    emit(paragraphs.pop() ?? '');
                    break;
                case 'table:table-cell': {
                    const table = tables.at(-1);
                    const cell = table?.cell;
                    if (!table || !cell)
                        break;
                    const text = cellText(cell.texts);
                    table.grid.add({ text, line: 1, column: 1 }, cell.rows, cell.columns);
                    table.cell = null;
                    break;
                }
                case 'table:table': {
                    const table = tables.pop();
                    for (const line of table.grid.lines())
                        emit(line.text);
                    break;
                }
                default:
                    if (HIDDEN.has(name))
                        hidden--;
            }
        },
    });
    return [...body, ...numberNotes(notes)];
}
