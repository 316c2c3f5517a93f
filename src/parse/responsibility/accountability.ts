// Who must do what: inline responsibility statements, the appended 任务分工表
// matched to the body's items, and the list of tasks with the responsibility
// that applies to each.
import roles from '../../../data/roles.json' with { type: 'json' };
import { escapeRegExp } from '../../../grammars/patterns.js';
import type { NameProblem } from './agencies.js';
import type { ClassifiedLine } from '../header.js';
import type { Diagnostic, PlanNode, Responsibility, TableRow, Task, TaskTable } from '../../model/schema.js';
import { diagnosticAt } from '../diagnostics.js';
import type { Line } from '../repair.js';
import { inlineResponsibility, itemResponsibility, tableResponsibility } from './statement.js';
import { similarity } from '../../text/similarity.js';
import { walk } from '../../model/tree.js';
import { splitHeading } from '../../text/text.js';

const ACTION_CHAPTER = new RegExp(roles.actionChapterWords.join('|'));
const MIN_ROW_SIMILARITY = 0.5;
const MIN_LOOSE_ROW_SIMILARITY = 0.8;

export function reportNameProblems(problems: NameProblem[], line: Line, diagnostics: Diagnostic[], where = ''): void {
  for (const p of problems) {
    const message =
      p.code === 'suspect-agency'
        ? `"${p.name}" is not a plausible agency name (OCR or extraction damage?)${where}; it is left out`
        : `"${p.name}" is named more than once${where}; it is kept once`;
    diagnostics.push(diagnosticAt(line, 'warning', p.code, message, nameOffset(line.text, p.raw)));
  }
}

/** Where a name stands as a whole list entry (区域, not the 区域 inside 区域局局). */
function nameOffset(text: string, name: string): number {
  const whole = new RegExp(`(?<=^|[、，,；;\\t\\s])${escapeRegExp(name)}(?=$|[、，,；;\\t\\s。等])`).exec(text);
  return whole ? whole.index : Math.max(0, text.indexOf(name));
}

/** Forms 2 and 3: `（牵头部门：…）` in a section's introduction, `（…按职责分工负责）` closing an item. */
export function applyInlineResponsibilities(sections: PlanNode[], lineAt: (line: number) => Line, diagnostics: Diagnostic[]): void {
  walk(sections, (node) => {
    if (node.responsibility) return;
    const text = node.text || node.title;
    const read =
      inlineResponsibility(text, node.span) ?? (node.children.length === 0 ? itemResponsibility(text, node.span) : null);
    if (!read) return;
    node.responsibility = read.responsibility;
    reportNameProblems(read.problems, lineAt(node.span.startLine), diagnostics);
  });
}

interface Columns {
  group: number;
  point: number;
  lead: number;
  support: number;
}

const DEFAULT_COLUMNS: Columns = { group: 0, point: 1, lead: 2, support: 3 };

function headerColumns(cells: string[]): Columns | null {
  const find = (word: string) => cells.findIndex((c) => c.includes(word));
  const point = find('要点');
  const lead = find('牵头');
  if (point < 0 || lead < 0) return null;
  return { group: find('项目'), point, lead, support: find('配合') };
}

/** The body's chapters that hold items, for the table's groups (一、五项提升行动) to map onto. */
function chaptersWithItems(sections: PlanNode[]): PlanNode[] {
  return sections.filter((c) => c.children.some((s) => s.children.length > 0));
}

/** Form 4: the 任务分工表. Each row gives its item lead and support; unmatched rows are reported. */
export function readTaskTable(
  table: { title: ClassifiedLine; rows: ClassifiedLine[] },
  sections: PlanNode[],
  diagnostics: Diagnostic[],
): TaskTable {
  const candidates = chaptersWithItems(sections);
  let columns = DEFAULT_COLUMNS;
  let header: string[] = [];
  let part = '';
  let groupIndex = -1;
  let chapter: PlanNode | undefined;
  let cursor = 0;
  const rows: TableRow[] = [];
  for (const row of table.rows) {
    if (row.kind !== 'TableRow') {
      part = row.text.replace(/^[一二三四五六七八九十]+[、.．]/, '');
      groupIndex++;
      chapter = bestChapter(part, candidates, groupIndex);
      cursor = 0;
      continue;
    }
    const cells = row.line.text.split('\t').map((c) => c.trim());
    const found = headerColumns(cells);
    if (found) {
      columns = found;
      header = cells;
      continue;
    }
    const cell = (i: number) => (i >= 0 ? (cells[i] ?? '') : '');
    const point = cell(columns.point);
    const span = { startLine: row.line.startLine, endLine: row.line.endLine };
    const entry: TableRow = {
      part,
      group: cell(columns.group),
      point,
      lead: cell(columns.lead),
      support: cell(columns.support),
      matchedId: null,
      span,
    };
    rows.push(entry);
    chapter ??= candidates[0];
    const match = chapter ? matchRow(point, chapter, cursor) : null;
    const where = ` in the task table row "${point}"`;
    if (!match) {
      const message = `the task table row "${point}" matches no item of the body; its departments are not assigned`;
      diagnostics.push(diagnosticAt(row.line, 'warning', 'unmatched-table-row', message));
      continue;
    }
    cursor = match.sectionIndex;
    entry.matchedId = match.item.id;
    const read = tableResponsibility(row.line.text, entry.lead, entry.support, span);
    reportNameProblems(read.problems, row.line, diagnostics, where);
    match.item.responsibility ??= read.responsibility;
  }
  return {
    title: table.title.text,
    columns: header,
    rows,
    span: {
      startLine: table.title.line.startLine,
      endLine: Math.max(table.title.line.endLine, ...table.rows.map((r) => r.line.endLine)),
    },
  };
}

function bestChapter(title: string, candidates: PlanNode[], index: number): PlanNode | undefined {
  let best = candidates[index];
  let score = best ? similarity(title, best.title) : 0;
  for (const c of candidates) {
    const s = similarity(title, c.title);
    if (s > score) [best, score] = [c, s];
  }
  return best;
}

function matchRow(point: string, chapter: PlanNode, cursor: number): { item: PlanNode; sectionIndex: number } | null {
  const m = /^(\d{1,3})\s*[.．、]\s*(.*)$/.exec(point);
  const ordinal = m ? Number(m[1]) : null;
  const title = splitHeading(m ? m[2]! : point).title;
  let best: { item: PlanNode; sectionIndex: number; score: number } | null = null;
  chapter.children.forEach((section, sectionIndex) => {
    for (const item of section.children) {
      const sim = similarity(title, item.title);
      const sameOrdinal = ordinal !== null && item.ordinal === ordinal;
      if (sameOrdinal ? sim < MIN_ROW_SIMILARITY : sim < MIN_LOOSE_ROW_SIMILARITY) continue;
      // Rows follow the body's order: prefer the section the previous row matched, or the next one.
      const near = sectionIndex === cursor || sectionIndex === cursor + 1 ? 0.2 : 0;
      const score = sim + (sameOrdinal ? 0.3 : 0) + near;
      if (!best || score > best.score) best = { item, sectionIndex, score };
    }
  });
  return best;
}

/** Every actionable item: a leaf under an action or project chapter (提升行动, 重点工程 …). */
export function buildTasks(sections: PlanNode[]): Task[] {
  const hasActionChapter = sections.some((c) => ACTION_CHAPTER.test(c.title));
  const tasks: Task[] = [];
  walk(sections, (node, ancestors) => {
    if (node.children.length > 0 || ancestors.length === 0) return;
    const chain = [...ancestors, node].reverse();
    const holder = chain.find((n) => n.responsibility !== null) ?? null;
    const actionable = hasActionChapter ? ACTION_CHAPTER.test(ancestors[0]!.title) : holder !== null;
    if (!actionable) return;
    const own = holder?.responsibility ?? null;
    // Items that only say who is responsible take the lead their section names.
    const leader = own && own.lead.length === 0 ? chain.find((n) => n !== holder && (n.responsibility?.lead.length ?? 0) > 0) : undefined;
    const responsibility: Responsibility | null =
      own && leader ? { ...own, lead: leader.responsibility!.lead, raw: `${leader.responsibility!.raw}\n${own.raw}` } : own;
    tasks.push({
      id: node.id,
      path: ancestors.map((a) => a.title),
      title: node.title,
      responsibility,
      inherited: holder !== null && holder !== node,
      from: holder?.id ?? null,
      leadFrom: leader?.id ?? null,
    });
  });
  return tasks;
}
