import type { PlanNode } from './schema.js';
/** Visits every node in document order with its ancestors, outermost first. */
export declare function walk(nodes: PlanNode[], visit: (node: PlanNode, ancestors: PlanNode[]) => void, ancestors?: PlanNode[]): void;
export declare function findNode(nodes: PlanNode[], id: string): PlanNode | null;
