// Diagnostics placed on a logical line, at the input line and column it came from.
import type { DiagnosticCode } from '../model/diagnostic-codes.js';
import type { Diagnostic, Severity } from '../model/schema.js';
import { locate, type Line } from './repair.js';

/** A diagnostic at `offset` (the start, by default) of a repaired line. */
export function diagnosticAt(line: Line, severity: Severity, code: DiagnosticCode, message: string, offset = 0): Diagnostic {
  return { severity, code, message, ...locate(line, offset) };
}
