// `plan agencies`: for one or many notices, each canonical agency with the
// tasks it leads, supports or is responsible for.
import { ROLES } from '../model/roles.js';
import { compareText } from '../text/text.js';
export function agencyReport(docs) {
    const byKey = new Map();
    for (const doc of docs) {
        for (const task of doc.tasks) {
            if (!task.responsibility)
                continue;
            for (const role of ROLES) {
                for (const agency of task.responsibility[role]) {
                    let entry = byKey.get(agency.canonical);
                    if (!entry) {
                        entry = { canonical: agency.canonical, names: [], lead: [], support: [], responsible: [] };
                        byKey.set(agency.canonical, entry);
                    }
                    if (!entry.names.includes(agency.name))
                        entry.names.push(agency.name);
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
    const total = (e) => e.lead.length + e.support.length + e.responsible.length;
    return [...byKey.values()]
        .map((e) => ({ ...e, names: e.names.sort() }))
        .sort((a, b) => b.lead.length - a.lead.length || total(b) - total(a) || compareText(a.canonical, b.canonical));
}
/**
 * Each agency's tasks by due date, agencies in the report's order: dated
 * tasks first, earliest first, then those with an undated deadline (持续推进)
 * and those with none, each in the order of the notices.
 */
export function agencySchedule(report) {
    const rank = (t) => (t.due ? 0 : t.deadline ? 1 : 2);
    const date = (t) => t.due ?? '';
    // a stable sort: equal ranks keep the order of the roles and of the notices
    return report.flatMap((e) => ROLES.flatMap((role) => e[role].map((t) => ({ ...t, canonical: e.canonical, names: e.names, role }))).sort((x, y) => rank(x) - rank(y) || (date(x) < date(y) ? -1 : date(x) > date(y) ? 1 : 0)));
}
