// Stage 5b: outline -> plan nodes. Gives the visitor's outline its meaning:
// splits each marker line into title and text, reads responsibility lines,
// numbers the nodes, and reports what the outline could not place.
// Guarantees to the stages after it: every repaired line is in a node, in the
// header or footer lines, in the task table, or in a diagnostic.
import { tokenMatcher } from 'chevrotain';
import { TableRow } from '../../grammars/lexer.js';
import type { Appendix, Diagnostic, MarkerKind, PlanNode, Responsibility } from '../model/schema.js';
import { fold } from '../text/fold.js';
import { parseOrdinal, splitHeading } from '../text/text.js';
import type { ClassifiedLine, ElementDraft, NoticeOutline, TableDraft } from './cst-visitor.js';
import { diagnosticAt } from './diagnostics.js';
import { isOrganisation, isSealNote } from './header.js';
import type { Line } from './repair.js';
import { reportNameProblems } from './responsibility/problems.js';
import { responsibilityFromLine } from './responsibility/statement.js';

export interface Built {
  front: ClassifiedLine[];
  sections: PlanNode[];
  footer: ClassifiedLine[];
  table: TableDraft | null;
  appendices: Appendix[];
  /** the signature that closes a notice that is itself the document: the signatory's line, then the date */
  closing: ClassifiedLine[];
  /** the lines of a table of contents set before the body: recorded outside the notice */
  contents: Line[];
}

/**
 * A table of contents set before the body (1 总则 / 1.1 编制目的 / … / 7 附则,
 * then 1 总则 again with its text): leading headings with no line of text,
 * at least two, whose first heading the body repeats.
 */
function splitContents(body: ElementDraft[]): { contents: ElementDraft[]; body: ElementDraft[] } {
  const empty = (e: ElementDraft): boolean => e.contents.every((c) => c.type === 'element' && empty(c.element));
  const heading = (e: ElementDraft) => e.heading.line.folded.replace(/\s+/g, '');
  let k = 0;
  while (k < body.length && empty(body[k]!)) k++;
  const again = body[k];
  if (k >= 2 && again && heading(again) === heading(body[0]!)) return { contents: body.slice(0, k), body: body.slice(k) };
  return { contents: [], body };
}

function headingLines(drafts: ElementDraft[]): Line[] {
  return drafts.flatMap((d) => [d.heading.line, ...headingLines(d.contents.flatMap((c) => (c.type === 'element' ? [c.element] : [])))]);
}

/** The body's last lines of text when organisations sign there (国务院办公厅 above the closing date, a 代章 note under it): taken out of the body. */
function takeSignatories(body: ElementDraft[]): ClassifiedLine[] {
  let element = body.at(-1);
  while (element) {
    const last = element.contents.at(-1);
    if (last?.type !== 'element') break;
    element = last.element;
  }
  const signatories: ClassifiedLine[] = [];
  const signs = (text: string) => isOrganisation(text) || isSealNote(text);
  for (let last = element?.contents.at(-1); last?.type === 'text' && signs(last.line.text); last = element!.contents.at(-1)) {
    signatories.unshift(last.line);
    element!.contents.pop();
  }
  return signatories;
}

function ordinalOf(kind: MarkerKind, marker: string): number {
  const code = marker.codePointAt(0)!;
  if (kind === 'circled') return code - 0x2460 + 1;
  // ⑴ ⒇ and ⒈ ⒛ carry their number in the character
  if (code >= 0x2474 && code <= 0x2487) return code - 0x2474 + 1;
  if (code >= 0x2488 && code <= 0x249b) return code - 0x2488 + 1;
  if (kind === 'dash') return 0;
  // 1.2.3 is number 3 of its level
  const decimal = /(?<!\d)(\d+)$/.exec(marker);
  if (decimal && /^\d+(?:[.．]\d+)+$/.test(marker)) return Number(decimal[1]);
  const numeral = /[\d一二三四五六七八九十百零〇]+/.exec(marker);
  return numeral ? parseOrdinal(numeral[0]) : 0;
}

// A short line without sentence punctuation: a heading whose number was lost.
const BARE_HEADING = /^[^。；;，,：:！!？?、]{2,24}$/u;

/** The last line of text at the end of an element (in its last sub-element, however deep), with the list that holds it. */
function trailingText(element: ElementDraft): { list: ElementDraft['contents']; line: ClassifiedLine } | null {
  let last = element.contents.at(-1);
  while (last?.type === 'element') {
    element = last.element;
    last = element.contents.at(-1);
  }
  return last?.type === 'text' ? { list: element.contents, line: last.line } : null;
}

/**
 * A chapter heading that lost its number (重点任务 above （一）（二）…): under
 * a chapter, where the numbering of its elements starts again at one and the
 * line just before the restart is a short line without punctuation, that
 * line heads a chapter of its own, unnumbered, holding the restarted
 * elements and what follows them (up to the next such restart). The restart
 * shows a level was lost; the line, that it was a heading. One pass over each
 * chapter's elements: every cut is found first, then each part taken once.
 */
function restoreBareChapters(body: ElementDraft[]): ElementDraft[] {
  return body.flatMap((chapter) => {
    if (chapter.kind !== 'chapter' && chapter.kind !== 'part') return [chapter];
    const cuts: { index: number; heading: ClassifiedLine }[] = [];
    let previous: ElementDraft | null = null;
    for (const [index, content] of chapter.contents.entries()) {
      if (content.type !== 'element') continue;
      const element = content.element;
      const restarts =
        previous !== null &&
        element.kind === previous.kind &&
        ordinalOf(element.kind, fold(element.marker)) === 1 &&
        ordinalOf(previous.kind, fold(previous.marker)) >= 2;
      const bare = restarts ? trailingText(previous!) : null;
      if (bare && BARE_HEADING.test(bare.line.text.trim())) {
        bare.list.pop();
        cuts.push({ index, heading: bare.line });
      }
      previous = element;
    }
    if (cuts.length === 0) return [chapter];
    const contents = chapter.contents;
    const restored = cuts.map(({ index, heading }, i) => ({
      kind: chapter.kind,
      heading,
      marker: '',
      rest: heading.text.trim(),
      contents: contents.slice(index, cuts[i + 1]?.index),
    }));
    chapter.contents = contents.slice(0, cuts[0]!.index);
    return [chapter, ...restored];
  });
}

function mergeResponsibility(a: Responsibility | null, b: Responsibility): Responsibility {
  if (!a) return b;
  return {
    lead: [...a.lead, ...b.lead],
    support: [...a.support, ...b.support],
    responsible: [...a.responsible, ...b.responsible],
    raw: `${a.raw}\n${b.raw}`,
    form: a.form,
    span: { startLine: a.span.startLine, endLine: b.span.endLine },
  };
}

function toNode(draft: ElementDraft, diagnostics: Diagnostic[]): PlanNode {
  const marker = draft.marker;
  const { title, text } = splitHeading(draft.rest);
  const line = draft.heading.line;
  const node: PlanNode = {
    id: '',
    level: 0,
    kind: draft.kind,
    marker,
    ordinal: ordinalOf(draft.kind, fold(marker)),
    title,
    text,
    responsibility: null,
    deadline: null,
    children: [],
    span: { startLine: line.startLine, endLine: line.endLine },
  };
  const paragraphs = text ? [text] : [];
  // 责任单位 lines after a group's last item belong to the group (seeds); lines
  // that stand between items (牵头单位：X / 责任单位：Y after each) belong to the item before them.
  const last = draft.contents.findLastIndex((c) => c.type === 'element');
  const perItem = draft.contents.some((c, i) => c.type === 'responsibility' && i < last);
  for (const content of draft.contents) {
    if (content.type === 'element') {
      const sub = toNode(content.element, diagnostics);
      node.children.push(sub);
      node.span.endLine = Math.max(node.span.endLine, sub.span.endLine);
      continue;
    }
    const l = content.line;
    node.span.endLine = Math.max(node.span.endLine, l.line.endLine);
    if (content.type === 'text') {
      paragraphs.push(l.text);
    } else {
      const found = responsibilityFromLine(l.text, { startLine: l.line.startLine, endLine: l.line.endLine });
      reportNameProblems(found.problems, l.line, diagnostics);
      const holder = perItem ? (node.children.at(-1) ?? node) : node;
      holder.responsibility = mergeResponsibility(holder.responsibility, found.responsibility);
      holder.span.endLine = Math.max(holder.span.endLine, l.line.endLine);
    }
  }
  node.text = paragraphs.join('\n');
  return node;
}

/** Ids are paths of ordinals (2.1.3); a repeated ordinal gets its position instead. */
function assignIds(nodes: PlanNode[], parentId = '', level = 1): void {
  const used = new Set<number>();
  let dashes = 0;
  nodes.forEach((node, index) => {
    if (node.kind === 'dash') node.ordinal = ++dashes;
    let segment = node.ordinal > 0 && !used.has(node.ordinal) ? node.ordinal : index + 1;
    while (used.has(segment)) segment++;
    used.add(segment);
    node.id = parentId ? `${parentId}.${segment}` : String(segment);
    node.level = level;
    assignIds(node.children, node.id, level + 1);
  });
}

/** The repaired lines the outline gives a place (its body as rebuilt): a second task table is reported by its title only, its rows are not read. */
function placedLines(outline: NoticeOutline, body: ElementDraft[]): Set<Line> {
  const placed = new Set<Line>();
  const add = (l: ClassifiedLine) => placed.add(l.line);
  const element = (e: ElementDraft): void => {
    add(e.heading);
    for (const c of e.contents) {
      if (c.type === 'element') element(c.element);
      else add(c.line);
    }
  };
  outline.front.forEach(add);
  body.forEach(element);
  outline.footer.forEach(add);
  outline.tables.forEach((t, i) => {
    add(t.title);
    if (i === 0) t.rows.forEach(add);
  });
  outline.appendices.forEach((a) => [a.title, ...a.rows].forEach(add));
  outline.looseResponsibility.forEach(add);
  outline.strays.forEach(add);
  outline.closing.forEach(add);
  return placed;
}

const quoted = (l: ClassifiedLine) => `"${l.line.text}"`;

export function buildTree(outline: NoticeOutline, lines: readonly Line[], diagnostics: Diagnostic[]): Built {
  const signatories = outline.closing.length > 0 ? takeSignatories(outline.body) : [];
  const { contents, body: numbered } = splitContents(outline.body);
  const body = restoreBareChapters(numbered);
  const sections = body.map((draft) => toNode(draft, diagnostics));
  assignIds(sections);
  for (const t of outline.tables.slice(1)) {
    diagnostics.push(diagnosticAt(t.title.line, 'second-task-table', `a second task table; its rows are not read: ${quoted(t.title)}`));
  }
  for (const l of outline.looseResponsibility) {
    diagnostics.push(diagnosticAt(l.line, 'unplaced-responsibility', `a responsibility line outside any section: ${quoted(l)}`));
  }
  for (const l of outline.strays) {
    const code = tokenMatcher(l.token, TableRow) ? 'stray-table-row' : 'stray-text';
    diagnostics.push(diagnosticAt(l.line, code, `a line outside the body that belongs to no element: ${quoted(l)}`));
  }
  const placed = placedLines(outline, [...contents, ...body]);
  for (const l of signatories) placed.add(l.line);
  for (const line of lines) {
    if (!placed.has(line)) diagnostics.push(diagnosticAt(line, 'unplaced-text', `the parser could not place this line: "${line.text}"`));
  }
  return {
    front: outline.front,
    sections,
    footer: outline.footer,
    table: outline.tables[0] ?? null,
    appendices: outline.appendices.map(({ title, rows }) => ({
      title: title.line.text,
      lines: rows.map((r) => r.line.text),
      span: { startLine: title.line.startLine, endLine: rows.at(-1)?.line.endLine ?? title.line.endLine },
    })),
    closing: [...signatories, ...outline.closing],
    contents: headingLines(contents),
  };
}
