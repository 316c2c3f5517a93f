// The coverage report (plan diff --coverage): the parent's tasks with the
// child's that take them up and who leads each, as text, Markdown or one HTML page.
import type { ChalkInstance } from 'chalk';
import { escapeHtml, escapeMarkdown } from '../../render/escape.js';
import { htmlPage } from '../../render/style.js';
import type { Coverage, CoverageRow, CoveredTask } from '../coverage.js';
import { htmlLang, type Lang } from './labels.js';

const WORDS = {
  zh: {
    title: '任务覆盖',
    how: { aligned: '承接', merged: '合并承接', missing: '未承接' },
    columns: ['上级任务', '上级牵头', '承接情况', '下级任务', '下级牵头', '牵头一致', '相似度'],
    additions: '下级新增任务',
    sameLead: { true: '一致', false: '不同', null: '—' },
    summary: (c: Coverage['summary']) =>
      `上级任务 ${c.parentTasks} 项，承接 ${c.takenUp} 项（其中合并 ${c.merged} 项），未承接 ${c.missing} 项，覆盖率 ${(c.coverage * 100).toFixed(1)}%；牵头单位一致 ${c.sameLead} 项；下级新增 ${c.additions} 项`,
  },
  en: {
    title: 'Task coverage',
    how: { aligned: 'taken up', merged: 'merged', missing: 'missing' },
    columns: ['parent task', 'parent lead', 'taken up', 'child task', 'child lead', 'same lead', 'similarity'],
    additions: "The child's own tasks",
    sameLead: { true: 'same', false: 'different', null: '—' },
    summary: (c: Coverage['summary']) =>
      `${c.parentTasks} parent tasks: ${c.takenUp} taken up (${c.merged} merged), ${c.missing} missing, coverage ${(c.coverage * 100).toFixed(1)}%; same lead for ${c.sameLead}; ${c.additions} tasks of the child's own`,
  },
} as const;

const task = (t: CoveredTask | null) => (t ? `${t.id} ${t.title}` : '—');
const lead = (t: CoveredTask | null) => (t ? t.lead.map((a) => a.name).join('、') || '—' : '—');

function cells(r: CoverageRow, lang: Lang): string[] {
  const w = WORDS[lang];
  return [
    task(r.parent),
    lead(r.parent),
    w.how[r.how],
    task(r.child),
    lead(r.child),
    w.sameLead[String(r.sameLead) as 'true' | 'false' | 'null'],
    r.score === null ? '' : String(r.score),
  ];
}

export function renderCoverageText(c: Coverage, colors: ChalkInstance, lang: Lang): string {
  const w = WORDS[lang];
  const paint = { aligned: (s: string) => s, merged: colors.yellow, missing: colors.red };
  const out = [colors.bold(`${c.parent.path} → ${c.child.path}: ${w.summary(c.summary)}`), ''];
  for (const r of c.rows) {
    const [parentTask, parentLead, how, childTask, childLead, same] = cells(r, lang);
    out.push(
      paint[r.how](
        `${how}  ${parentTask}（${parentLead}）${r.child ? ` → ${childTask}（${childLead}）${r.sameLead === false ? ` ${same}` : ''}` : ''}`,
      ),
    );
  }
  if (c.additions.length) out.push('', colors.bold(`${w.additions}:`), ...c.additions.map((t) => `  ${task(t)}（${lead(t)}）`));
  return `${out.join('\n')}\n`;
}

export function renderCoverageMarkdown(c: Coverage, lang: Lang): string {
  const w = WORDS[lang];
  const md = escapeMarkdown;
  const out = [
    `# ${w.title}`,
    '',
    `${md(c.parent.title ?? c.parent.path)} → ${md(c.child.title ?? c.child.path)}`,
    '',
    md(w.summary(c.summary)),
    '',
  ];
  out.push(`| ${w.columns.join(' | ')} |`, `| ${w.columns.map(() => '---').join(' | ')} |`);
  for (const r of c.rows) out.push(`| ${cells(r, lang).map(md).join(' | ')} |`);
  if (c.additions.length) out.push('', `## ${w.additions}`, '', ...c.additions.map((t) => `- ${md(task(t))}（${md(lead(t))}）`));
  return `${out.join('\n')}\n`;
}

export function renderCoverageHtml(c: Coverage, lang: Lang): string {
  const w = WORDS[lang];
  const esc = escapeHtml;
  const rows = c.rows
    .map(
      (r) =>
        `<tr class="${r.how}">${cells(r, lang)
          .map((x) => `<td>${esc(x)}</td>`)
          .join('')}</tr>`,
    )
    .join('\n');
  const additions = c.additions.map((t) => `<li>${esc(task(t))}（${esc(lead(t))}）</li>`).join('');
  return htmlPage({
    lang: htmlLang(lang),
    title: `${w.title}: ${c.parent.path} → ${c.child.path}`,
    wide: true,
    css: 'tr.missing td{color:#b42318}tr.merged td:nth-child(3){color:#9a6700}',
    body: `<h1>${w.title}</h1>
<p>${esc(c.parent.title ?? c.parent.path)} → ${esc(c.child.title ?? c.child.path)}</p>
<p class="summary">${esc(w.summary(c.summary))}</p>
<table><thead><tr>${w.columns.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>
${rows}
</tbody></table>
${additions ? `<h2>${w.additions}</h2><ul>${additions}</ul>` : ''}`,
  });
}

/** The coverage as a printable workbook: the parent's tasks, then the child's own. */
export async function renderCoverageWorkbook(c: Coverage, lang: Lang): Promise<Uint8Array> {
  const { newWorkbook, packWorkbook, sheet } = await import('../../render/workbook.js');
  const w = WORDS[lang];
  const wb = newWorkbook();
  sheet(wb, w.title, w.columns, [30, 16, 10, 30, 16, 8, 8], [...c.rows.map((r) => cells(r, lang)), [w.summary(c.summary)]]);
  if (c.additions.length)
    sheet(
      wb,
      w.additions,
      w.columns.slice(3, 5),
      [40, 20],
      c.additions.map((t) => [task(t), lead(t)]),
    );
  return packWorkbook(wb);
}
