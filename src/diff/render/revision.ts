// The 新旧对照表 offices file with a revised plan: one row per aligned pair in
// document order — 原文 (the first plan) | 修改后 (the second) | 说明 — the
// deleted characters struck through in red in the first, the inserted ones
// red and underlined in the second; added and removed nodes on rows of their own.
import type ExcelJS from 'exceljs';
import { newWorkbook, packWorkbook, sheet, type Cell } from '../../render/workbook.js';
import type { NodeRef, PlanDiff, RedlinePart, StructureChange } from '../types.js';
import { flags, WORDS, type Lang } from './labels.js';

const COLUMNS: Record<Lang, string[]> = {
  zh: ['序号', '原文', '修改后', '说明'],
  en: ['no.', 'original', 'revised', 'note'],
};
const WIDTHS = [5, 60, 60, 16];
const RED = { argb: 'FFC00000' };

/** One side of a pair: its heading line and text, with that side's own changes in their style. */
function side(node: NodeRef | null, title: RedlinePart[], text: RedlinePart[], which: 'a' | 'b'): Cell {
  if (!node) return '';
  const own = which === 'a' ? 'delete' : 'insert';
  const runs: ExcelJS.RichText[] = [];
  const add = (parts: RedlinePart[], plain: string) => {
    if (parts.length === 0) return void runs.push({ text: plain });
    for (const p of parts) {
      if (p.op === 'equal') runs.push({ text: p.text });
      else if (p.op === own)
        runs.push({ text: p.text, font: which === 'a' ? { color: RED, strike: true } : { color: RED, underline: true, bold: true } });
    }
  };
  runs.push({ text: `${node.marker}` });
  add(title, node.title);
  if (node.text) {
    runs.push({ text: '\n' });
    add(text, node.text);
  }
  return { richText: runs };
}

function note(r: StructureChange, lang: Lang): string {
  const w = WORDS[lang];
  const what = flags(r, w);
  return r.change === 'same' || r.change === 'added' || r.change === 'removed' || r.similarity === null
    ? what
    : `${what}\n${w.columns.similarity} ${r.similarity}`;
}

/** The 新旧对照表 as a workbook, printable like the 任务分工表. */
export async function renderRevisionWorkbook(d: PlanDiff, lang: Lang): Promise<Uint8Array> {
  const wb = newWorkbook();
  const rows = d.structure.map((r, i) => [i + 1, side(r.a, r.title, r.text, 'a'), side(r.b, r.title, r.text, 'b'), note(r, lang)]);
  sheet(wb, lang === 'zh' ? '新旧对照表' : 'revision table', COLUMNS[lang], WIDTHS, rows);
  return packWorkbook(wb);
}
