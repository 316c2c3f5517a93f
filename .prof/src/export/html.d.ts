import type { PlanDocument } from '../model/schema.js';
export declare function renderPlanHtml(docs: PlanDocument[]): string;
