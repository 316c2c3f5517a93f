// `plan export`
import { EXPORT_FORMATS, exportPlan, type ExportFormat } from '../../export/export.js';
import { UsageError, writeOutput } from '../io.js';
import { loadPlan } from './load.js';
import { printDiagnostics } from './parse.js';

export interface ExportCommandOptions {
  format: ExportFormat;
  output?: string;
  bom?: boolean;
  quiet?: boolean;
}

export async function runExport(files: string[], options: ExportCommandOptions): Promise<number> {
  const toStdout = options.output === undefined || options.output === '-';
  const exporter = EXPORT_FORMATS[options.format];
  if (exporter.binary && toStdout && process.stdout.isTTY)
    throw new UsageError(`--format ${options.format} is binary: name a file with -o, e.g. -o 任务分工表.xlsx`);
  if (exporter.plans === 'one' && files.length !== 1) throw new UsageError(`--format ${options.format} renders one notice at a time`);
  const docs = await Promise.all(files.map((f) => loadPlan(f)));
  // A notice with problems is still exported; its diagnostics go to standard error.
  if (!options.quiet) for (const d of docs) printDiagnostics(d.source.path, d.diagnostics);
  writeOutput(await exportPlan(docs, options.format, { bom: options.bom }), options.output);
  return 0;
}
