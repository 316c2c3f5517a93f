// `plan agencies`
import { agencyReport, agencySchedule } from '../../export/agency-report.js';
import { toCsv } from '../../export/csv.js';
import { agencyRows } from '../../export/rows.js';
import { displayWidth, padDisplay } from '../../render/width.js';
import { writeOutput } from '../io.js';
import { loadPlan } from './load.js';
const ROLE_NAMES = { lead: '牵头', support: '配合', responsible: '负责' };
/** --due: each agency's tasks by due date, as a schedule. */
function schedule(docs, options) {
    const many = docs.length > 1;
    const tasks = agencySchedule(agencyReport(docs));
    const task = (t) => (many ? `${t.file}#${t.id}` : t.id);
    if (options.format === 'json') {
        writeOutput(`${JSON.stringify(tasks, null, 2)}\n`, options.output);
    }
    else if (options.format === 'csv') {
        const header = ['agency', 'key', 'role', 'due', 'deadline', 'task', 'title'];
        const rows = tasks.map((t) => [t.names.join('、'), t.canonical, t.role, t.due ?? '', t.deadline, task(t), t.title]);
        writeOutput(toCsv([header, ...rows], options.bom), options.output);
    }
    else {
        const out = [];
        let agency = '';
        for (const t of tasks) {
            if (t.canonical !== agency)
                out.push(...(agency ? [''] : []), t.names.join('、'));
            agency = t.canonical;
            const when = t.due ?? (t.deadline || '—');
            out.push(`  ${padDisplay(when, 10)} ${ROLE_NAMES[t.role]}  ${task(t)} ${t.title}${t.due ? `  (${t.deadline})` : ''}`);
        }
        writeOutput(`${out.join('\n')}\n`, options.output);
    }
}
export async function runAgencies(files, options) {
    const docs = await Promise.all(files.map((f) => loadPlan(f)));
    if (options.due) {
        schedule(docs, options);
        return 0;
    }
    const report = agencyReport(docs);
    if (options.format === 'json') {
        writeOutput(`${JSON.stringify(report, null, 2)}\n`, options.output);
    }
    else if (options.format === 'csv') {
        const header = ['canonical', 'names', 'lead', 'support', 'responsible', 'lead tasks', 'support tasks', 'responsible tasks'];
        writeOutput(toCsv([header, ...agencyRows(docs)], options.bom), options.output);
    }
    else {
        const width = report.reduce((w, e) => Math.max(w, displayWidth(e.canonical)), 8) + 1;
        const pad = (s) => padDisplay(s, width);
        const out = [`${pad('agency')} lead support responsible  names`];
        for (const e of report) {
            out.push(`${pad(e.canonical)} ${String(e.lead.length).padStart(4)} ${String(e.support.length).padStart(7)} ${String(e.responsible.length).padStart(11)}  ${e.names.join('、')}`);
        }
        writeOutput(`${out.join('\n')}\n`, options.output);
    }
    return 0;
}
