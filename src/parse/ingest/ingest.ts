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

export function detectFormat(text: string, path?: string): InputFormat {
  if (path && /\.(md|markdown)$/i.test(path)) return 'markdown';
  if (path && /\.txt$/i.test(path)) return 'text';
  return /^#{1,6}\s+\S/m.test(text) ? 'markdown' : 'text';
}

export function ingest(text: string, format: InputFormat): SourceLine[] {
  return READERS[format](text);
}
