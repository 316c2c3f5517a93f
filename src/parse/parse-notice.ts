// The pipeline: decode -> ingest -> line repair -> lex/parse (CST) -> visit
// (outline) -> build the tree -> header, responsibility, targets -> model.
// Each stage's module says what it guarantees to the next.
import { parseCst } from '../../grammars/parser.js';
import { assignResponsibilities } from './responsibility/assign.js';
import { readTaskTable } from './responsibility/task-table.js';
import { buildTasks } from './responsibility/tasks.js';
import { decode, sha256, type Encoding } from './decode.js';
import { diagnosticAt } from './diagnostics.js';
import { detectFormat, ingest, type InputFormat } from './ingest/ingest.js';
import { readClosing, readFooter, readFront } from './header.js';
import type { DiagnosticCode } from '../model/diagnostic-codes.js';
import type { Diagnostic, PlanDocument } from '../model/schema.js';
import { SCHEMA_VERSION } from '../model/version.js';
import { buildTree } from './build-tree.js';
import { visitNotice } from './cst-visitor.js';
import { repair, type Line } from './repair.js';
import { collectTargets } from './targets.js';
import { compareText } from '../text/text.js';

export interface ParseOptions {
  /** Shown in `source.path` and used to tell Markdown from text; `<stdin>` when absent. */
  path?: string;
  /** `auto` (default) decides by the file name, then by the content. */
  format?: InputFormat | 'auto';
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * Parses one notice into the canonical plan model. Accepts the file's bytes
 * (decoded as UTF-8 or GB18030) or text already decoded. Never throws on a
 * notice's content: what cannot be placed becomes a diagnostic. Throws
 * InputError only for input that is no text at all (empty, binary, undecodable).
 */
export function parseNotice(input: string | Uint8Array, options: ParseOptions = {}): PlanDocument {
  let text: string;
  let encoding: Encoding = 'utf-8';
  let digest: string;
  if (typeof input === 'string') {
    text = input.replace(/^\uFEFF/, '');
    digest = sha256(new TextEncoder().encode(input));
  } else {
    const decoded = decode(input);
    ({ text, encoding } = decoded);
    digest = decoded.sha256;
  }
  const format = !options.format || options.format === 'auto' ? detectFormat(text, options.path) : options.format;
  const diagnostics: Diagnostic[] = [];

  const repaired = repair(ingest(text, format), format);
  const lines = repaired.filter((l) => !l.outside);
  const outside = repaired.filter((l) => l.outside).map((l) => ({ text: l.text, span: { startLine: l.startLine, endLine: l.endLine } }));
  const { cst, parseErrors, lexErrors } = parseCst(lines.map((l) => `${l.folded}\n`).join(''));
  for (const e of lexErrors) diagnostics.push(at(lines, e.line, 'lex-error', e.message));
  for (const e of parseErrors) diagnostics.push(at(lines, e.token.startLine ?? 1, 'parse-error', e.message));

  const built = buildTree(visitNotice(cst, lines), lines, diagnostics);
  const front = readFront(built.front, diagnostics);
  readClosing(built.closing, front.meta);
  readFooter(built.footer, front.meta, diagnostics);
  const lineAt = (sourceLine: number) => lines.find((l) => l.startLine <= sourceLine && sourceLine <= l.endLine) ?? lines[0]!;
  assignResponsibilities(built.sections, lineAt, diagnostics);
  const taskTable = built.table ? readTaskTable(built.table, built.sections, diagnostics) : null;

  return {
    schemaVersion: SCHEMA_VERSION,
    source: { path: options.path ?? '<stdin>', sha256: digest, format, encoding },
    meta: front.meta,
    preamble: front.preamble,
    targets: collectTargets(front.preamble, front.preambleSpan, built.sections),
    sections: built.sections,
    tasks: buildTasks(built.sections),
    taskTable,
    appendices: built.appendices,
    diagnostics: diagnostics.sort(
      (a, b) =>
        a.line - b.line || a.column - b.column || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || compareText(a.code, b.code),
    ),
    outside,
  };
}

/** A diagnostic at line `index` (1-based) of the repaired text. */
function at(lines: Line[], index: number, code: DiagnosticCode, message: string): Diagnostic {
  const line = lines[Math.min(Math.max(index, 1), lines.length) - 1];
  return line ? diagnosticAt(line, 'error', code, message) : { severity: 'error', code, message, line: 1, column: 1 };
}
