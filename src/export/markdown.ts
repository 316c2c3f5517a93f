// The canonical Markdown of a plan: the notice's own order (header, plan,
// footer), headings by level, markers as in the notice, responsibility lines
// where they stood, the task table as a Markdown table. `plan parse` of this
// Markdown gives back the same model; the round-trip test proves it.
import type { PlanDocument, PlanNode } from '../model/schema.js';
import { escapeMarkdown } from '../render/escape.js';
import { splitHeading } from '../text/text.js';

const HEADING: Partial<Record<PlanNode['kind'], string>> = { chapter: '##', section: '###' };
// `3.2.1 预警分级`: decimal numbering is read as a marker only on a line of its own, whatever the node's kind
const DECIMAL_MARKER = /^\d{1,2}(?:[.．]\d{1,2}){0,2}$/;
const DECIMAL_HEADING = '####';

function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The marker line: title and first paragraph joined by the separator that splits back the same way. */
function markerLine(node: PlanNode, first: string): string {
  if (!first) return node.title;
  for (const sep of ['。', '：']) {
    const line = `${node.title}${sep}${first}`;
    const split = splitHeading(line);
    if (split.title === node.title && split.text === first) return line;
  }
  return `${node.title}。${first}`;
}

function renderNode(node: PlanNode, out: string[]): void {
  const paragraphs = node.text ? node.text.split('\n') : [];
  const heading = HEADING[node.kind] ?? (DECIMAL_MARKER.test(node.marker) ? DECIMAL_HEADING : undefined);
  // A heading holds the title alone; an item keeps its first sentences on its line, as notices write them.
  const inline = heading ? '' : (paragraphs.shift() ?? '');
  const line = `${escapeMarkdown(node.marker)}${escapeMarkdown(markerLine(node, inline))}`;
  out.push(heading ? `${heading} ${line}` : line, '');
  for (const p of paragraphs) out.push(escapeMarkdown(p), '');
  for (const child of node.children) renderNode(child, out);
  if (node.responsibility?.form === 'line') for (const raw of node.responsibility.raw.split('\n')) out.push(escapeMarkdown(raw), '');
}

function tableCell(text: string): string {
  return escapeMarkdown(text) || ' ';
}

function renderTable(doc: PlanDocument, out: string[]): void {
  const table = doc.taskTable;
  if (!table) return;
  out.push(escapeMarkdown(table.title), '');
  const columns = table.columns.length ? table.columns : ['项目', '要点', '牵头单位', '配合单位'];
  const parts = [...new Set(table.rows.map((r) => r.part))];
  parts.forEach((part, i) => {
    if (part)
      out.push(
        `${escapeMarkdown(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][i] ?? String(i + 1))}、${escapeMarkdown(part)}`,
        '',
      );
    // each row's cells as written (序号, 具体内容, 责任处室 …), under a header as wide as the widest row
    const rows = table.rows.filter((x) => x.part === part).map((r) => (r.cells.length ? r.cells : [r.group, r.point, r.lead, r.support]));
    const width = rows.reduce((widest, cells) => Math.max(widest, cells.length), columns.length);
    const cells = (texts: string[]) => `| ${Array.from({ length: width }, (_, i) => tableCell(texts[i] ?? '')).join(' | ')} |`;
    out.push(cells(columns), `| ${Array.from({ length: width }, () => '---').join(' | ')} |`);
    for (const row of rows) out.push(cells(row));
    out.push('');
  });
}

export function renderPlanMarkdown(doc: PlanDocument): string {
  const m = doc.meta;
  const out: string[] = [];
  const para = (text: string | null | undefined) => {
    if (text) out.push(escapeMarkdown(text), '');
  };
  const webEntries = Object.entries(m.web);
  if (webEntries.length) {
    for (const [key, value] of webEntries) out.push(`- ${escapeMarkdown(key)}：${escapeMarkdown(value)}`);
    out.push('');
  }
  para(m.banner);
  // a joint red header stacks the other issuers under the first one's 文件 line
  if (m.banner && m.issuers.length > 1 && m.banner.startsWith(m.issuers[0]!))
    for (const issuer of m.issuers.slice(1)) if (!m.banner.includes(issuer)) para(issuer);
  para(m.docNumberRaw ?? m.docNumber);
  if (m.noticeTitle) out.push(`# ${escapeMarkdown(m.noticeTitle)}`, '');
  if (m.addressees.length) para(`${m.addressees.join('，')}：`);
  for (const p of m.cover ? m.cover.split('\n') : []) para(p);
  if (m.signedDate) {
    // who signs, one a line as joint issuers stand; none when the issuer comes from the title alone
    for (const signatory of m.signatories) para(signatory);
    para(chineseDate(m.signedDate));
  }
  const headerPublicity = m.publicity?.startsWith('此件') ?? false;
  if (m.publicity && headerPublicity) para(`（${m.publicity}）`);
  para(m.attachment);
  // a repost's headline (《…》全文, 某部发布《…》) stands where the title stood, and gives it back
  const title = m.headline ?? m.planTitle;
  if (title) out.push(`# ${escapeMarkdown(title)}`, '');
  for (const p of doc.preamble ? doc.preamble.split('\n') : []) para(p);
  for (const node of doc.sections) renderNode(node, out);
  renderTable(doc, out);
  const footer = m.publicity && !headerPublicity ? [`公开方式：${m.publicity}`] : [];
  if (m.related.length) footer.push(`相关单位：${m.related.join('、')}。`);
  if (m.cc.length) footer.push(`抄送：${m.cc.join('，')}。`);
  if (m.printedDate) footer.push(...(m.printedBy ? [m.printedBy] : []), `${chineseDate(m.printedDate)}印发`);
  if (footer.length) {
    out.push('---', '');
    for (const f of footer) para(f);
  }
  return `${out.join('\n').trimEnd()}\n`;
}
