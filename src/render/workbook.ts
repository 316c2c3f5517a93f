// Workbooks people print and fill in (the 任务分工表, the 新旧对照表), with
// exceljs: printable sheets, and bytes that are the same for the same content.
// Written by exceljs's streaming writer, a row at a time: a workbook of a
// corpus needs the memory of its bytes, not of a cell object per cell.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { FIXED_DATE, stablePackage } from './package.js';
import { displayWidth } from './width.js';

/** A cell: text, a number, or text in runs of their own style (a redline). */
export type Cell = string | number | ExcelJS.CellRichTextValue;

const textOf = (value: ExcelJS.CellValue): string =>
  value && typeof value === 'object' && 'richText' in value ? value.richText.map((r) => r.text).join('') : String(value ?? '');

// points per line of 11-point text, and the cell's padding
const LINE_HEIGHT = 15;
const ROW_PADDING = 3;
const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
// columns whose values are identifiers: text, never numbers (1.10 is not 1.1)
const TEXT_COLUMNS = new Set(['编号', '所在章节', '到期月份']);

/** How many lines a cell's text takes in a column `width` characters wide (a little generously: a cut line hides text). */
function linesIn(text: string, width: number): number {
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / Math.max(1, width * 1.05))), 0);
}

/**
 * A sheet people print and fill in: A4 landscape, fit to the page width, the
 * header row repeated on every page, borders, rows as tall as their wrapped
 * text (neither Excel nor LibreOffice grows them on opening), page numbers.
 */
export function sheet(book: Workbook, name: string, columns: readonly string[], widths: number[], rows: Cell[][]): void {
  const ws = book.writer.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: '1:1',
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `&L${name}&R第 &P 页，共 &N 页` },
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  ws.columns = columns.map((_, i) => ({ width: widths[i] ?? 12 }));
  const header = ws.addRow([...columns]);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  });
  commit(header, widths);
  for (const values of rows) {
    const row = ws.addRow(values.map((value, i) => (TEXT_COLUMNS.has(columns[i]!) && typeof value === 'number' ? String(value) : value)));
    row.alignment = { vertical: 'top', wrapText: true };
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      if (TEXT_COLUMNS.has(columns[column - 1]!)) cell.numFmt = '@';
    });
    commit(row, widths);
  }
  ws.commit();
}

/** A row's borders and height (as tall as its wrapped text: neither Excel nor LibreOffice grows rows on opening), written out. */
function commit(row: ExcelJS.Row, widths: number[]): void {
  let lines = 1;
  row.eachCell({ includeEmpty: true }, (cell, column) => {
    cell.border = BORDER;
    lines = Math.max(lines, linesIn(textOf(cell.value), widths[column - 1] ?? 12));
  });
  row.height = lines * LINE_HEIGHT + ROW_PADDING;
  row.commit();
}

/** A workbook being written, and the bytes it writes. */
export interface Workbook {
  writer: ExcelJS.stream.xlsx.WorkbookWriter;
  chunks: Buffer[];
}

export function newWorkbook(): Workbook {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  // inline strings: the streaming writer's shared strings lose the runs of rich text (the 对照表's redline)
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  writer.creator = 'plan';
  writer.created = FIXED_DATE;
  writer.modified = FIXED_DATE;
  return { writer, chunks };
}

/** The workbook's bytes, the same for the same content (see stablePackage). */
export async function packWorkbook(book: Workbook): Promise<Uint8Array> {
  await book.writer.commit();
  return stablePackage(Buffer.concat(book.chunks));
}
