// A task-division table printed without rules (a PDF's 任务分工表), rebuilt
// from where its text stands. After the table's title, each block of lines
// under a header row (项目 要点 牵头单位 配合单位, the words of
// data/roles.json) is cut into columns where the starts of its text runs
// gather, and into rows where the task column starts a numbered item; the
// lines of a wrapped cell join their row. Guarantees: the region's rows as
// tab-separated lines, the form of every other format's tables; a block whose
// columns cannot be told is left as printed lines. No text is dropped.
import roles from '../../../../data/roles.json' with { type: 'json' };
import { CC, CHAPTER, ITEM, PRINTED, PUBLICITY, RELATED, SECTION, TASK_TABLE_TITLE } from '../../../../grammars/patterns.js';
import { fold } from '../../../text/fold.js';
import { appendAll } from '../../../text/text.js';
// Runs further apart than this many ems are different cells.
const CELL_GAP = 0.5;
// Run starts within this many ems are one column's.
const COLUMN_TOLERANCE = 0.4;
const HEADER_WORDS = Object.values(roles.tableColumns).flat();
const POINT_WORDS = roles.tableColumns.point;
const LONGEST_FIRST = [...HEADER_WORDS].sort((a, b) => b.length - a.length);
/** How a line reads as header text: `words` when it holds a column name, `only` when it holds nothing else (a name split over lines: 牵头单 / 位). */
function headerText(text) {
    let rest = text.replace(/\s+/g, '');
    const whole = rest.length;
    for (const word of LONGEST_FIRST)
        rest = rest.split(word).join('');
    return { words: rest.length < whole, only: rest === '' || HEADER_WORDS.some((word) => word.includes(rest)) };
}
/** The rows of the task tables among `lines` (in reading order), keyed by the first printed line of each; empty when there is no table title. */
export function rebuildTables(lines) {
    const rows = new Map();
    const title = lines.findIndex((l) => TASK_TABLE_TITLE.test(fold(l.text)));
    if (title < 0)
        return rows;
    let block = [];
    let header = [];
    // lines after a heading and before a header: the first lines of a header whose cells wrap (牵头单 / 位)
    let pending = [];
    let state = 'before';
    const flush = () => {
        if (header.length > 0 && block.length > 0)
            for (const row of readBlock(header, block))
                rows.set(row.lines[0], row);
        [header, block, pending, state] = [[], [], [], 'before'];
    };
    // lines that are pieces of header cells (牵头单 above 项目 要点 配合单位): the header's if a header line follows
    let pieces = [];
    for (const line of lines.slice(title + 1)) {
        const folded = fold(line.text);
        // the footer (公开方式, 抄送, 印发) ends the tables
        if ([PUBLICITY, CC, RELATED, PRINTED].some((element) => element.test(folded)))
            break;
        const cells = itemsOf(line).filter((item) => item.opens).length;
        const heading = headerText(line.text);
        if ((CHAPTER.test(folded) || SECTION.test(folded)) && cells === 1) {
            flush();
            pieces = [];
        }
        else if (state !== 'header' && heading.words && heading.only) {
            const before = [...pending, ...pieces];
            flush();
            header = [...before, line];
            state = 'header';
            pieces = [];
        }
        else if (state === 'header' && heading.only)
            header.push(line);
        else if (heading.only)
            pieces.push(line);
        else {
            if (state === 'before')
                appendAll(pending, [...pieces, line]);
            else {
                state = 'rows';
                appendAll(block, [...pieces, line]);
            }
            pieces = [];
        }
    }
    flush();
    return rows;
}
/** The line's printed items with where each cell could start: the first item, and every item after a gap. */
function itemsOf(line) {
    const items = [];
    for (const run of line.runs.flatMap(words)) {
        const last = items.at(-1);
        items.push({ ...run, opens: !last || run.x - last.right > CELL_GAP * line.size });
    }
    return items;
}
/** An item's words: a space in a text item may stand between two cells (。 区人社), so each word is placed by its share of the item's width; a space item bridges nothing. */
function words(run) {
    const characters = [...run.text];
    const advance = (run.right - run.x) / Math.max(characters.length, 1);
    const out = [];
    for (const match of run.text.matchAll(/\S+/g)) {
        const start = [...run.text.slice(0, match.index)].length;
        const length = [...match[0]].length;
        out.push({ x: run.x + start * advance, right: run.x + (start + length) * advance, text: match[0] });
    }
    return out;
}
/** The line's text by column: each item goes to the column it starts in. */
function cellsByColumn(line, starts, size) {
    const cells = starts.map(() => '');
    for (const item of itemsOf(line)) {
        let column = 0;
        starts.forEach((start, i) => (item.x + COLUMN_TOLERANCE * size >= start ? (column = i) : undefined));
        cells[column] += item.text;
    }
    return cells;
}
/** One table under its header: columns where its cells start, rows around the numbered items of the task column. */
function readBlock(header, block) {
    const size = header[0].size;
    const headerStarts = columnStarts(header, size);
    const headerCells = headerStarts.map(() => '');
    for (const line of header)
        cellsByColumn(line, headerStarts, size).forEach((text, i) => (headerCells[i] += text));
    const key = headerCells.findIndex((text) => POINT_WORDS.includes(text));
    // a column none of whose cells open a line of the block (a short group column) starts where its header does
    const found = columnStarts(block, size, headerCells.length);
    const starts = [...found, ...headerStarts.filter((x) => found.every((f) => Math.abs(f - x) > 2 * size))].sort((a, b) => a - b);
    if (starts.length !== headerCells.length || key < 0)
        return [];
    // each column's pieces, top to bottom
    const pieces = starts.map(() => []);
    for (const line of block)
        cellsByColumn(line, starts, size).forEach((text, column) => text && pieces[column].push({ y: line.y, line: line.number, text }));
    // the task column's cells open at its numbered items: one row each
    const rows = [];
    for (const piece of pieces[key]) {
        if (ITEM.test(fold(piece.text)) || rows.length === 0)
            rows.push({ top: piece.y, bottom: piece.y, cells: starts.map(() => ''), lines: [] });
        const row = rows.at(-1);
        row.bottom = piece.y;
        row.cells[key] += piece.text;
        row.lines.push(piece.line);
    }
    if (rows.length === 0)
        return [];
    // a cell is a column's run of lines set as one paragraph; cells are centred on their row, so each goes to the nearest row
    const pitch = linePitch(pieces[key], size);
    pieces.forEach((column, c) => {
        if (c === key)
            return;
        for (const cell of cellsOf(column, pitch)) {
            const middle = (cell[0].y + cell.at(-1).y) / 2;
            const row = rows.reduce((best, r) => Math.abs((r.top + r.bottom) / 2 - middle) < Math.abs((best.top + best.bottom) / 2 - middle) ? r : best);
            for (const piece of cell) {
                row.cells[c] += piece.text;
                row.lines.push(piece.line);
            }
        }
    });
    const rebuilt = rows.map((r) => ({ text: r.cells.join('\t'), lines: [...new Set(r.lines)].sort((a, b) => a - b) }));
    return [{ text: headerCells.join('\t'), lines: header.map((l) => l.number) }, ...rebuilt];
}
/** The distance between the lines of one cell: the commonest small step down the task column. */
function linePitch(pieces, size) {
    const steps = pieces
        .slice(1)
        .map((p, i) => p.y - pieces[i].y)
        .filter((step) => step > 0 && step < 2 * size)
        .sort((a, b) => a - b);
    return steps[Math.floor(steps.length / 2)] ?? 1.4 * size;
}
/** A column's pieces cut into cells where the gap between lines is wider than the lines of one cell keep. */
function cellsOf(pieces, pitch) {
    const cells = [];
    for (const piece of pieces) {
        const cell = cells.at(-1);
        if (cell && piece.y - cell.at(-1).y <= 1.1 * pitch)
            cell.push(piece);
        else
            cells.push([piece]);
    }
    return cells;
}
/**
 * Where the columns start: the places cells start gather; with `count`, only
 * the `count` places where most cells start (a cell centred or set off by a
 * gap inside its column starts a stray group that is no column).
 */
function columnStarts(lines, size, count = Infinity) {
    const opens = lines
        .flatMap((line) => itemsOf(line).filter((item) => item.opens))
        .map((item) => item.x)
        .sort((a, b) => a - b);
    const groups = [];
    for (const x of opens) {
        const group = groups.at(-1);
        if (group && x - group.last <= COLUMN_TOLERANCE * size)
            [group.last, group.count] = [x, group.count + 1];
        else
            groups.push({ x, last: x, count: 1 });
    }
    return groups
        .sort((a, b) => b.count - a.count || a.x - b.x)
        .slice(0, count)
        .map((g) => g.x)
        .sort((a, b) => a - b);
}
