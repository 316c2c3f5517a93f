import type { PlanDocument } from '../model/schema.js';
export declare const TASK_COLUMNS: readonly ["序号", "编号", "项目", "要点", "牵头单位", "配合单位", "责任单位", "依据", "完成时限", "进展情况", "备注"];
export declare const TARGET_COLUMNS: readonly ["年份", "指标", "比较", "数值", "单位", "附注", "所在章节", "原文"];
export declare const SCHEDULE_COLUMNS: readonly ["到期月份", "编号", "要点", "牵头单位", "责任单位", "完成时限", "时限依据"];
export declare const AGENCY_COLUMNS: readonly ["单位", "名称", "牵头", "配合", "负责", "牵头任务", "配合任务", "负责任务"];
export type Row = (string | number)[];
export declare function taskRows(doc: PlanDocument): Row[];
/** Due months earliest first, then the undated (持续, 定期, 未定) grouped by kind; a stable sort keeps the notice's order within each. */
export declare function compareDue(x: Row, y: Row): number;
/** The 时限 sheet: each task with a deadline, by the month it is due (its first column). */
export declare function scheduleRows(doc: PlanDocument): Row[];
export declare function targetRows(doc: PlanDocument): Row[];
/** Each agency with its task counts and task ids (file#id when there are several plans). */
export declare function agencyRows(docs: PlanDocument[]): Row[];
/** A short name for a plan, for sheet names and the combined table. */
export declare function planName(doc: PlanDocument): string;
