// `plan agencies`: for one or many notices, each canonical agency with the
// tasks it leads, supports or is responsible for.
import { ROLES, type Role } from '../model/roles.js';
import type { PlanDocument } from '../model/schema.js';
import { compareText } from '../text/text.js';

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

export function agencyReport(docs: PlanDocument[]): AgencyEntry[] {
  const byKey = new Map<string, AgencyEntry>();
  for (const doc of docs) {
    for (const task of doc.tasks) {
      if (!task.responsibility) continue;
      for (const role of ROLES) {
        for (const agency of task.responsibility[role]) {
          let entry = byKey.get(agency.canonical);
          if (!entry) {
            entry = { canonical: agency.canonical, names: [], lead: [], support: [], responsible: [] };
            byKey.set(agency.canonical, entry);
          }
          if (!entry.names.includes(agency.name)) entry.names.push(agency.name);
          entry[role].push({
            file: doc.source.path,
            id: task.id,
            title: task.title,
            inherited: task.inherited,
            due: task.deadline?.by ?? null,
            deadline: task.deadline?.raw ?? '',
          });
        }
      }
    }
  }
  const total = (e: AgencyEntry) => e.lead.length + e.support.length + e.responsible.length;
  return [...byKey.values()]
    .map((e) => ({ ...e, names: e.names.sort() }))
    .sort((a, b) => b.lead.length - a.lead.length || total(b) - total(a) || compareText(a.canonical, b.canonical));
}

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
export function agencySchedule(report: AgencyEntry[]): ScheduledTask[] {
  const rank = (t: TaskRef) => (t.due ? 0 : t.deadline ? 1 : 2);
  const date = (t: TaskRef) => t.due ?? '';
  // a stable sort: equal ranks keep the order of the roles and of the notices
  return report.flatMap((e) =>
    ROLES.flatMap((role) => e[role].map((t) => ({ ...t, canonical: e.canonical, names: e.names, role }))).sort(
      (x, y) => rank(x) - rank(y) || (date(x) < date(y) ? -1 : date(x) > date(y) ? 1 : 0),
    ),
  );
}
