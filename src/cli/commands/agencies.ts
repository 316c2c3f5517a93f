// `plan agencies`
import { agencyReport } from '../../export/agency-report.js';
import { toCsv } from '../../export/csv.js';
import { agencyRows } from '../../export/rows.js';
import { displayWidth, padDisplay } from '../../render/width.js';
import { writeOutput } from '../io.js';
import { loadPlan } from './load.js';

export interface AgenciesCommandOptions {
  format: 'text' | 'json' | 'csv';
  output?: string;
  bom?: boolean;
}

export async function runAgencies(files: string[], options: AgenciesCommandOptions): Promise<number> {
  const docs = await Promise.all(files.map((f) => loadPlan(f)));
  const report = agencyReport(docs);
  if (options.format === 'json') {
    writeOutput(`${JSON.stringify(report, null, 2)}\n`, options.output);
  } else if (options.format === 'csv') {
    const header = ['canonical', 'names', 'lead', 'support', 'responsible', 'lead tasks', 'support tasks', 'responsible tasks'];
    writeOutput(toCsv([header, ...agencyRows(docs)], options.bom), options.output);
  } else {
    const width = report.reduce((w, e) => Math.max(w, displayWidth(e.canonical)), 8) + 1;
    const pad = (s: string) => padDisplay(s, width);
    const out = [`${pad('agency')} lead support responsible  names`];
    for (const e of report) {
      out.push(
        `${pad(e.canonical)} ${String(e.lead.length).padStart(4)} ${String(e.support.length).padStart(7)} ${String(e.responsible.length).padStart(11)}  ${e.names.join('、')}`,
      );
    }
    writeOutput(`${out.join('\n')}\n`, options.output);
  }
  return 0;
}
