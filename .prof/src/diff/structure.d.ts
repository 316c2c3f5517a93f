import type { Alignment, Flat } from './align.js';
import type { StructureChange } from './types.js';
/** B's tree in order; each removed A node right after the row of its nearest aligned predecessor in A. */
export declare function structure(as: Flat[], bs: Flat[], alignment: Alignment): StructureChange[];
