// A readable, self-contained page of one or more plans: outline, tasks with
// their departments, targets, agency index and diagnostics.
import { agencyReport } from './agency-report.js';
import { TASK_COLUMNS, taskRows } from './rows.js';
import type { PlanDocument, PlanNode } from '../model/schema.js';
import { escapeHtml } from '../render/escape.js';
import { describeResponsibility } from '../render/responsibility.js';
import { htmlPage } from '../render/style.js';

const esc = escapeHtml;

function who(n: PlanNode): string {
  return n.responsibility ? ` <span class="who">${describeResponsibility(n.responsibility, esc)}</span>` : '';
}

function outline(nodes: PlanNode[]): string {
  if (!nodes.length) return '';
  return `<ol${nodes[0]!.level === 1 ? ' class="outline"' : ''}>${nodes
    .map(
      (n) =>
        `<li class="node ${n.kind}" id="n-${esc(n.id)}"><div><span class="id">${esc(n.id)}</span><b>${esc(n.marker)}${esc(n.title)}</b>${who(n)}</div>${n.text ? `<div class="text">${esc(n.text).replace(/\n/g, '<br>')}</div>` : ''}${outline(n.children)}</li>`,
    )
    .join('')}</ol>`;
}

// columns that must not wrap mid-word: numbers on one line, agency names wrapped only between names
const COLUMN_CLASSES: Record<string, string> = {
  序号: 'num',
  编号: 'num',
  年份: 'num',
  所在章节: 'num',
  牵头单位: 'agencies',
  配合单位: 'agencies',
  责任单位: 'agencies',
  完成时限: 'due',
};

function table(head: readonly string[], rows: (string | number)[][]): string {
  if (!rows.length) return '<p>—</p>';
  const classes = head.map((h) => (COLUMN_CLASSES[h] ? ` class="${COLUMN_CLASSES[h]}"` : ''));
  return `<table><thead><tr>${head.map((h, i) => `<th${classes[i]}>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c, i) => `<td${classes[i]}>${esc(String(c))}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

function plan(doc: PlanDocument): string {
  const m = doc.meta;
  const meta = (
    [
      ['文号', m.docNumber],
      ['发文机关', m.issuer],
      ['成文日期', m.signedDate],
      ['主送', m.addressees.join('，')],
      ['公开', m.publicity],
      ['抄送', m.cc.join('，')],
      ['印发', [m.printedBy, m.printedDate].filter(Boolean).join(' ')],
    ] as const
  )
    .filter(([, v]) => v)
    .map(([k, v]) => `<dt>${k}</dt><dd>${esc(String(v))}</dd>`)
    .join('');
  const agencies = agencyReport([doc]).map((e) => [
    e.canonical,
    e.names.join('、'),
    e.lead.map((t) => t.id).join(' '),
    e.support.map((t) => t.id).join(' '),
    e.responsible.map((t) => t.id).join(' '),
  ]);
  const targets = doc.targets.map((t) => [
    t.year ?? '',
    t.metric,
    `${t.comparator}${t.value}${t.unit}${t.qualifier ?? ''}`,
    t.nodeId ?? '',
  ]);
  return `<article>
<h1>${esc(m.planTitle ?? m.noticeTitle ?? doc.source.path)}</h1>
<dl class="meta">${meta}</dl>
${doc.preamble ? `<p>${esc(doc.preamble).replace(/\n/g, '<br>')}</p>` : ''}
<h2>目录与正文</h2>
${outline(doc.sections)}
<h2>任务分工</h2>
${table(
  TASK_COLUMNS.slice(0, 9),
  taskRows(doc).map((r) => r.slice(0, 9)),
)}
<h2>目标</h2>
${table(['年份', '指标', '目标值', '所在章节'], targets)}
<h2>单位索引</h2>
${table(['单位', '名称', '牵头任务', '配合任务', '负责任务'], agencies)}
<h2>诊断</h2>
${doc.diagnostics.length ? `<ul>${doc.diagnostics.map((d) => `<li class="diag ${d.severity}">${d.line}:${d.column} ${esc(d.severity)} ${esc(d.code)} ${esc(d.message)}</li>`).join('')}</ul>` : '<p>无</p>'}
</article>`;
}

export function renderPlanHtml(docs: PlanDocument[]): string {
  const title = docs.length === 1 ? (docs[0]!.meta.planTitle ?? docs[0]!.source.path) : `${docs.length} 个方案`;
  return htmlPage({ lang: 'zh-CN', title, body: docs.map(plan).join('\n<hr>\n') });
}
