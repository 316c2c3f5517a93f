// A task-division table flattened to one cell a line (a gazette page or a PDF
// copied as text): 任务分工表 / 序号 / 工作任务 / 牵头单位 / 配合单位 / 1 /
// 加强… / 区教育局 / 区科协 / 2 / … Line repair asks this module which lines
// are cells to join, with a tab, to the row before them, so the table reaches
// the grammar as the rows of every other format. Rows start at the next
// number when the first column is 序号, else every as many lines as the
// header has cells; a group heading (一、五项提升行动) stays a line and
// starts the numbering again; the footer (抄送, 印发) ends the table.
import roles from '../../data/roles.json' with { type: 'json' };
import { CC, CHAPTER, PRINTED, PUBLICITY, RELATED, TASK_TABLE_TITLE } from '../../grammars/patterns.js';
const HEADER_WORDS = new Set(Object.values(roles.tableColumns).flat());
const NUMBER_WORDS = new Set(roles.tableColumns.number);
const FOOTER = [CC, PRINTED, PUBLICITY, RELATED];
const MIN_COLUMNS = 3;
const isHeader = (folded) => HEADER_WORDS.has(folded.replace(/\s+/g, ''));
/** The flattened tables among lines (their folded texts, in order). */
export function flatTables(folded) {
    const table = { starts: new Set(), cells: new Set(), wrapped: new Set() };
    for (let i = 0; i < folded.length; i++) {
        if (!TASK_TABLE_TITLE.test(folded[i]))
            continue;
        let j = i + 1;
        while (j < folded.length && isHeader(folded[j]))
            j++;
        const columns = j - i - 1;
        const words = folded.slice(i + 1, j).map((w) => w.replace(/\s+/g, ''));
        const names = (list) => words.some((w) => list.includes(w));
        if (columns < MIN_COLUMNS || !names(roles.tableColumns.point) || !names(roles.tableColumns.lead))
            continue;
        table.starts.add(i + 1);
        for (let h = i + 2; h < j; h++)
            table.cells.add(h);
        i = readRows(folded, j, columns, NUMBER_WORDS.has(words[0]), table) - 1;
    }
    return table;
}
/** The rows from line `from`; returns the line after the table. */
function readRows(folded, from, columns, numbered, table) {
    let expected = 1;
    let cell = 0;
    let j = from;
    for (; j < folded.length; j++) {
        const text = folded[j];
        if (FOOTER.some((element) => element.test(text)) || TASK_TABLE_TITLE.test(text))
            break;
        if (CHAPTER.test(text) && !(numbered && text === String(expected))) {
            [expected, cell] = [1, 0];
            continue;
        }
        const opens = numbered ? text === String(expected) : cell % columns === 0;
        if (opens) {
            table.starts.add(j);
            expected++;
            cell = 1;
        }
        else if (cell < columns) {
            table.cells.add(j);
            cell++;
        }
        else
            table.wrapped.add(j);
    }
    return j;
}
