// `plan parse`
import { colorsFor } from '../colors.js';
import { UsageError, writeMessage, writeOutput } from '../io.js';
import { renderDiagnostics } from '../../render/diagnostics.js';
import { renderOutline } from '../../render/outline.js';
import { loadPlan } from './load.js';
export async function runParse(file, options) {
    if (options.schema) {
        const { planJsonSchema } = await import('../../model/schema.js');
        writeOutput(`${JSON.stringify(planJsonSchema(), null, 2)}\n`, options.output);
        return 0;
    }
    if (!file)
        throw new UsageError("parse needs a file, or '-' for standard input");
    const doc = await loadPlan(file, options.inputFormat, { maxBytes: Math.floor(options.maxSize * 1024 * 1024) });
    const text = options.format === 'outline' ? renderOutline(doc) : `${JSON.stringify(doc, null, options.compact ? 0 : 2)}\n`;
    writeOutput(text, options.output);
    if (!options.quiet)
        printDiagnostics(doc.source.path, doc.diagnostics);
    return 0;
}
export function printDiagnostics(path, diagnostics) {
    writeMessage(renderDiagnostics(path, diagnostics, colorsFor(process.stderr)));
}
