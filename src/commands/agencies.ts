// `plan agencies`
import { agencyReport, type AgencyEntry } from '../agency-report.js';
import { toCsv } from '../csv.js';
import { writeOutput } from '../io.js';
import { loadPlan } from './load.js';

export interface AgenciesCommandOptions {
  format: 'text' | 'json' | 'csv';
  output?: string;
  bom?: boolean;
}

const ids = (refs: AgencyEntry['lead'], many: boolean) =>
  refs.map((r) => (many ? `${r.file}#${r.id}` : r.id)).join(' ');

export async function runAgencies(files: string[], options: AgenciesCommandOptions): Promise<number> {
  const docs = await Promise.all(files.map((f) => loadPlan(f)));
  const report = agencyReport(docs);
  const many = docs.length > 1;
  if (options.format === 'json') {
    writeOutput(`${JSON.stringify(report, null, 2)}\n`, options.output);
  } else if (options.format === 'csv') {
    const rows = [['canonical', 'names', 'lead', 'support', 'responsible', 'lead tasks', 'support tasks', 'responsible tasks']];
    for (const e of report) {
      rows.push([e.canonical, e.names.join('、'), String(e.lead.length), String(e.support.length), String(e.responsible.length), ids(e.lead, many), ids(e.support, many), ids(e.responsible, many)]);
    }
    writeOutput(toCsv(rows, options.bom), options.output);
  } else {
    const width = Math.max(8, ...report.map((e) => [...e.canonical].length * 2));
    const pad = (s: string) => s + ' '.repeat(Math.max(1, width - [...s].length * 2 + 1));
    const out = [`${pad('agency')} lead support responsible  names`];
    for (const e of report) {
      out.push(`${pad(e.canonical)} ${String(e.lead.length).padStart(4)} ${String(e.support.length).padStart(7)} ${String(e.responsible.length).padStart(11)}  ${e.names.join('、')}`);
    }
    writeOutput(`${out.join('\n')}\n`, options.output);
  }
  return 0;
}
