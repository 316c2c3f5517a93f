// `plan export` as a library: one call for every format.
import { toCsv } from './csv.js';
import { renderPlanHtml } from './html.js';
import { renderPlanMarkdown } from './markdown.js';
import { planName, TASK_COLUMNS, taskRows } from './rows.js';
import type { PlanDocument } from '../model/schema.js';

export type ExportFormat = 'xlsx' | 'csv' | 'md' | 'html' | 'json';

export interface ExportOptions {
  /** csv: start with a UTF-8 byte-order mark, so that Excel on Chinese Windows reads UTF-8. */
  bom?: boolean;
}

/** Renders plans; xlsx gives bytes, every other format text. Markdown renders exactly one plan. */
export async function exportPlan(docs: PlanDocument[], format: ExportFormat, options: ExportOptions = {}): Promise<string | Uint8Array> {
  if (docs.length === 0) throw new Error('exportPlan needs at least one plan');
  switch (format) {
    case 'xlsx': {
      const { renderWorkbook } = await import('./xlsx.js');
      return renderWorkbook(docs);
    }
    case 'csv':
      return docs.length === 1
        ? toCsv([[...TASK_COLUMNS], ...taskRows(docs[0]!)], options.bom)
        : toCsv([['方案', ...TASK_COLUMNS], ...docs.flatMap((d) => taskRows(d).map((r) => [planName(d), ...r]))], options.bom);
    case 'md':
      if (docs.length !== 1) throw new Error('Markdown renders one plan at a time');
      return renderPlanMarkdown(docs[0]!);
    case 'html':
      return renderPlanHtml(docs);
    case 'json':
      return `${JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2)}\n`;
  }
}
