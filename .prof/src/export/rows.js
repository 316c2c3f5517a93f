// The 任务分工表 as rows: one per task, the columns staff pass around in Excel
// or WPS, with empty tracking columns for them to fill in every quarter.
import { agencyReport } from './agency-report.js';
import { agencyNames } from '../render/responsibility.js';
export const TASK_COLUMNS = [
    '序号',
    '编号',
    '项目',
    '要点',
    '牵头单位',
    '配合单位',
    '责任单位',
    '依据',
    '完成时限',
    '进展情况',
    '备注',
];
export const TARGET_COLUMNS = ['年份', '指标', '比较', '数值', '单位', '附注', '所在章节', '原文'];
export const SCHEDULE_COLUMNS = ['到期月份', '编号', '要点', '牵头单位', '责任单位', '完成时限', '时限依据'];
export const AGENCY_COLUMNS = ['单位', '名称', '牵头', '配合', '负责', '牵头任务', '配合任务', '负责任务'];
const FORM_NAMES = {
    line: '责任单位行',
    heading: '标题括注',
    inline: '牵头部门（段内）',
    item: '条目括注',
    table: '任务分工表',
};
/** Where the responsibility came from, and whether it is inherited. */
function basis(task) {
    const r = task.responsibility;
    if (!r)
        return '未明确';
    const parts = [FORM_NAMES[r.form]];
    if (task.inherited)
        parts.push(`承 ${task.from}`);
    if (task.leadFrom)
        parts.push(`牵头承 ${task.leadFrom}`);
    return parts.join('，');
}
export function taskRows(doc) {
    return doc.tasks.map((t, i) => [
        i + 1,
        t.id,
        t.path.join(' / '),
        t.title,
        agencyNames(t.responsibility?.lead ?? []),
        agencyNames(t.responsibility?.support ?? []),
        agencyNames(t.responsibility?.responsible ?? []),
        basis(t),
        // as the notice states it, still the staff's to change
        t.deadline?.raw ?? '',
        '',
        '',
    ]);
}
const UNDATED = { date: '未定', period: '未定', recurring: '定期', ongoing: '持续' };
/** Due months earliest first, then the undated (持续, 定期, 未定) grouped by kind; a stable sort keeps the notice's order within each. */
export function compareDue(x, y) {
    const a = String(x[0]);
    const b = String(y[0]);
    return Number(!/^\d/.test(a)) - Number(!/^\d/.test(b)) || (a < b ? -1 : a > b ? 1 : 0);
}
/** The 时限 sheet: each task with a deadline, by the month it is due (its first column). */
export function scheduleRows(doc) {
    return doc.tasks
        .filter((t) => t.deadline)
        .map((t) => [
        t.deadline.by?.slice(0, 7) ?? UNDATED[t.deadline.kind],
        t.id,
        t.title,
        agencyNames(t.responsibility?.lead ?? []),
        agencyNames(t.responsibility?.responsible ?? []),
        t.deadline.raw,
        t.deadlineFrom ? `承 ${t.deadlineFrom}` : '本项',
    ])
        .sort(compareDue);
}
export function targetRows(doc) {
    return doc.targets.map((t) => [t.year ?? '', t.metric, t.comparator, t.value, t.unit, t.qualifier ?? '', t.nodeId ?? '', t.text]);
}
/** Each agency with its task counts and task ids (file#id when there are several plans). */
export function agencyRows(docs) {
    const many = docs.length > 1;
    const ids = (refs) => refs.map((r) => (many ? `${r.file}#${r.id}` : r.id)).join(' ');
    return agencyReport(docs).map((e) => [
        e.canonical,
        e.names.join('、'),
        e.lead.length,
        e.support.length,
        e.responsible.length,
        ids(e.lead),
        ids(e.support),
        ids(e.responsible),
    ]);
}
/** A short name for a plan, for sheet names and the combined table. */
export function planName(doc) {
    return doc.meta.planTitle ?? doc.meta.noticeTitle ?? doc.source.path;
}
