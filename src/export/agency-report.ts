// `plan agencies`: for one or many notices, each canonical agency with the
// tasks it leads, supports or is responsible for.
import { ROLES } from '../model/roles.js';
import type { PlanDocument } from '../model/schema.js';
import { compareText } from '../text/text.js';

export interface TaskRef {
  file: string;
  id: string;
  title: string;
  inherited: boolean;
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
          entry[role].push({ file: doc.source.path, id: task.id, title: task.title, inherited: task.inherited });
        }
      }
    }
  }
  const total = (e: AgencyEntry) => e.lead.length + e.support.length + e.responsible.length;
  return [...byKey.values()]
    .map((e) => ({ ...e, names: e.names.sort() }))
    .sort((a, b) => b.lead.length - a.lead.length || total(b) - total(a) || compareText(a.canonical, b.canonical));
}
