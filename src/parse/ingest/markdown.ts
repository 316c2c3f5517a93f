// The Markdown reader: remark with GFM tables (the 任务分工表 of a crawler's
// Markdown) so that `#` headings, `**bold**`, `---` rules and `- ` bullets
// never leak into the text. Tables only, not the rest of GFM: its footnote
// calls look back over the whole paragraph at every `]` (quadratic: a damaged
// page of 38 KB took 0.3 s), and notices have none; `[^1]: …` is then read as
// a link definition, kept as written.
//
// remark reads a notice at a third of the speed of all of plan's other stages,
// while most of a notice's blocks (the runs of lines between blank lines) are
// plain paragraphs, `#` headings and one-line list items, their only marks
// `**bold**` and simple links. Those are read here line by line; the other
// blocks go to remark together, a blank line between two, which it reads as it
// would in the whole text because a blank line ends every block but a few, and
// a text holding one of those (a fence, a comment, a link definition, an
// indented block) goes to remark whole. A test compares the two on the corpus
// and on generated text. Every pattern here is linear.
import type { Content, List, ListItem, Parent, PhrasingContent, Root, Table } from 'mdast';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import type { SourceLine } from './source-line.js';
import { readText } from './text.js';

function gfmTables(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

const markdownParser = unified().use(remarkParse).use(gfmTables);

// Blocks that run past a blank line (fences, HTML comments and raw blocks,
// indented code), that reach across the text (link definitions), or whose
// reading depends on what came before (an indented line may continue a list
// item above a blank line): the text goes to remark whole.
const CROSSES_BLOCKS = /```|~~~|<(?:[!?]|script|pre|style|textarea)|\]:|^ {0,3}\t|^ {4}/im;
// Inline marks no notice writes (a run of 17 emphasis marks, ****…O…****, or hundreds of them or of link
// openings `](` in one paragraph: a damaged copy): micromark pairs them in quadratic time (8,000 marks in a
// run took 0.6 s, 16,000 `*a` 1.6 s, 16,000 `[a](` 3.2 s); such a block is read as its lines, as written.
const DELIMITER_RUN = /[*_]{17}/;
const DELIMITERS = /[*_]+|\]\(/g;
const MAX_DELIMITERS = 256;

function beyondReason(block: string): boolean {
  if (DELIMITER_RUN.test(block)) return true;
  let count = 0;
  for (const _ of block.matchAll(DELIMITERS)) if (++count > MAX_DELIMITERS) return true;
  return false;
}

// A block opening with an indented line may continue the list item above it.
const INDENTED = /^[ \t]/;
const BLANK = /^[ \t]*$/;
// A line remark would read as more than its text: a character with a meaning inline, or a block's mark at its start.
const INLINE_MARK = /[\\`*_[\]!<>&|~\0]/;
// (a line of - and : under another is a table's delimiter row)
const BLOCK_MARK = /^(?:[ \t#>+\-*=_|<`~:]|\d{1,9}[.)](?:[ \t]|$))/;
// `## 一、总体要求`: an ATX heading without a closing sequence (no # in it)
const PLAIN_HEADING = /^#{1,6}(?=[ \t])([^#]*)$/;
// --- or * * * alone: a rule, markup only
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_ITEM = /^(?:(\d{1,9}[.)])|[-+*]) {1,4}(?=[^ \t])/;

/** The text less the spaces and tabs at its end (a loop: /[ \t]+$/ retries every run of spaces inside a line). */
function trimEnd(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return text.slice(0, end);
}

/** The source lines of a Markdown text, as remark reads it. */
export function readMarkdown(input: string): SourceLine[] {
  // one line end, so that no line keeps a \r (remark keeps a paragraph's line ends as written) and a lone \r ends a line
  const text = input.replace(/\r\n?/g, '\n');
  if (CROSSES_BLOCKS.test(text)) return text.split(/\n[ \t]*\n/).some(beyondReason) ? readText(text) : readWithRemark(text);
  const lines = text.split('\n');
  const plain: SourceLine[] = [];
  // the other blocks in order, a blank line between two (as a run of them reads), each line with its number in the text
  const rest: { text: string; line: number }[] = [];
  for (let start = 0; start < lines.length;) {
    let end = start + 1;
    if (BLANK.test(lines[start]!)) {
      if (rest.length > 0 && rest.at(-1)!.text !== '') rest.push({ text: '', line: start + 1 });
      start = end;
      continue;
    }
    while (end < lines.length && !BLANK.test(lines[end]!)) end++;
    const block = lines.slice(start, end);
    if (INDENTED.test(block[0]!)) return readWithRemark(text);
    const read = readerOf(block);
    if (read) read(block, start + 1, plain);
    else block.forEach((l, i) => rest.push({ text: l, line: start + 1 + i }));
    start = end;
  }
  if (rest.length === 0) return plain;
  const others = readWithRemark(rest.map((l) => l.text).join('\n')).map((l) => ({ ...l, line: rest[l.line - 1]!.line }));
  return inLineOrder(plain, others);
}

type BlockReader = (block: string[], firstLine: number, out: SourceLine[]) => void;

/** The reader of a block here, or null for remark's. */
function readerOf(block: string[]): BlockReader | null {
  // a rule alone is markup: the literal reader leaves it out
  if (beyondReason(block.join('\n')) || (block.length === 1 && THEMATIC_BREAK.test(block[0]!))) return literalBlock;
  if (block.every(isPlain)) return plainBlock;
  if (block.every(isPlainItem)) return listBlock;
  return null;
}

/** Two lists of lines, each in line order, merged. */
function inLineOrder(a: SourceLine[], b: SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  let [i, j] = [0, 0];
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i]!.line < b[j]!.line) ? a[i++]! : b[j++]!);
  return out;
}

// How micromark classes the character beside a run of `*` (micromark-util-classify-character): white space
// (a line's start and end too), punctuation (Unicode P and S), or other.
const WHITE_SPACE = /\s/;
const PUNCTUATION = /\p{P}|\p{S}/u;
type Side = 'space' | 'punctuation' | 'other';

function sideOf(line: string, at: number): Side | null {
  if (at < 0 || at >= line.length) return 'space';
  const code = line.charCodeAt(at);
  // micromark classes a code point by its low 16 bits: a character beyond the BMP is left to it
  if (code >= 0xd800 && code <= 0xdfff) return null;
  const ch = line[at]!;
  return WHITE_SPACE.test(ch) ? 'space' : PUNCTUATION.test(ch) ? 'punctuation' : 'other';
}

/**
 * The line with its strong emphasis as text (`**发布日期**：…` -> `发布日期：…`), or null when a `*` in it is
 * anything else. Only pairs of two marks around text with no mark in it, each opening where CommonMark's
 * rules let a run of `*` open (left-flanking) and closing where they let it close (right-flanking): then
 * micromark pairs them in order, as here; anything else is remark's.
 */
function withoutStrong(line: string): string | null {
  if (!line.includes('*')) return line;
  let out = '';
  let from = 0;
  for (let open = line.indexOf('**'); open >= 0; open = line.indexOf('**', from)) {
    const close = line.indexOf('**', open + 2);
    if (close < 0) return null;
    const inner = line.slice(open + 2, close);
    if (inner === '' || INLINE_MARK.test(inner) || line[close + 2] === '*') return null;
    const [before, first, last, after] = [open - 1, open + 2, close - 1, close + 2].map((at) => sideOf(line, at));
    if (!before || !first || !last || !after || first === 'space' || last === 'space') return null;
    const opens = first === 'other' || before !== 'other';
    const closes = last === 'other' || after !== 'other';
    if (!opens || !closes) return null;
    out += line.slice(from, open) + inner;
    from = close + 2;
  }
  return out + line.slice(from);
}

// [原文](http://…): an inline link whose text and destination hold no mark, no space and no bracket; remark
// keeps its text. A title, a space, <…>, brackets or marks inside: remark's.
const LINK = /\[([^[\]\\`*_!<>&|~\0]+)\]\(([^\s()<>\\`*_[\]!&|~\0"']+)\)/g;

/** The line as remark reads it when it is plain text, strong emphasis and simple links only, else null. */
function plainText(line: string): string | null {
  const strong = withoutStrong(line);
  const text = strong !== null && strong.includes('](') ? strong.replace(LINK, '$1') : strong;
  return text === null || INLINE_MARK.test(text) ? null : text;
}

function isPlain(line: string): boolean {
  const text = plainText(line);
  if (text === null) return false;
  if (!BLOCK_MARK.test(text)) return true;
  const heading = headingText(text);
  return heading !== null && heading !== '';
}

/** `1. text` or `- text`, the text plain: its paragraph starts 1 to 4 spaces after the marker (5 would make it code). */
function plainItem(line: string): { marker: string; text: string; column: number } | null {
  const item = LIST_ITEM.exec(line);
  if (!item) return null;
  const text = plainText(line.slice(item[0].length));
  return text === null || BLOCK_MARK.test(text) ? null : { marker: item[1] ?? '', text, column: item[0].length + 1 };
}

const isPlainItem = (line: string) => plainItem(line) !== null;

/** Items of one line each: an ordered one keeps its number (it decides the level), a bullet is markup. */
function listBlock(block: string[], firstLine: number, out: SourceLine[]): void {
  block.forEach((line, i) => {
    const { marker, text, column } = plainItem(line)!;
    out.push({ text: marker + trimEnd(text), line: firstLine + i, column, heading: false });
  });
}

/** The text of a plain `#` heading line ('' when it has none), null for any other line. */
function headingText(line: string): string | null {
  const heading = line.startsWith('#') ? PLAIN_HEADING.exec(line) : null;
  return heading ? trimEnd(heading[1]!).replace(/^[ \t]+/, '') : null;
}

/** Lines read as written (a rule of stars or underscores alone is markup still). */
function literalBlock(block: string[], firstLine: number, out: SourceLine[]): void {
  block.forEach((line, i) => {
    if (!THEMATIC_BREAK.test(line)) out.push({ text: trimEnd(line), line: firstLine + i, column: 1, heading: false });
  });
}

/** Plain lines: each heading a line of its own, the lines between them a paragraph (lines as written, less trailing space). */
function plainBlock(block: string[], firstLine: number, out: SourceLine[]): void {
  block.forEach((line, i) => {
    const text = plainText(line)!;
    const heading = headingText(text);
    out.push({ text: heading ?? trimEnd(text), line: firstLine + i, column: 1, heading: heading !== null });
  });
}

/** The source lines of a Markdown text (its lines ended by \n) as remark reads it. */
export function readWithRemark(text: string): SourceLine[] {
  const tree = markdownParser.parse(text) as Root;
  const out: SourceLine[] = [];
  blocks(tree, text, out, '');
  return out;
}

function blocks(parent: Parent, source: string, out: SourceLine[], prefix: string): void {
  let pending = prefix;
  for (const node of parent.children as Content[]) {
    const start = node.position?.start ?? { line: 1, column: 1 };
    switch (node.type) {
      case 'heading':
        push(out, pending + inline(node.children), start.line, start.column, true);
        break;
      case 'paragraph':
        push(out, pending + inline(node.children), start.line, start.column, false);
        break;
      case 'list':
        listItems(node, source, out);
        break;
      case 'table':
        tableRows(node, out);
        break;
      case 'blockquote':
        blocks(node, source, out, pending);
        break;
      case 'code':
      case 'html':
        push(out, pending + node.value, start.line, start.column, false);
        break;
      case 'definition':
        // [附件1]: http://…/附件1.pdf — a link the notice carries, kept as written
        push(out, pending + source.slice(start.offset, node.position?.end.offset), start.line, start.column, false);
        break;
      default:
        // thematic breaks: markup only, no text of the notice
        continue;
    }
    pending = '';
  }
}

// An ordered list keeps its number as written (`5.`), since the marker decides
// the level and the ordinal; a bullet (`- `) is markup and is dropped.
function listItems(list: List, source: string, out: SourceLine[]): void {
  for (const item of list.children as ListItem[]) {
    // the marker runs to the item's first child, or to its end when it is empty (`1.` alone)
    const first = item.children[0]?.position?.start.offset ?? item.position?.end.offset;
    const itemStart = item.position?.start.offset;
    const marker = list.ordered && first !== undefined && itemStart !== undefined ? source.slice(itemStart, first).trim() : '';
    if (item.children.length === 0) {
      if (marker) push(out, marker, item.position?.start.line ?? 1, item.position?.start.column ?? 1, false);
      continue;
    }
    blocks(item, source, out, marker);
  }
}

// A table (a 任务分工表 in a Markdown export) becomes tab-separated rows, as
// PDF extraction gives them, so that one reader serves both.
function tableRows(table: Table, out: SourceLine[]): void {
  for (const row of table.children) {
    const cells = row.children.map((cell) => inline(cell.children).replace(/\n/g, ''));
    push(out, cells.join('\t'), row.position?.start.line ?? 1, row.position?.start.column ?? 1, false);
  }
}

function push(out: SourceLine[], text: string, line: number, column: number, heading: boolean): void {
  text.split('\n').forEach((part, i) => {
    out.push({ text: part, line: line + i, column: i === 0 ? column : 1, heading: heading && i === 0 });
  });
}

function inline(nodes: PhrasingContent[]): string {
  let text = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
      case 'html':
        text += node.value;
        break;
      case 'break':
        text += '\n';
        break;
      case 'image':
        text += node.alt ?? '';
        break;
      case 'linkReference':
        // [^1], [附件1]: brackets as written, not the text of a link
        text += `[${inline(node.children)}]${node.referenceType === 'full' ? `[${node.label ?? node.identifier}]` : node.referenceType === 'collapsed' ? '[]' : ''}`;
        break;
      default:
        if ('children' in node) text += inline(node.children as PhrasingContent[]);
    }
  }
  return text;
}
