// Diagnostics placed on a logical line, at the input line and column it came from.
import { severityOf } from '../model/diagnostic-codes.js';
import { locate } from './repair.js';
/** A diagnostic at `offset` (the start, by default) of a repaired line, of its code's severity. */
export function diagnosticAt(line, code, message, offset = 0) {
    return { severity: severityOf(code), code, message, ...locate(line, offset) };
}
/** A diagnostic about a whole input line, before lines are repaired (decoding, the file's name). */
export function diagnosticOnLine(line, code, message) {
    return { severity: severityOf(code), code, message, line, column: 1 };
}
