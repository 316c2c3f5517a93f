// The diff as one self-contained HTML page: the two plans side by side in
// aligned rows, changes highlighted.
import { escapeHtml } from '../../render/escape.js';
import { htmlPage } from '../../render/style.js';
import type { PlanDiff, RedlinePart, RoleChange, StructureChange, TargetChange } from '../types.js';
import { due, flags, htmlLang, summaryLine, target, WORDS } from './labels.js';
import type { RenderContext } from './index.js';

const esc = escapeHtml;

/** One side of a change: the equal text with this side's own insertions or deletions marked. */
function side(segments: RedlinePart[], plain: string, which: 'a' | 'b'): string {
  if (segments.length === 0) return esc(plain);
  return segments
    .filter((s) => s.op === 'equal' || s.op === (which === 'a' ? 'delete' : 'insert'))
    .map((s) => (s.op === 'equal' ? esc(s.text) : which === 'a' ? `<del>${esc(s.text)}</del>` : `<ins>${esc(s.text)}</ins>`))
    .join('');
}

function cell(r: StructureChange, which: 'a' | 'b'): string {
  const n = r[which];
  if (!n) return '<td class="empty"></td>';
  const title = side(r.title, n.title, which);
  const text = side(r.text, n.text, which);
  return `<td class="${n.kind}"><div class="head"><span class="id">${esc(n.id)}</span> ${esc(n.marker)}<b>${title}</b></div>${n.text ? `<div class="text">${text}</div>` : ''}</td>`;
}

export function renderHtml(d: PlanDiff, { lang }: Pick<RenderContext, 'lang'>): string {
  const w = WORDS[lang];
  const rows = d.structure
    .map(
      (r) =>
        `<tr class="row ${r.change}${r.a && r.b ? ' aligned' : ''}" data-a="${esc(r.a?.id ?? '')}" data-b="${esc(r.b?.id ?? '')}"><td class="change">${esc(flags(r, w))}${r.similarity !== null && r.modified ? `<br>${r.similarity}` : ''}</td>${cell(r, 'a')}${cell(r, 'b')}</tr>`,
    )
    .join('\n');
  const acc = d.accountability
    .map((a) => {
      const list = (r: RoleChange) =>
        [...r.added.map((x) => `<ins>+${esc(x.name)}</ins>`), ...r.removed.map((x) => `<del>−${esc(x.name)}</del>`)].join(' ');
      return `<tr><td>${a.tasks.map((t) => `${esc(t.b)} ${esc(t.title)}`).join('<br>')}</td><td>${list(a.lead)}</td><td>${list(a.support)}</td><td>${list(a.responsible)}</td></tr>`;
    })
    .join('\n');
  const deadlines = d.deadlines
    .map((x) => `<tr><td>${esc(x.task.b)} ${esc(x.task.title)}</td><td>${esc(due(x.a))}</td><td>${esc(due(x.b))}</td></tr>`)
    .join('\n');
  const targets = d.targets
    .map(
      (t: TargetChange) =>
        `<tr class="${t.change}"><td>${w.kinds[t.change]}</td><td>${esc((t.b ?? t.a)!.metric)}</td><td>${esc(target(t.a, w))}</td><td>${esc(target(t.b, w))}</td></tr>`,
    )
    .join('\n');
  const meta = d.meta
    .map((m) => `<tr><td>${esc(w.meta[m.field])}</td><td>${esc(m.a ?? '—')}</td><td>${esc(m.b ?? '—')}</td></tr>`)
    .join('\n');
  const section = (title: string, head: string[], body: string, cols = '', cls = '') =>
    body
      ? `<h2>${title}</h2>\n<table${cls ? ` class="${cls}"` : ''}>${cols}<thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>\n${body}\n</tbody></table>`
      : '';
  return htmlPage({
    lang: htmlLang(lang),
    title: `${w.title}: ${d.a.path} → ${d.b.path}`,
    wide: true,
    body: `<h1>${w.title}</h1>
<p class="summary">${esc(summaryLine(d, w))}</p>
${section(w.sections.structure, [w.columns.change, `A: ${esc(d.a.title ?? d.a.path)}`, `B: ${esc(d.b.title ?? d.b.path)}`], rows, '<colgroup><col class="change"><col><col></colgroup>', 'redline')}
${section(w.sections.responsibility, [w.columns.tasksB, w.roles.lead, w.roles.support, w.roles.responsible], acc)}
${section(w.sections.deadlines, [w.columns.taskB, 'A', 'B'], deadlines)}
${section(w.sections.targets, [w.columns.change, w.columns.metric, 'A', 'B'], targets)}
${section(w.sections.metadata, [w.columns.field, 'A', 'B'], meta)}`,
  });
}
