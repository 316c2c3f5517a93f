import type { PlanDocument } from '../../model/schema.js';
import { type ParseOptions } from '../../parse/parse-notice.js';
export declare function loadPlan(path: string, format?: ParseOptions['format'], limits?: ParseOptions['limits']): Promise<PlanDocument>;
