// The task-division workbook (任务分工表) with exceljs: tasks, targets and
// agencies, and the tasks by due month (时限) where the notice states deadlines;
// several notices give one sheet group each plus combined sheets.
import type { PlanDocument } from '../model/schema.js';
import { newWorkbook, packWorkbook, sheet } from '../render/workbook.js';
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
} from './rows.js';

// Width in characters (a CJK character counts as two) per column: the task
// sheet fits the width of an A4 landscape page at about 90 %.
const TASK_WIDTHS = [5, 8, 20, 30, 16, 24, 14, 10, 10, 20, 10];
const TARGET_WIDTHS = [6, 30, 8, 8, 6, 8, 8, 50];
const AGENCY_WIDTHS = [14, 24, 6, 6, 6, 24, 30, 24];
const SCHEDULE_WIDTHS = [10, 8, 40, 20, 20, 20, 8];
// Beyond this many notices the workbook holds the combined sheets only (3,000 notices made 9,001 sheets).
const MAX_NOTICE_SHEETS = 30;
// 厦门市海沧区 in 厦门市海沧区“十四五”…实施方案: the place a plan is for, which tells plans apart
const PLACE = /^(?:[\u4e00-\u9fff]{1,7}(?:省|自治区|市|自治州|州|盟|地区))?(?:[\u4e00-\u9fff]{1,6}(?:市|区|區|县|縣|旗))?/;

/**
 * A sheet's name: its number, the plan's place (or the start of its name, cut
 * after a whole word of at most 12 characters), and what the sheet holds.
 * Excel forbids []:*?/\ in sheet names and allows 31 characters.
 */
function sheetName(index: number, doc: PlanDocument, suffix: string): string {
  const name = planName(doc).replace(/[[\]:*?/\\]/g, '');
  const place = PLACE.exec(name)?.[0] ?? '';
  const short = place || name.replace(/^关于/, '').slice(0, 12);
  return `${index + 1} ${short} ${suffix}`.slice(0, 31);
}

export async function renderWorkbook(docs: PlanDocument[]): Promise<Uint8Array> {
  const wb = newWorkbook();
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
    const targets = docs.flatMap((doc) => targetRows(doc).map((row) => [planName(doc), ...row]));
    sheet(wb, '全部目标', ['方案', ...TARGET_COLUMNS], [30, ...TARGET_WIDTHS], targets);
    sheet(wb, '全部单位', AGENCY_COLUMNS, AGENCY_WIDTHS, agencyRows(docs));
    // a sheet group per notice for a handful; a corpus is read in the combined sheets, filtered by 方案
    if (docs.length <= MAX_NOTICE_SHEETS)
      docs.forEach((doc, i) => {
        sheet(wb, sheetName(i, doc, '任务'), TASK_COLUMNS, TASK_WIDTHS, taskRows(doc));
        sheet(wb, sheetName(i, doc, '目标'), TARGET_COLUMNS, TARGET_WIDTHS, targetRows(doc));
        sheet(wb, sheetName(i, doc, '单位'), AGENCY_COLUMNS, AGENCY_WIDTHS, agencyRows([doc]));
      });
  }
  return packWorkbook(wb);
}
