// A table of any format (an HTML <table>, a Word or OpenDocument table) as the
// lines the task-table and metadata readers take. Cells spanning rows are
// repeated in each row they cover, as a reader sees them; a cell spanning
// columns stands once in its row. A table whose every row alternates label
// cells (索 引 号：) and values becomes one `label：value` line a pair; any
// other table one tab-separated line a row.
// A label cell: short, ending with a colon (索 引 号：), read without the spaces that pad its letters.
const LABEL = /^[^\t:：]{1,12}[:：]$/;
// a span past the table's end is cut where browsers cut it
const MAX_SPAN = 1000;
/** A cell of a document's table: its paragraphs on one line, white space collapsed. */
export function cellText(paragraphs) {
    return paragraphs
        .map((t) => t.replace(/\s+/g, ' ').trim())
        .filter((t) => t !== '')
        .join(' ');
}
export const withoutSpaces = (text) => text.replace(/[ \u3000\u00a0]+/g, '');
/** Cells placed row by row on a grid, spans expanded. */
export class TableGrid {
    grid = [];
    row = -1;
    column = 0;
    startRow() {
        this.grid[++this.row] ??= [];
        this.column = 0;
    }
    /** The next cell of the current row, spanning `rowSpan` rows and `colSpan` columns. */
    add(cell, rowSpan = 1, colSpan = 1) {
        const [rows, columns] = [clampSpan(rowSpan), clampSpan(colSpan)];
        const current = this.grid[this.row] ?? (this.grid[this.row] = []);
        while (current[this.column])
            this.column++;
        for (let dr = 0; dr < rows; dr++)
            for (let dc = 0; dc < columns; dc++)
                (this.grid[this.row + dr] ??= [])[this.column + dc] = cell;
        this.column += columns;
    }
    /** The next cell continues the one above it (Word's vertical merge). */
    continueAbove(colSpan = 1) {
        const above = this.grid[this.row - 1]?.[this.column];
        if (above)
            this.add(above, 1, colSpan);
        else
            this.add({ text: '', line: 0, column: 0 }, 1, colSpan);
    }
    lines() {
        const filled = this.grid.map((row) => Array.from(row, (cell) => cell ?? { text: '', line: 0, column: 0 }));
        const pairs = filled.every((row) => isLabelRow(row));
        const out = [];
        for (const row of filled) {
            const first = row.find((cell) => cell.line > 0);
            if (!first || row.every((cell) => cell.text === ''))
                continue;
            if (pairs) {
                for (let i = 0; i + 1 < row.length; i += 2) {
                    const [label, value] = [row[i], row[i + 1]];
                    if (label.text !== '' && row.indexOf(label) === i)
                        out.push({ text: label.text + value.text, line: label.line, column: label.column });
                }
            }
            else
                out.push({ text: dedupe(row).join('\t'), line: first.line, column: first.column });
        }
        return out;
    }
}
function clampSpan(value) {
    return Number.isInteger(value) && value >= 1 ? Math.min(value, MAX_SPAN) : 1;
}
// A cell spanning columns is written once in its row: its text stands in one column, not several.
function dedupe(row) {
    return row.filter((cell, i) => i === 0 || cell !== row[i - 1] || cell.text === '').map((cell) => cell.text);
}
// A metadata table: every row alternates label cells (索引号：) and values.
function isLabelRow(row) {
    if (row.length < 2)
        return false;
    for (let i = 0; i < row.length; i += 2) {
        const cell = row[i];
        const continued = i > 0 && cell === row[i - 1]; // a value spanning columns
        const empty = cell.text === '' && (row[i + 1]?.text ?? '') === '';
        if (!continued && !empty && !LABEL.test(withoutSpaces(cell.text)))
            return false;
    }
    return true;
}
