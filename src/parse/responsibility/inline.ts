// Responsibility stated inside a node's own text: `（牵头部门：…）` in a
// section's introduction, `（…按职责分工负责）` closing an item.
import type { Diagnostic, PlanNode } from '../../model/schema.js';
import { walk } from '../../model/tree.js';
import type { Line } from '../repair.js';
import { reportNameProblems } from './problems.js';
import { inlineResponsibility, itemResponsibility } from './statement.js';

/** Forms 2 and 3: `（牵头部门：…）` in a section's introduction, `（…按职责分工负责）` closing an item. */
export function applyInlineResponsibilities(sections: PlanNode[], lineAt: (line: number) => Line, diagnostics: Diagnostic[]): void {
  walk(sections, (node) => {
    if (node.responsibility) return;
    const text = node.text || node.title;
    const read = inlineResponsibility(text, node.span) ?? (node.children.length === 0 ? itemResponsibility(text, node.span) : null);
    if (!read) return;
    node.responsibility = read.responsibility;
    reportNameProblems(read.problems, lineAt(node.span.startLine), diagnostics);
  });
}
