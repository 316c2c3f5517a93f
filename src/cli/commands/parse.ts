// `plan parse`
import { colorsFor } from '../colors.js';
import { UsageError, writeOutput } from '../io.js';
import type { Diagnostic, PlanDocument, PlanNode } from '../../model/schema.js';
import type { InputFormat } from '../../parse/ingest/ingest.js';
import { loadPlan } from './load.js';

export interface ParseCommandOptions {
  format: 'json' | 'outline';
  inputFormat: InputFormat | 'auto';
  output?: string;
  compact?: boolean;
  quiet?: boolean;
  schema?: boolean;
}

export async function runParse(file: string | undefined, options: ParseCommandOptions): Promise<number> {
  if (options.schema) {
    const { planJsonSchema } = await import('../../model/schema.js');
    writeOutput(`${JSON.stringify(planJsonSchema(), null, 2)}\n`, options.output);
    return 0;
  }
  if (!file) throw new UsageError("parse needs a file, or '-' for standard input");
  const doc = await loadPlan(file, options.inputFormat);
  const text = options.format === 'outline' ? outline(doc) : `${JSON.stringify(doc, null, options.compact ? 0 : 2)}\n`;
  writeOutput(text, options.output);
  if (!options.quiet) printDiagnostics(doc.source.path, doc.diagnostics);
  return 0;
}

export function printDiagnostics(path: string, diagnostics: Diagnostic[]): void {
  const c = colorsFor(process.stderr);
  const paint = { error: c.red, warning: c.yellow, info: c.blue };
  for (const d of diagnostics) {
    process.stderr.write(`${path}:${d.line}:${d.column} ${paint[d.severity](d.severity)} ${c.dim(d.code)} ${d.message}\n`);
  }
}

function outline(doc: PlanDocument): string {
  const m = doc.meta;
  const lines = [
    m.planTitle ?? m.noticeTitle ?? doc.source.path,
    [m.docNumber, m.issuer, m.signedDate].filter(Boolean).join(' · '),
    '',
  ];
  const walk = (nodes: PlanNode[], depth: number) => {
    for (const n of nodes) {
      const r = n.responsibility;
      const who = r
        ? `  [${[
            r.lead.length ? `牵头 ${r.lead.map((a) => a.name).join('、')}` : '',
            r.support.length ? `配合 ${r.support.map((a) => a.name).join('、')}` : '',
            r.responsible.length ? `负责 ${r.responsible.map((a) => a.name).join('、')}` : '',
          ]
            .filter(Boolean)
            .join('；')}]`
        : '';
      lines.push(`${'  '.repeat(depth)}${n.id}  ${n.marker}${n.title}${who}`);
      walk(n.children, depth + 1);
    }
  };
  walk(doc.sections, 0);
  if (doc.targets.length) {
    lines.push('', 'Targets:');
    for (const t of doc.targets) lines.push(`  ${t.year ?? '—'}  ${t.metric} ${t.comparator} ${t.value}${t.unit}${t.qualifier ?? ''}`);
  }
  lines.push('', `${doc.tasks.length} tasks, ${doc.diagnostics.length} diagnostics`);
  return `${lines.join('\n')}\n`;
}
