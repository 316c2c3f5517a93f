// `plan export`
import { EXPORT_FORMATS, exportFormatOf, exportPlan, type ExportFormat } from '../../export/export.js';
import { outputFormat, UsageError, writeOutput } from '../io.js';
import { loadPlan } from './load.js';
import { printDiagnostics } from './parse.js';

export interface ExportCommandOptions {
  format?: ExportFormat;
  output?: string;
  bom?: boolean;
  quiet?: boolean;
}

export async function runExport(files: string[], options: ExportCommandOptions): Promise<number> {
  // -o tasks.csv alone writes CSV; -f says otherwise only when given
  const format = outputFormat(options, exportFormatOf, {
    fallback: 'xlsx',
    binary: (f) => EXPORT_FORMATS[f].binary,
    example: '任务分工表',
  });
  const exporter = EXPORT_FORMATS[format];
  if (exporter.plans === 'one' && files.length !== 1) throw new UsageError(`--format ${format} renders one notice at a time`);
  const docs = await Promise.all(files.map((f) => loadPlan(f)));
  // A notice with problems is still exported; its diagnostics go to standard error.
  if (!options.quiet) for (const d of docs) printDiagnostics(d.source.path, d.diagnostics);
  writeOutput(await exportPlan(docs, format, { bom: options.bom }), options.output);
  return 0;
}
