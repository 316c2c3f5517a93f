import type { PlanDocument } from '../model/schema.js';
export declare function renderOutline(doc: PlanDocument): string;
