// `plan export` as a library: one call for every format. The formats are the
// keys of the registry below, from which the CLI takes its list of names.
import { formatNamedBy } from '../render/extension.js';
import type { PlanDocument } from '../model/schema.js';
import { toCsv } from './csv.js';
import { renderPlanHtml } from './html.js';
import { renderPlanMarkdown } from './markdown.js';
import { planName, TASK_COLUMNS, taskRows } from './rows.js';

export interface ExportOptions {
  /** csv: start with a UTF-8 byte-order mark, so that Excel on Chinese Windows reads UTF-8. */
  bom?: boolean;
}

interface Exporter {
  /** Bytes (a workbook) rather than text. */
  binary: boolean;
  /** The file extensions that name this format, for -o without -f. */
  extensions: readonly string[];
  /** How many plans one output holds. */
  plans: 'one' | 'many';
  render(docs: PlanDocument[], options: ExportOptions): Promise<string | Uint8Array> | string;
}

export const EXPORT_FORMATS = {
  xlsx: {
    binary: true as const,
    extensions: ['xlsx'],
    plans: 'many',
    // exceljs is loaded only for a workbook
    render: async (docs) => (await import('./xlsx.js')).renderWorkbook(docs),
  },
  csv: {
    binary: false as const,
    extensions: ['csv'],
    plans: 'many',
    render: (docs, options) =>
      docs.length === 1
        ? toCsv([[...TASK_COLUMNS], ...taskRows(docs[0]!)], options.bom)
        : toCsv([['方案', ...TASK_COLUMNS], ...docs.flatMap((d) => taskRows(d).map((r) => [planName(d), ...r]))], options.bom),
  },
  md: { binary: false as const, extensions: ['md', 'markdown'], plans: 'one', render: (docs) => renderPlanMarkdown(docs[0]!) },
  html: { binary: false as const, extensions: ['html', 'htm'], plans: 'many', render: renderPlanHtml },
  json: {
    binary: false as const,
    extensions: ['json'],
    plans: 'many',
    render: (docs) => `${JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2)}\n`,
  },
} satisfies Record<string, Exporter>;

export type ExportFormat = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormat[];

/** What a format gives: bytes for a workbook, text for every other. */
export type ExportOutput<F extends ExportFormat> = (typeof EXPORT_FORMATS)[F]['binary'] extends true ? Uint8Array : string;

/** The format a file's extension names (tasks.csv: csv), or null. */
export function exportFormatOf(path: string): ExportFormat | null {
  return formatNamedBy(path, EXPORT_FORMAT_NAMES, (name) => EXPORT_FORMATS[name].extensions);
}

/** Renders plans; xlsx gives bytes, every other format text. Markdown renders exactly one plan. */
export async function exportPlan<F extends ExportFormat>(
  docs: PlanDocument[],
  format: F,
  options: ExportOptions = {},
): Promise<ExportOutput<F>> {
  if (docs.length === 0) throw new Error('exportPlan needs at least one plan');
  const exporter: Exporter = EXPORT_FORMATS[format];
  if (exporter.plans === 'one' && docs.length !== 1) throw new Error(`the ${format} format renders one plan at a time`);
  return (await exporter.render(docs, options)) as ExportOutput<F>;
}
