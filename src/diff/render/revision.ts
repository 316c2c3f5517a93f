// The 新旧对照表 offices file with a revised plan: one row per aligned pair in
// document order — 原文 (the first plan) | 修改后 (the second) | 说明 — the
// deleted characters struck through in red in the first, the inserted ones
// red and underlined in the second; added and removed nodes on rows of their
// own. Built once here as runs of text; the workbook and the Word document
// (revision-docx.ts) only style them.
import type ExcelJS from 'exceljs';
import { newWorkbook, packWorkbook, sheet, type Cell } from '../../render/workbook.js';
import type { NodeRef, PlanDiff, RedlinePart, StructureChange } from '../types.js';
import { flags, WORDS, type Lang } from './labels.js';

/** A stretch of a side's text: as both plans have it, or this side's own change (deleted from A, inserted in B). */
export interface Run {
  text: string;
  changed: boolean;
}

export interface RevisionRow {
  no: number;
  a: Run[][];
  b: Run[][];
  note: string;
}

export const REVISION_COLUMNS: Record<Lang, string[]> = {
  zh: ['序号', '原文', '修改后', '说明'],
  en: ['no.', 'original', 'revised', 'note'],
};
export const REVISION_TITLE: Record<Lang, string> = { zh: '新旧对照表', en: 'revision table' };

/** One side of a pair as paragraphs of runs: its heading line, then its text, line by line. */
function side(node: NodeRef | null, title: RedlinePart[], text: RedlinePart[], which: 'a' | 'b'): Run[][] {
  if (!node) return [];
  const own = which === 'a' ? 'delete' : 'insert';
  const runs = (parts: RedlinePart[], plain: string): Run[] =>
    parts.length === 0
      ? [{ text: plain, changed: false }]
      : parts.filter((p) => p.op === 'equal' || p.op === own).map((p) => ({ text: p.text, changed: p.op !== 'equal' }));
  const paragraphs: Run[][] = [[{ text: node.marker, changed: false }, ...runs(title, node.title)]];
  if (!node.text) return paragraphs;
  // a line break inside a run starts a new paragraph
  let line: Run[] = [];
  for (const run of runs(text, node.text)) {
    const pieces = run.text.split('\n');
    pieces.forEach((piece, i) => {
      if (i > 0) {
        paragraphs.push(line);
        line = [];
      }
      if (piece) line.push({ text: piece, changed: run.changed });
    });
  }
  paragraphs.push(line);
  return paragraphs;
}

function note(r: StructureChange, lang: Lang): string {
  const w = WORDS[lang];
  const what = flags(r, w);
  return r.change === 'same' || r.change === 'added' || r.change === 'removed' || r.similarity === null
    ? what
    : `${what}\n${w.columns.similarity} ${r.similarity}`;
}

/** The table's rows, in the diff's order. */
export function revisionRows(d: PlanDiff, lang: Lang): RevisionRow[] {
  return d.structure.map((r, i) => ({
    no: i + 1,
    a: side(r.a, r.title, r.text, 'a'),
    b: side(r.b, r.title, r.text, 'b'),
    note: note(r, lang),
  }));
}

const WIDTHS = [5, 60, 60, 16];
const RED = { argb: 'FFC00000' };

function cell(paragraphs: Run[][], which: 'a' | 'b'): Cell {
  if (paragraphs.length === 0) return '';
  const style: Partial<ExcelJS.Font> = which === 'a' ? { color: RED, strike: true } : { color: RED, underline: true, bold: true };
  const richText: ExcelJS.RichText[] = [];
  paragraphs.forEach((runs, i) => {
    if (i > 0) richText.push({ text: '\n' });
    for (const r of runs) richText.push(r.changed ? { text: r.text, font: style } : { text: r.text });
  });
  return { richText };
}

/** The 新旧对照表 as a workbook, printable like the 任务分工表. */
export async function renderRevisionWorkbook(d: PlanDiff, lang: Lang): Promise<Uint8Array> {
  const wb = newWorkbook();
  const rows = revisionRows(d, lang).map((r) => [r.no, cell(r.a, 'a'), cell(r.b, 'b'), r.note]);
  sheet(wb, REVISION_TITLE[lang], REVISION_COLUMNS[lang], WIDTHS, rows);
  return packWorkbook(wb);
}
