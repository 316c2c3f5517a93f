import { type DiagnosticCode } from '../model/diagnostic-codes.js';
import type { Diagnostic } from '../model/schema.js';
import { type Line } from './repair.js';
/** A diagnostic at `offset` (the start, by default) of a repaired line, of its code's severity. */
export declare function diagnosticAt(line: Line, code: DiagnosticCode, message: string, offset?: number): Diagnostic;
/** A diagnostic about a whole input line, before lines are repaired (decoding, the file's name). */
export declare function diagnosticOnLine(line: number, code: DiagnosticCode, message: string): Diagnostic;
