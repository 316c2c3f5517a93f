import type { PlanDocument } from '../model/schema.js';
import { type MetaChange } from './types.js';
export declare function meta(a: PlanDocument, b: PlanDocument): MetaChange[];
