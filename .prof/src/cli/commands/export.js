// `plan export`
import { EXPORT_FORMATS, exportFormatOf, exportPlan } from '../../export/export.js';
import { UsageError, writeMessage, writeOutput } from '../io.js';
import { loadPlan } from './load.js';
import { printDiagnostics } from './parse.js';
export async function runExport(files, options) {
    const toStdout = options.output === undefined || options.output === '-';
    const named = toStdout ? null : exportFormatOf(options.output);
    // -o tasks.csv alone writes CSV; -f says otherwise only when given
    const format = options.format ?? named ?? 'xlsx';
    if (options.format && named && named !== options.format)
        writeMessage(`plan: writing ${options.format} to '${options.output}', whose name says ${named}\n`);
    const exporter = EXPORT_FORMATS[format];
    if (exporter.binary && toStdout && process.stdout.isTTY)
        throw new UsageError(`--format ${format} is binary: name a file with -o, e.g. -o 任务分工表.xlsx`);
    if (exporter.plans === 'one' && files.length !== 1)
        throw new UsageError(`--format ${format} renders one notice at a time`);
    const docs = await Promise.all(files.map((f) => loadPlan(f)));
    // A notice with problems is still exported; its diagnostics go to standard error.
    if (!options.quiet)
        for (const d of docs)
            printDiagnostics(d.source.path, d.diagnostics);
    writeOutput(await exportPlan(docs, format, { bom: options.bom }), options.output);
    return 0;
}
