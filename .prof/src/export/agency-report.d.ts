import { type Role } from '../model/roles.js';
import type { PlanDocument } from '../model/schema.js';
export interface TaskRef {
    file: string;
    id: string;
    title: string;
    inherited: boolean;
    /** the task's deadline (its own or inherited): YYYY-MM or YYYY-MM-DD, null when it states no date */
    due: string | null;
    /** the deadline as the notice words it, empty when there is none */
    deadline: string;
}
export interface AgencyEntry {
    canonical: string;
    names: string[];
    lead: TaskRef[];
    support: TaskRef[];
    responsible: TaskRef[];
}
export declare function agencyReport(docs: PlanDocument[]): AgencyEntry[];
export interface ScheduledTask extends TaskRef {
    canonical: string;
    /** the agency's names as the notices write them */
    names: string[];
    role: Role;
}
/**
 * Each agency's tasks by due date, agencies in the report's order: dated
 * tasks first, earliest first, then those with an undated deadline (持续推进)
 * and those with none, each in the order of the notices.
 */
export declare function agencySchedule(report: AgencyEntry[]): ScheduledTask[];
