// The task-division workbook (任务分工表) with exceljs: tasks, targets and
// agencies, and the tasks by due month (时限) where the notice states deadlines;
// several notices give one sheet group each plus combined sheets.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { PlanDocument } from '../model/schema.js';
import {
  AGENCY_COLUMNS,
  agencyRows,
  compareDue,
  planName,
  SCHEDULE_COLUMNS,
  scheduleRows,
  TARGET_COLUMNS,
  TASK_COLUMNS,
  targetRows,
  taskRows,
  type Row,
} from './rows.js';

// Width in characters (a CJK character counts as two) per column.
const TASK_WIDTHS = [6, 10, 36, 36, 24, 40, 24, 18, 12, 30, 16];
const TARGET_WIDTHS = [8, 36, 12, 8, 8, 8, 10, 60];
const AGENCY_WIDTHS = [16, 30, 8, 8, 8, 30, 40, 30];
const SCHEDULE_WIDTHS = [10, 10, 40, 24, 24, 20, 10];
// Entries of the zip are stamped with this date, so the same plans give the same bytes.
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

function sheet(wb: ExcelJS.Workbook, name: string, columns: readonly string[], widths: number[], rows: Row[]): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((header, i) => ({ header, width: widths[i] ?? 12 }));
  ws.addRows(rows);
  ws.eachRow((row) => {
    row.alignment = { vertical: 'top', wrapText: true };
  });
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

/** Excel forbids []:*?/\ in sheet names and allows 31 characters. */
function sheetName(index: number, doc: PlanDocument, suffix: string): string {
  const short = planName(doc)
    .replace(/[[\]:*?/\\]/g, '')
    .replace(/全民科学素质行动规划纲要/, '')
    .slice(0, 14);
  return `${index + 1} ${short} ${suffix}`.slice(0, 31);
}

export async function renderWorkbook(docs: PlanDocument[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'plan';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  if (docs.length === 1) {
    const doc = docs[0]!;
    sheet(wb, '任务分工', TASK_COLUMNS, TASK_WIDTHS, taskRows(doc));
    const schedule = scheduleRows(doc);
    // only a notice that states deadlines has a 时限 sheet
    if (schedule.length) sheet(wb, '时限', SCHEDULE_COLUMNS, SCHEDULE_WIDTHS, schedule);
    sheet(wb, '目标', TARGET_COLUMNS, TARGET_WIDTHS, targetRows(doc));
    sheet(wb, '单位', AGENCY_COLUMNS, AGENCY_WIDTHS, agencyRows([doc]));
  } else {
    const combined = docs.flatMap((doc) => taskRows(doc).map((row) => [planName(doc), ...row]));
    sheet(wb, '全部任务', ['方案', ...TASK_COLUMNS], [30, ...TASK_WIDTHS], combined);
    const schedule = docs.flatMap((doc) => scheduleRows(doc).map((row) => [row[0]!, planName(doc), ...row.slice(1)])).sort(compareDue);
    if (schedule.length)
      sheet(wb, '全部时限', [SCHEDULE_COLUMNS[0], '方案', ...SCHEDULE_COLUMNS.slice(1)], [10, 30, ...SCHEDULE_WIDTHS.slice(1)], schedule);
    docs.forEach((doc, i) => {
      sheet(wb, sheetName(i, doc, '任务'), TASK_COLUMNS, TASK_WIDTHS, taskRows(doc));
      sheet(wb, sheetName(i, doc, '目标'), TARGET_COLUMNS, TARGET_WIDTHS, targetRows(doc));
      sheet(wb, sheetName(i, doc, '单位'), AGENCY_COLUMNS, AGENCY_WIDTHS, agencyRows([doc]));
    });
  }
  const written = await wb.xlsx.writeBuffer();
  const zip = await JSZip.loadAsync(written);
  // JSZip writes an entry's date with the UTC clock: one fixed instant gives the same bytes in every time zone
  zip.forEach((_path, entry) => {
    entry.date = FIXED_DATE;
  });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
