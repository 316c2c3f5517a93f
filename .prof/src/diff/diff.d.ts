import type { PlanDocument } from '../model/schema.js';
import type { DiffOptions, PlanDiff } from './types.js';
export type * from './types.js';
export { textDiff } from './redline.js';
export declare function diffPlans(a: PlanDocument, b: PlanDocument, options?: DiffOptions): PlanDiff;
