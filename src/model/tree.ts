// Walking the section tree.
import type { PlanNode } from './schema.js';

/** Visits every node in document order with its ancestors, outermost first. */
export function walk(nodes: PlanNode[], visit: (node: PlanNode, ancestors: PlanNode[]) => void, ancestors: PlanNode[] = []): void {
  for (const node of nodes) {
    visit(node, ancestors);
    walk(node.children, visit, [...ancestors, node]);
  }
}

export function findNode(nodes: PlanNode[], id: string): PlanNode | null {
  let found: PlanNode | null = null;
  walk(nodes, (n) => {
    if (n.id === id) found ??= n;
  });
  return found;
}
