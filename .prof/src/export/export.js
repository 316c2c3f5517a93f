import { toCsv } from './csv.js';
import { renderPlanHtml } from './html.js';
import { renderPlanMarkdown } from './markdown.js';
import { planName, TASK_COLUMNS, taskRows } from './rows.js';
export const EXPORT_FORMATS = {
    xlsx: {
        binary: true,
        extensions: ['xlsx'],
        plans: 'many',
        // exceljs is loaded only for a workbook
        render: async (docs) => (await import('./xlsx.js')).renderWorkbook(docs),
    },
    csv: {
        binary: false,
        extensions: ['csv'],
        plans: 'many',
        render: (docs, options) => docs.length === 1
            ? toCsv([[...TASK_COLUMNS], ...taskRows(docs[0])], options.bom)
            : toCsv([['方案', ...TASK_COLUMNS], ...docs.flatMap((d) => taskRows(d).map((r) => [planName(d), ...r]))], options.bom),
    },
    md: { binary: false, extensions: ['md', 'markdown'], plans: 'one', render: (docs) => renderPlanMarkdown(docs[0]) },
    html: { binary: false, extensions: ['html', 'htm'], plans: 'many', render: renderPlanHtml },
    json: {
        binary: false,
        extensions: ['json'],
        plans: 'many',
        render: (docs) => `${JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2)}\n`,
    },
};
export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS);
/** The format a file's extension names (tasks.csv: csv), or null. */
export function exportFormatOf(path) {
    const extension = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';
    return EXPORT_FORMAT_NAMES.find((name) => EXPORT_FORMATS[name].extensions.includes(extension)) ?? null;
}
/** Renders plans; xlsx gives bytes, every other format text. Markdown renders exactly one plan. */
export async function exportPlan(docs, format, options = {}) {
    if (docs.length === 0)
        throw new Error('exportPlan needs at least one plan');
    const exporter = EXPORT_FORMATS[format];
    if (exporter.plans === 'one' && docs.length !== 1)
        throw new Error(`the ${format} format renders one plan at a time`);
    return (await exporter.render(docs, options));
}
