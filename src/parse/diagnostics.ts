// Diagnostics placed on a logical line, at the input line and column it came from.
import { severityOf, type DiagnosticCode } from '../model/diagnostic-codes.js';
import type { Diagnostic } from '../model/schema.js';
import { locate, type Line } from './repair.js';

/** A diagnostic at `offset` (the start, by default) of a repaired line, of its code's severity. */
export function diagnosticAt(line: Line, code: DiagnosticCode, message: string, offset = 0): Diagnostic {
  return { severity: severityOf(code), code, message, ...locate(line, offset) };
}

/** A diagnostic about a whole input line, before lines are repaired (decoding, the file's name). */
export function diagnosticOnLine(line: number, code: DiagnosticCode, message: string): Diagnostic {
  return { severity: severityOf(code), code, message, line, column: 1 };
}
