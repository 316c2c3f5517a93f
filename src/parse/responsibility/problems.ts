// Problems with agency names (damaged, repeated), reported as diagnostics at
// the column where the name stands in its line.
import { escapeRegExp } from '../../../grammars/patterns.js';
import type { Diagnostic } from '../../model/schema.js';
import { diagnosticAt } from '../diagnostics.js';
import type { Line } from '../repair.js';
import type { NameProblem } from './agencies.js';

export function reportNameProblems(problems: NameProblem[], line: Line, diagnostics: Diagnostic[], where = ''): void {
  for (const p of problems) {
    const message =
      p.code === 'suspect-agency'
        ? `"${p.name}" is not a plausible agency name (OCR or extraction damage?)${where}; it is kept, marked suspect`
        : `"${p.name}" is named more than once${where}; it is kept once`;
    diagnostics.push(diagnosticAt(line, 'warning', p.code, message, nameOffset(line.text, p.raw)));
  }
}

/** Where a name stands as a whole list entry (区域, not the 区域 inside 区域局局). */
function nameOffset(text: string, name: string): number {
  const whole = new RegExp(`(?<=^|[、，,；;\\t\\s])${escapeRegExp(name)}(?=$|[、，,；;\\t\\s。等])`).exec(text);
  return whole ? whole.index : Math.max(0, text.indexOf(name));
}
