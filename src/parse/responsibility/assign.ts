// Gives each node the responsibility it states, in one pass in document order.
// Precedence, highest first (task-table.ts adds the lowest):
//   1. 责任单位 lines that belong to the node (form line), read while building the tree;
//   2. an attribution closing its heading (form heading): 一、强化科技创新（区科技局牵头）,
//      which is taken out of the title;
//   3. the attributions in its own text (form inline when keyed, item otherwise):
//      （牵头部门：…）, （X牵头，Y参与）, （X负责） — all of them, merged;
//   4. a row of the 任务分工表 matched to it (form table).
// A stated convention (列第一位者为牵头单位) makes the first unit of a list
// without a lead its lead, in its own statement, and with 下同 in every later one.
import type { Diagnostic, PlanNode, Responsibility } from '../../model/schema.js';
import { walk } from '../../model/tree.js';
import type { Line } from '../repair.js';
import { reportNameProblems } from './problems.js';
import { attributions, firstListedLeads, readAttributions, type ReadResponsibility } from './statement.js';

/** The attribution closing a heading, if any: 强化科技创新（区科技局牵头） -> 强化科技创新 and the attribution. */
function fromHeading(node: PlanNode): (ReadResponsibility & { title: string }) | null {
  const last = attributions(node.title).at(-1);
  if (!last || node.title.slice(last.end).trim() !== '' || last.start === 0) return null;
  const read = readAttributions([last], node.span, { form: 'heading' });
  return read ? { ...read, title: node.title.slice(0, last.start).trim() } : null;
}

export function assignResponsibilities(sections: PlanNode[], lineAt: (line: number) => Line, diagnostics: Diagnostic[]): void {
  let carried = false;
  const report = (read: ReadResponsibility, node: PlanNode) => reportNameProblems(read.problems, lineAt(node.span.startLine), diagnostics);
  walk(sections, (node) => {
    const heading = node.responsibility ? null : fromHeading(node);
    if (heading) {
      node.title = heading.title;
      report(heading, node);
    }
    const stated = attributions(node.text);
    const firstLeads = carried || stated.some((a) => a.firstLeads);
    carried ||= stated.some((a) => a.carries);
    // under a convention, a bracket of names only says who does it: （第一责任单位为牵头单位，下同）…（市委宣传部、市科协）
    const inText = readAttributions(stated, node.span, { lists: firstLeads });
    let own: Responsibility | null = node.responsibility ?? heading?.responsibility ?? null;
    if (!own && inText) {
      own = inText.responsibility;
      report(inText, node);
    }
    node.responsibility = own && firstLeads ? firstListedLeads(own) : own;
  });
}
