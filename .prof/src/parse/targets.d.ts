import type { PlanNode, Span, Target } from '../model/schema.js';
/**
 * Targets stated in one block of text (a node's title and text, or the
 * preamble), matched on the folded text (超過 is 超过, ２０２５ is 2025); the
 * metric and the sentence (in a long sentence, the clause) are given as written.
 */
export declare function findTargets(text: string, nodeId: string | null, span: Span): Target[];
export declare function collectTargets(preamble: string, preambleSpan: Span | null, sections: PlanNode[]): Target[];
