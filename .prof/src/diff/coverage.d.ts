import type { PlanDocument } from '../model/schema.js';
import type { AgencyRef } from './types.js';
export interface CoveredTask {
    id: string;
    title: string;
    lead: AgencyRef[];
}
export interface CoverageRow {
    parent: CoveredTask;
    /** aligned: the child's task at its place; merged: a child task that carries its text with another's; missing: none */
    how: 'aligned' | 'merged' | 'missing';
    child: CoveredTask | null;
    /** the similarity the pair was found on */
    score: number | null;
    /** whether the same canonical agencies lead; null when either states no lead */
    sameLead: boolean | null;
}
export interface Coverage {
    parent: {
        path: string;
        title: string | null;
    };
    child: {
        path: string;
        title: string | null;
    };
    rows: CoverageRow[];
    /** the child's tasks that take up no task of the parent */
    additions: CoveredTask[];
    summary: {
        parentTasks: number;
        takenUp: number;
        merged: number;
        missing: number;
        additions: number;
        sameLead: number;
        coverage: number;
    };
}
export declare function coverPlans(parent: PlanDocument, child: PlanDocument, options?: {
    threshold?: number;
}): Coverage;
