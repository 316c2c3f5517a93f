import type { PlanDocument } from '../model/schema.js';
import type { Alignment } from './align.js';
import type { AccountabilityChange } from './types.js';
/** Per task pair, by canonical agency; task pairs with the same change are grouped. */
export declare function accountability(a: PlanDocument, b: PlanDocument, forward: Alignment['forward']): AccountabilityChange[];
