// The plain-text reader: one source line per input line, as written.
import type { SourceLine } from './source-line.js';

export function readText(text: string): SourceLine[] {
  return text.split(/\r\n|\r|\n/).map((line, i) => ({ text: line, line: i + 1, column: 1, heading: false }));
}
