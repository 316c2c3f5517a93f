import type { PlanNode } from '../model/schema.js';
import { type BigramCodes } from '../text/similarity.js';
import type { AlignBasis } from './types.js';
/** A node, flattened in document order with what alignment needs. */
export interface Flat {
    node: PlanNode;
    parent: Flat | null;
    path: string[];
    order: number;
    tier: number;
    title: Int32Array;
    head: Int32Array;
}
/** An aligned pair's partner, the score it was aligned on and why. */
export interface Match {
    partner: Flat;
    score: number;
    basis: AlignBasis;
}
export interface Alignment {
    /** A's node -> its B partner */
    forward: Map<Flat, Match>;
    /** B's node -> its A partner */
    backward: Map<Flat, Match>;
}
export declare function flatten(nodes: PlanNode[], codes: BigramCodes): Flat[];
/**
 * One-to-one alignment, tier by tier (chapters, sections, items): greedy on
 * similarity, with a bonus when the parents are aligned. Then unaligned
 * parents whose children mostly align to each other's are aligned too
 * (a chapter retitled 推动六个科普项目 -> 实施六大重点工程), and last nodes
 * that changed level whose titles are alike. Each pair keeps the score it
 * was aligned on, so the score printed is the score compared.
 */
export declare function align(as: Flat[], bs: Flat[], threshold: number): Alignment;
