// The appended 任务分工表: each row matched to an item of the body, whose
// lead and support it gives; rows that match no item are reported.
import { tokenMatcher } from 'chevrotain';
import roles from '../../../data/roles.json' with { type: 'json' };
import { TableRow as TableRowToken } from '../../../grammars/lexer.js';
import { bigramProfile, dice, similarity } from '../../text/similarity.js';
import { splitHeading } from '../../text/text.js';
import { walk } from '../../model/tree.js';
import { diagnosticAt } from '../diagnostics.js';
import { reportNameProblems } from './problems.js';
import { tableResponsibility } from './statement.js';
import { cellDeadline, deadlineColumn } from '../deadlines.js';
const MIN_ROW_SIMILARITY = 0.5;
const MIN_LOOSE_ROW_SIMILARITY = 0.8;
// Comparisons of rows with items a table may make before each row is compared
// only with the items near the last match (rows follow the body's order):
// every real table is searched whole, a hostile one of 100,000 rows in linear time.
const COMPARISON_BUDGET = 4_000_000;
const NEAR_ITEMS = 64;
const DEFAULT_COLUMNS = { group: 0, point: 1, lead: 2, support: 3 };
// `/`, `—`, `无`: a cell left empty on purpose
const EMPTY_CELL = /^[/／\\—–\-－无]+$/;
// A header cell is a few words (市卫健委内牵头处室), never a task's text.
const MAX_HEADER_CELL = 12;
/** The columns a header row names (words in data/roles.json), or null when the row is no header. */
function headerColumns(cells) {
    const find = (column) => {
        for (const word of roles.tableColumns[column]) {
            const at = cells.findIndex((c) => c.length <= MAX_HEADER_CELL && c.includes(word));
            if (at >= 0)
                return at;
        }
        return -1;
    };
    const point = find('point');
    const lead = find('lead');
    if (point < 0 || lead < 0 || point === lead)
        return null;
    return { group: find('group'), point, lead, support: find('support') };
}
/** The body's chapters that hold items, for the table's groups (一、五项提升行动) to map onto. */
function chaptersWithItems(sections) {
    return sections.filter((c) => c.children.some((s) => s.children.length > 0));
}
/** Form 4: the 任务分工表. Each row gives its item lead and support; unmatched rows are reported. */
export function readTaskTable(table, sections, diagnostics, year) {
    const candidates = chaptersWithItems(sections);
    const profiles = new TitleProfiles();
    const search = new Search(sections);
    let columns = DEFAULT_COLUMNS;
    let header = [];
    let deadlineAt = -1;
    let part = '';
    // a heading with no rows under it is kept in a diagnostic: its text is in no row's part
    let partHeading = null;
    const reportEmptyPart = () => {
        if (partHeading)
            diagnostics.push(diagnosticAt(partHeading.line, 'empty-table-part', `a heading of the task table with no rows under it is kept only here: "${partHeading.text}"`));
    };
    let groupIndex = -1;
    let chapter;
    let cursor = 0;
    const rows = [];
    for (const row of table.rows) {
        if (!tokenMatcher(row.token, TableRowToken)) {
            reportEmptyPart();
            partHeading = row;
            part = row.text.replace(/^[一二三四五六七八九十]+[、.．]/, '');
            groupIndex++;
            chapter = bestChapter(part, candidates, groupIndex);
            cursor = 0;
            continue;
        }
        const cells = row.line.text.split('\t').map((c) => c.trim());
        const found = headerColumns(cells);
        if (found) {
            // a header repeated on each page is the same text; another header row is kept in a diagnostic
            if (header.length > 0 && cells.join('\t') !== header.join('\t'))
                diagnostics.push(diagnosticAt(row.line, 'second-table-header', `a second header row of the task table is kept only here: "${row.line.text}"`));
            if (header.length === 0) {
                header = cells;
                deadlineAt = deadlineColumn(header);
            }
            columns = found;
            continue;
        }
        partHeading = null;
        const cell = (i) => (i >= 0 ? (cells[i] ?? '').replace(EMPTY_CELL, '') : '');
        const point = cell(columns.point);
        const span = { startLine: row.line.startLine, endLine: row.line.endLine };
        const entry = {
            part,
            group: cell(columns.group),
            point,
            lead: cell(columns.lead),
            support: cell(columns.support),
            cells,
            matchedId: null,
            span,
        };
        rows.push(entry);
        chapter ??= candidates[0];
        const match = (chapter ? matchRow(point, chapter, cursor, profiles, search) : null) ?? matchAnywhere(point, search, profiles);
        const where = ` in the task table row "${point}"`;
        if (!match) {
            const beyond = search.exhausted
                ? ' (the table is too large for every row to be compared with the whole body: only the items near the last match were)'
                : '';
            const message = `the task table row "${point}" matches no item of the body${beyond}; its departments are not assigned`;
            diagnostics.push(diagnosticAt(row.line, 'unmatched-table-row', message));
            continue;
        }
        if (match.sectionIndex >= 0)
            cursor = match.sectionIndex;
        search.last = match.item;
        entry.matchedId = match.item.id;
        const read = tableResponsibility(row.line.text, entry.lead, entry.support, span);
        reportNameProblems(read.problems, row.line, diagnostics, where);
        match.item.responsibility ??= read.responsibility;
        if (deadlineAt >= 0)
            match.item.deadline ??= cellDeadline(cells[deadlineAt] ?? '', span, year);
    }
    reportEmptyPart();
    return {
        title: table.title.text,
        columns: header,
        rows,
        span: {
            startLine: table.title.line.startLine,
            endLine: table.rows.reduce((end, r) => Math.max(end, r.line.endLine), table.title.line.endLine),
        },
    };
}
function bestChapter(title, candidates, index) {
    let best = candidates[index];
    let score = best ? similarity(title, best.title) : 0;
    for (const c of candidates) {
        const s = similarity(title, c.title);
        if (s > score)
            [best, score] = [c, s];
    }
    return best;
}
/** Items' title profiles, made once per table: every row is compared with every item of its chapter. */
class TitleProfiles {
    codes = new Map();
    profiles = new Map();
    of(text) {
        return bigramProfile(text, this.codes);
    }
    item(node) {
        let profile = this.profiles.get(node);
        if (!profile)
            this.profiles.set(node, (profile = this.of(node.title)));
        return profile;
    }
}
/** A row that names a chapter or section rather than an item (加强组织领导): the node anywhere in the body with that title. */
function matchAnywhere(point, search, profiles) {
    const title = profiles.of(splitHeading(point).title);
    let best = null;
    for (const node of search.inBodyNear()) {
        const score = dice(title, profiles.item(node));
        if (score >= MIN_LOOSE_ROW_SIMILARITY && (!best || score > best.score))
            best = { item: node, score };
    }
    return best ? { item: best.item, sectionIndex: -1 } : null;
}
/**
 * What a row is compared with: the whole list while the table's comparison
 * budget lasts, then only the NEAR_ITEMS either side of the last match.
 */
class Search {
    /** every node of the body, in document order */
    nodes = [];
    /** the item the previous row matched */
    last = null;
    exhausted = false;
    spent = 0;
    items = new Map();
    // where each node stands in `nodes` and in its chapter's list: found without a scan
    inBody = new Map();
    inChapter = new Map();
    constructor(sections) {
        walk(sections, (node) => {
            this.inBody.set(node, this.nodes.length);
            this.nodes.push(node);
        });
    }
    /** A chapter's items with the index of their section, in order. */
    itemsOf(chapter) {
        let list = this.items.get(chapter);
        if (!list) {
            list = chapter.children.flatMap((section, sectionIndex) => section.children.map((item) => ({ item, sectionIndex })));
            list.forEach(({ item }, i) => this.inChapter.set(item, i));
            this.items.set(chapter, list);
        }
        return list;
    }
    /** The nodes of the body to compare a row with. */
    inBodyNear() {
        return this.near(this.nodes, this.inBody);
    }
    /** The items of a chapter to compare a row with. */
    inChapterNear(chapter) {
        const list = this.itemsOf(chapter);
        return this.near(list, this.inChapter, (e) => e.item);
    }
    near(list, positions, nodeOf = (e) => e) {
        if (this.spent + list.length <= COMPARISON_BUDGET) {
            this.spent += list.length;
            return list;
        }
        this.exhausted = true;
        const at = this.last ? (positions.get(this.last) ?? -1) : -1;
        // the last match may stand in another list: then the start of this one
        const from = at >= 0 && list[at] !== undefined && nodeOf(list[at]) === this.last ? Math.max(0, at - NEAR_ITEMS) : 0;
        return list.slice(from, from + 2 * NEAR_ITEMS);
    }
}
function matchRow(point, chapter, cursor, profiles, search) {
    const m = /^(\d{1,3})\s*[.．、]\s*(.*)$/.exec(point);
    const ordinal = m ? Number(m[1]) : null;
    const title = profiles.of(splitHeading(m ? m[2] : point).title);
    let best = null;
    for (const { item, sectionIndex } of search.inChapterNear(chapter)) {
        const sim = dice(title, profiles.item(item));
        const sameOrdinal = ordinal !== null && item.ordinal === ordinal;
        if (sameOrdinal ? sim < MIN_ROW_SIMILARITY : sim < MIN_LOOSE_ROW_SIMILARITY)
            continue;
        // Rows follow the body's order: prefer the section the previous row matched, or the next one.
        const near = sectionIndex === cursor || sectionIndex === cursor + 1 ? 0.2 : 0;
        const score = sim + (sameOrdinal ? 0.3 : 0) + near;
        if (!best || score > best.score)
            best = { item, sectionIndex, score };
    }
    return best;
}
