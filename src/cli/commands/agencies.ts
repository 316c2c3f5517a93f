// `plan agencies`
import { agencyReport, agencySchedule } from '../../export/agency-report.js';
import { toCsv } from '../../export/csv.js';
import { AGENCY_COLUMNS, agencyRows } from '../../export/rows.js';
import { displayWidth, padDisplay } from '../../render/width.js';
import { writeOutput } from '../io.js';
import { loadPlan } from './load.js';

export interface AgenciesCommandOptions {
  format: 'text' | 'json' | 'csv';
  output?: string;
  bom?: boolean;
  due?: boolean;
}

const ROLE_NAMES = { lead: '牵头', support: '配合', responsible: '负责' } as const;

/** --due: each agency's tasks by due date, as a schedule. */
function schedule(docs: Awaited<ReturnType<typeof loadPlan>>[], options: AgenciesCommandOptions): void {
  const many = docs.length > 1;
  const tasks = agencySchedule(agencyReport(docs));
  const task = (t: (typeof tasks)[number]) => (many ? `${t.file}#${t.id}` : t.id);
  if (options.format === 'json') {
    writeOutput(`${JSON.stringify(tasks, null, 2)}\n`, options.output);
  } else if (options.format === 'csv') {
    const header = ['单位', '单位键', '角色', '到期', '完成时限', '任务', '要点'];
    const rows = tasks.map((t) => [t.names.join('、'), t.canonical, ROLE_NAMES[t.role], t.due ?? '', t.deadline, task(t), t.title]);
    writeOutput(toCsv([header, ...rows], options.bom), options.output);
  } else {
    const out: string[] = [];
    let agency = '';
    for (const t of tasks) {
      if (t.canonical !== agency) out.push(...(agency ? [''] : []), t.names.join('、'));
      agency = t.canonical;
      const when = t.due ?? (t.deadline || '—');
      out.push(`  ${padDisplay(when, 10)} ${ROLE_NAMES[t.role]}  ${task(t)} ${t.title}${t.due ? `  (${t.deadline})` : ''}`);
    }
    writeOutput(`${out.join('\n')}\n`, options.output);
  }
}

export async function runAgencies(files: string[], options: AgenciesCommandOptions): Promise<number> {
  const docs = await Promise.all(files.map((f) => loadPlan(f)));
  if (options.due) {
    schedule(docs, options);
    return 0;
  }
  const report = agencyReport(docs);
  if (options.format === 'json') {
    writeOutput(`${JSON.stringify(report, null, 2)}\n`, options.output);
  } else if (options.format === 'csv') {
    // the columns of the workbook's 单位 sheet
    writeOutput(toCsv([[...AGENCY_COLUMNS], ...agencyRows(docs)], options.bom), options.output);
  } else {
    const width = report.reduce((w, e) => Math.max(w, displayWidth(e.canonical)), 8) + 1;
    const pad = (s: string) => padDisplay(s, width);
    const out = [`${pad('单位')} 牵头 配合 负责  名称`];
    for (const e of report) {
      out.push(
        `${pad(e.canonical)} ${[e.lead, e.support, e.responsible].map((tasks) => String(tasks.length).padStart(4)).join(' ')}  ${e.names.join('、')}`,
      );
    }
    writeOutput(`${out.join('\n')}\n`, options.output);
  }
  return 0;
}
