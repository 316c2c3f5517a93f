// The Markdown reader: remark with GFM tables (the 任务分工表 of a crawler's
// Markdown) so that `#` headings, `**bold**`, `---` rules and `- ` bullets
// never leak into the text. Tables only, not the rest of GFM: its footnote
// calls look back over the whole paragraph at every `]` (quadratic: a damaged
// page of 38 KB took 0.3 s), and notices have none; `[^1]: …` is then read as
// a link definition, kept as written.
import type { Content, List, ListItem, Parent, PhrasingContent, Root, Table } from 'mdast';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import type { SourceLine } from './source-line.js';

function gfmTables(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

const markdownParser = unified().use(remarkParse).use(gfmTables);

export function readMarkdown(text: string): SourceLine[] {
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
