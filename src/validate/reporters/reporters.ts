// Reporters of `plan validate`: stylish for people, json for scripts, junit
// and sarif for CI and code-scanning services, github for workflow annotations.
import type { ChalkInstance } from 'chalk';
import { RULES } from '../rules.js';
import type { FileResult, Finding } from '../validate.js';

export type ReporterName = 'stylish' | 'json' | 'junit' | 'sarif' | 'github';
export const REPORTERS: ReporterName[] = ['stylish', 'json', 'junit', 'sarif', 'github'];

export interface Summary {
  files: number;
  filesWithProblems: number;
  errors: number;
  warnings: number;
  infos: number;
  byRule: Record<string, number>;
}

export function summarise(results: FileResult[]): Summary {
  const s: Summary = { files: results.length, filesWithProblems: 0, errors: 0, warnings: 0, infos: 0, byRule: {} };
  for (const r of results) {
    if (r.findings.length) s.filesWithProblems++;
    for (const f of r.findings) {
      if (f.severity === 'error') s.errors++;
      else if (f.severity === 'warning') s.warnings++;
      else s.infos++;
      s.byRule[f.ruleId] = (s.byRule[f.ruleId] ?? 0) + 1;
    }
  }
  s.byRule = Object.fromEntries(Object.entries(s.byRule).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)));
  return s;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function codeFrame(f: Finding, c: ChalkInstance): string[] {
  if (f.excerpt === null) return [];
  const gutter = `${f.line} | `;
  const shown = (text: string) => text.replace(/\t/g, '    ');
  const before = shown([...f.excerpt].slice(0, Math.max(0, f.column - 1)).join(''));
  return [c.dim(`    ${gutter}`) + shown(f.excerpt), `    ${' '.repeat(gutter.length)}${' '.repeat(width(before))}${c.red('^')}`];
}

export function stylish(results: FileResult[], c: ChalkInstance): string {
  const out: string[] = [];
  const paint = { error: c.red, warning: c.yellow, info: c.blue };
  for (const r of results) {
    if (r.findings.length === 0) continue;
    out.push('', c.underline(r.file));
    for (const f of r.findings) {
      out.push(`  ${c.dim(`${f.line}:${f.column}`)}  ${paint[f.severity](f.severity)}  ${f.message}  ${c.dim(f.ruleId)}`);
      out.push(...codeFrame(f, c));
    }
  }
  const s = summarise(results);
  const problems = s.errors + s.warnings + s.infos;
  out.push('');
  if (problems === 0) {
    out.push(c.green(`✔ ${plural(s.files, 'file')} checked, no problems`));
  } else {
    const mark = s.errors ? c.red('✖') : c.yellow('⚠');
    out.push(`${mark} ${plural(problems, 'problem')} (${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}${s.infos ? `, ${s.infos} info` : ''}) in ${s.filesWithProblems} of ${plural(s.files, 'file')}`);
    for (const [rule, n] of Object.entries(s.byRule)) out.push(`  ${String(n).padStart(5)}  ${rule}`);
  }
  return `${out.join('\n')}\n`;
}

export function json(results: FileResult[]): string {
  return `${JSON.stringify({ summary: summarise(results), files: results }, null, 2)}\n`;
}

function xml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

/** One test suite per file; one test case per finding, or one passing case for a clean file. */
export function junit(results: FileResult[]): string {
  const s = summarise(results);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="plan validate" tests="${results.reduce((n, r) => n + Math.max(1, r.findings.length), 0)}" failures="${s.errors + s.warnings}">`];
  for (const r of results) {
    const failures = r.findings.filter((f) => f.severity !== 'info').length;
    out.push(`  <testsuite name="${xml(r.file)}" tests="${Math.max(1, r.findings.length)}" failures="${failures}" errors="0">`);
    if (r.findings.length === 0) out.push(`    <testcase classname="${xml(r.file)}" name="plan validate"/>`);
    for (const f of r.findings) {
      const name = xml(`${f.line}:${f.column} ${f.ruleId}`);
      if (f.severity === 'info') {
        out.push(`    <testcase classname="${xml(r.file)}" name="${name}"><system-out>${xml(f.message)}</system-out></testcase>`);
      } else {
        out.push(`    <testcase classname="${xml(r.file)}" name="${name}">`);
        out.push(`      <failure type="${f.severity}" message="${xml(f.message)}">${xml(`${r.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message}`)}</failure>`);
        out.push('    </testcase>');
      }
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** SARIF 2.1.0, as code-scanning services read it. */
export function sarif(results: FileResult[], version: string): string {
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'plan',
            version,
            informationUri: 'https://www.npmjs.com/package/plan',
            rules: RULES.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
            })),
          },
        },
        results: results.flatMap((r) =>
          r.findings.map((f) => ({
            ruleId: f.ruleId,
            ruleIndex: RULES.findIndex((x) => x.id === f.ruleId),
            level: SARIF_LEVEL[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: encodeURI(r.file.replace(/\\/g, '/')) },
                  region: { startLine: f.line, startColumn: f.column },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
const GITHUB_LEVEL = { error: 'error', warning: 'warning', info: 'notice' } as const;

export function github(results: FileResult[]): string {
  const lines = results.flatMap((r) =>
    r.findings.map(
      (f) =>
        `::${GITHUB_LEVEL[f.severity]} file=${escapeProperty(r.file)},line=${f.line},col=${f.column},title=${escapeProperty(f.ruleId)}::${escapeData(f.message)}`,
    ),
  );
  return lines.length ? `${lines.join('\n')}\n` : '';
}
