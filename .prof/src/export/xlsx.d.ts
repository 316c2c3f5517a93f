import type { PlanDocument } from '../model/schema.js';
export declare function renderWorkbook(docs: PlanDocument[]): Promise<Uint8Array>;
