import type { PlanNode, Task } from '../../model/schema.js';
/** Every actionable item: a leaf under an action or project chapter (提升行动, 重点工程 …), or a chapter that is one item with its own responsibility (一、…（财政部负责）). */
export declare function buildTasks(sections: PlanNode[]): Task[];
