// Stage 2: text -> source lines, one reader per input format. Guarantees to
// line repair: every line of the notice's text in input order, markup removed,
// each with its 1-based input line and column; a table row as tab-separated cells.
import type { InputFormat } from '../../model/input-formats.js';
import { readMarkdown } from './markdown.js';
import type { SourceLine } from './source-line.js';
import { readText } from './text.js';

export type { InputFormat, SourceLine };

/** One reader per input format (formats.ts names them). */
const READERS: Record<InputFormat, (text: string) => SourceLine[]> = {
  markdown: readMarkdown,
  text: readText,
};

// Markdown a crawler saved as .txt: a heading line, or several bold spans of Chinese text (**发布日期**:).
const HEADING = /^#{1,6}[ \t]+\S/m;
const BOLD = /\*\*[^*\n]*[\u4e00-\u9fff][^*\n]*\*\*/g;
const MIN_BOLD_SPANS = 3;

/** The format by the file name (.md), else by the content: Markdown when it has Markdown's marks, else text. */
export function detectFormat(text: string, path?: string): InputFormat {
  if (path && /\.(md|markdown)$/i.test(path)) return 'markdown';
  if (HEADING.test(text)) return 'markdown';
  let spans = 0;
  for (const _ of text.matchAll(BOLD)) if (++spans >= MIN_BOLD_SPANS) return 'markdown';
  return 'text';
}

export function ingest(text: string, format: InputFormat): SourceLine[] {
  return READERS[format](text);
}
