import type { Deadline, PlanNode, Span } from '../model/schema.js';
type Dates = Pick<Deadline, 'kind' | 'by' | 'from' | 'to'>;
/** The dates a deadline's wording gives; `year` resolves 年底前 and the like. Null when it states no time. */
export declare function readDates(raw: string, year: number | null): Dates | null;
/** Reads every node's own deadline. `year` is the notice's (its signing date's), for 年底前. */
export declare function assignDeadlines(sections: PlanNode[], year: number | null): void;
/** The index of a task table's deadline column among its header cells, or -1. */
export declare function deadlineColumn(header: string[]): number;
/** A task-table cell's deadline, for the item the row matched. */
export declare function cellDeadline(cell: string, span: Span, year: number | null): Deadline | null;
export {};
