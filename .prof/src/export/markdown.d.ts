import type { PlanDocument } from '../model/schema.js';
export declare function renderPlanMarkdown(doc: PlanDocument): string;
