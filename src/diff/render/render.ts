// Renders a PlanDiff for people: text (coloured on a terminal), Markdown, and
// one self-contained HTML page with the two plans side by side.
import type { ChalkInstance } from 'chalk';
import type { AccountabilityChange, NodeRef, PlanDiff, Segment, StructureChange, TargetChange } from '../diff.js';
import type { Target } from '../../model/schema.js';
import { escapeHtml } from '../../render/escape.js';

const SIGNS: Record<StructureChange['change'], string> = { same: ' ', modified: '~', moved: '>', renumbered: '#', added: '+', removed: '-' };

export function summaryLine(d: PlanDiff): string {
  const s = d.summary;
  if (s.differences === 0) return `no differences between ${d.a.path} and ${d.b.path}`;
  const parts = (['modified', 'moved', 'renumbered', 'added', 'removed'] as const).filter((k) => s[k]).map((k) => `${s[k]} ${k}`);
  const more = [
    s.accountability ? `${s.accountability} responsibility changes` : '',
    s.targets ? `${s.targets} target changes` : '',
    s.meta ? `${s.meta} metadata differences` : '',
  ].filter(Boolean);
  return `${d.a.path} → ${d.b.path}: ${[...parts, ...more].join(', ')}${s.same ? ` (${s.same} same)` : ''}`;
}

function label(n: NodeRef | null): string {
  return n ? `${n.id} ${n.marker}${n.title}` : '';
}

function nodes(r: StructureChange): string {
  if (r.a && r.b) return r.a.id === r.b.id ? label(r.b) : `${r.a.id} → ${label(r.b)}`;
  return label(r.a ?? r.b);
}

function flags(r: StructureChange): string {
  return [r.moved && 'moved', r.renumbered && 'renumbered', r.modified && 'modified'].filter(Boolean).join(', ');
}

function target(t: Target | null): string {
  return t ? `${t.year ?? '—'}年 ${t.comparator}${t.value}${t.unit}${t.qualifier ?? ''}` : '—';
}

function roles(c: AccountabilityChange): string {
  const part = (name: string, r: { added: string[]; removed: string[] }) =>
    r.added.length + r.removed.length ? `${name} ${[...r.added.map((k) => `+${k}`), ...r.removed.map((k) => `−${k}`)].join(' ')}` : '';
  return [part('lead', c.lead), part('support', c.support), part('responsible', c.responsible)].filter(Boolean).join('; ');
}

function tasks(c: AccountabilityChange): string {
  const ids = c.tasks.map((t) => t.b);
  return `${ids.length === 1 ? `task ${ids[0]} ${c.tasks[0]!.title}` : `tasks ${ids.join(', ')}`}`;
}

function inline(segments: Segment[], c: ChalkInstance | null): string {
  return segments
    .map((s) => {
      if (s.op === 'equal') return s.text;
      if (c && c.level > 0) return s.op === 'insert' ? c.green.underline(s.text) : c.red.strikethrough(s.text);
      return s.op === 'insert' ? `{+${s.text}+}` : `[-${s.text}-]`;
    })
    .join('');
}

export function renderText(d: PlanDiff, c: ChalkInstance): string {
  const out = [c.bold(summaryLine(d))];
  const paint: Record<StructureChange['change'], (s: string) => string> = {
    same: (s) => s,
    modified: c.yellow,
    moved: c.cyan,
    renumbered: c.magenta,
    added: c.green,
    removed: c.red,
  };
  const changed = d.structure.filter((r) => r.change !== 'same');
  if (changed.length) out.push('');
  for (const r of changed) {
    const sim = r.similarity !== null && r.modified ? ` ${c.dim(`similarity ${r.similarity}`)}` : '';
    out.push(`${paint[r.change](`${SIGNS[r.change]} ${nodes(r)}`)}  ${c.dim(flags(r) || r.change)}${sim}`);
    if (r.a && r.b && r.a.title !== r.b.title) out.push(`    title: ${inline(r.title, c)}`);
  }
  if (d.accountability.length) {
    out.push('', c.bold('Responsibility:'));
    for (const a of d.accountability) out.push(`  ${tasks(a)}: ${roles(a)}`);
  }
  const targets = d.targets.filter((t) => t.change !== 'same');
  if (targets.length) {
    out.push('', c.bold('Targets:'));
    for (const t of targets) out.push(`  ${t.change.padEnd(8)} ${(t.b ?? t.a)!.metric}: ${target(t.a)} → ${target(t.b)}`);
  }
  if (d.meta.length) {
    out.push('', c.bold('Metadata:'));
    for (const m of d.meta) out.push(`  ${m.field}: ${m.a ?? '—'} → ${m.b ?? '—'}`);
  }
  return `${out.join('\n')}\n`;
}

const md = (s: string) => s.replace(/([\\`*_[\]|<>])/g, '\\$1');

function mdInline(segments: Segment[]): string {
  return segments.map((s) => (s.op === 'equal' ? md(s.text) : s.op === 'insert' ? `<ins>${md(s.text)}</ins>` : `<del>${md(s.text)}</del>`)).join('');
}

export function renderMarkdown(d: PlanDiff): string {
  const out = [`# Plan diff`, '', `**A** ${md(d.a.path)}${d.a.title ? ` — ${md(d.a.title)}` : ''}  `, `**B** ${md(d.b.path)}${d.b.title ? ` — ${md(d.b.title)}` : ''}`, '', md(summaryLine(d)), ''];
  const changed = d.structure.filter((r) => r.change !== 'same');
  if (changed.length) {
    out.push('## Structure', '', '| change | A | B | similarity |', '| --- | --- | --- | --- |');
    for (const r of changed) {
      const b = r.a && r.b && r.a.title !== r.b.title ? `${r.b.id} ${md(r.b.marker)}${mdInline(r.title)}` : md(label(r.b));
      out.push(`| ${flags(r) || r.change} | ${md(label(r.a))} | ${b} | ${r.similarity ?? ''} |`);
    }
    out.push('');
  }
  if (d.accountability.length) {
    out.push('## Responsibility', '', '| tasks (B) | lead | support | responsible |', '| --- | --- | --- | --- |');
    const cell = (r: { added: string[]; removed: string[] }) => [...r.added.map((k) => `+${k}`), ...r.removed.map((k) => `−${k}`)].join(' ');
    for (const a of d.accountability) out.push(`| ${md(a.tasks.map((t) => `${t.b} ${t.title}`).join('<br>'))} | ${cell(a.lead)} | ${cell(a.support)} | ${cell(a.responsible)} |`);
    out.push('');
  }
  const targets = d.targets.filter((t) => t.change !== 'same');
  if (targets.length) {
    out.push('## Targets', '', '| change | metric | A | B |', '| --- | --- | --- | --- |');
    for (const t of targets) out.push(`| ${t.change} | ${md((t.b ?? t.a)!.metric)} | ${md(target(t.a))} | ${md(target(t.b))} |`);
    out.push('');
  }
  if (d.meta.length) {
    out.push('## Metadata', '', '| field | A | B |', '| --- | --- | --- |');
    for (const m of d.meta) out.push(`| ${m.field} | ${md(m.a ?? '—')} | ${md(m.b ?? '—')} |`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

const esc = escapeHtml;

/** One side of a change: the equal text with this side's own insertions or deletions marked. */
function side(segments: Segment[], plain: string, which: 'a' | 'b'): string {
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

const CSS = `
body{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:2rem;color:#222;line-height:1.6}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem}
table{border-collapse:collapse;width:100%;table-layout:fixed}
td,th{border:1px solid #ddd;padding:.4rem .6rem;vertical-align:top;text-align:left}
th{background:#f4f4f4}
col.change{width:8rem}td.change{font-size:.85rem;color:#555}
tr.added td.change{color:#1a7f37}tr.removed td.change{color:#b42318}
tr.moved td.change,tr.renumbered td.change{color:#7a4fb5}tr.modified td.change{color:#9a6700}
td.empty{background:repeating-linear-gradient(45deg,#fafafa,#fafafa 6px,#f0f0f0 6px,#f0f0f0 12px)}
td.chapter .head{font-size:1.05rem}td.item .head,td.dash .head,td.subitem .head,td.circled .head{padding-left:1.2rem}
td.section .head{padding-left:.6rem}
.id{color:#888;font-size:.8rem;margin-right:.3rem}.text{font-size:.9rem;color:#444;margin-top:.2rem}
tr.same .text{display:none}
ins{background:#d1f5d3;text-decoration:none}del{background:#ffd7d5}
.summary{background:#f6f8fa;padding:.6rem 1rem;border-radius:4px}
`;

export function renderHtml(d: PlanDiff): string {
  const rows = d.structure
    .map((r) => `<tr class="row ${r.change}${r.a && r.b ? ' aligned' : ''}" data-a="${esc(r.a?.id ?? '')}" data-b="${esc(r.b?.id ?? '')}"><td class="change">${esc(flags(r) || r.change)}${r.similarity !== null && r.modified ? `<br>${r.similarity}` : ''}</td>${cell(r, 'a')}${cell(r, 'b')}</tr>`)
    .join('\n');
  const acc = d.accountability
    .map((a) => {
      const list = (r: { added: string[]; removed: string[] }) => [...r.added.map((k) => `<ins>+${esc(k)}</ins>`), ...r.removed.map((k) => `<del>−${esc(k)}</del>`)].join(' ');
      return `<tr><td>${a.tasks.map((t) => `${esc(t.b)} ${esc(t.title)}`).join('<br>')}</td><td>${list(a.lead)}</td><td>${list(a.support)}</td><td>${list(a.responsible)}</td></tr>`;
    })
    .join('\n');
  const targets = d.targets.map((t: TargetChange) => `<tr class="${t.change}"><td>${t.change}</td><td>${esc((t.b ?? t.a)!.metric)}</td><td>${esc(target(t.a))}</td><td>${esc(target(t.b))}</td></tr>`).join('\n');
  const meta = d.meta.map((m) => `<tr><td>${esc(m.field)}</td><td>${esc(m.a ?? '—')}</td><td>${esc(m.b ?? '—')}</td></tr>`).join('\n');
  const section = (title: string, head: string[], body: string, cols = '') =>
    body ? `<h2>${title}</h2>\n<table>${cols}<thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>\n${body}\n</tbody></table>` : '';
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>plan diff: ${esc(d.a.path)} → ${esc(d.b.path)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>plan diff</h1>
<p class="summary">${esc(summaryLine(d))}</p>
${section('Structure', ['change', `A: ${esc(d.a.title ?? d.a.path)}`, `B: ${esc(d.b.title ?? d.b.path)}`], rows, '<colgroup><col class="change"><col><col></colgroup>')}
${section('Responsibility', ['tasks (B)', 'lead', 'support', 'responsible'], acc)}
${section('Targets', ['change', 'metric', 'A', 'B'], targets)}
${section('Metadata', ['field', 'A', 'B'], meta)}
</body>
</html>
`;
}
