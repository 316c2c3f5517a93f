import type { PlanDocument } from '../model/schema.js';
import type { Alignment } from './align.js';
import type { DeadlineChange } from './types.js';
/** Per task pair in B's order, the pairs whose deadlines mean different things. */
export declare function deadlines(a: PlanDocument, b: PlanDocument, forward: Alignment['forward']): DeadlineChange[];
