import type { Diagnostic, PlanNode, TaskTable } from '../../model/schema.js';
import type { TableDraft } from '../cst-visitor.js';
/** Form 4: the 任务分工表. Each row gives its item lead and support; unmatched rows are reported. */
export declare function readTaskTable(table: TableDraft, sections: PlanNode[], diagnostics: Diagnostic[], year: number | null): TaskTable;
