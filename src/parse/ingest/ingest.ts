// Stage 2: text -> source lines, one reader per input format. Guarantees to
// line repair: every line of the notice's text in input order, markup removed,
// each with its 1-based input line and column; a table row as tab-separated cells.
import type { InputFormat, TextFormat } from '../../model/input-formats.js';
import { readHtml } from './html.js';
import { readMarkdown } from './markdown.js';
import type { SourceLine } from './source-line.js';
import { readText } from './text.js';

export type { InputFormat, SourceLine, TextFormat };

/** One reader per text format (input-formats.ts names them; documents/ reads the rest). */
const READERS: Record<TextFormat, (text: string) => SourceLine[]> = {
  markdown: readMarkdown,
  text: readText,
  html: readHtml,
};

// Markdown a crawler saved as .txt: a heading line, or several bold spans of Chinese text (**发布日期**:).
const HEADING = /^#{1,6}[ \t]+\S/m;
// (a lookahead, not [^*]*[中][^*]*: two stars around one character backtrack quadratically on a long line)
const BOLD = /\*\*(?=[^*\n]*[\u4e00-\u9fff])[^*\n]*\*\*/g;
const MIN_BOLD_SPANS = 3;

// A page or a fragment of one: it opens with markup and closes an element.
const HTML_START = /^\s*(?:<!doctype html|<html[\s>]|<(?:head|body|div|p|table|meta|span|center|font|section|article)\b)/i;
const HTML_CLOSE = /<\/(?:html|body|div|p|table|td|span|center|font|section|article)>/i;

/** The format by the file name (.md, .html), else by the content: HTML when it opens with markup, Markdown when it has Markdown's marks, else text. */
export function detectFormat(text: string, path?: string): TextFormat {
  if (path && /\.(md|markdown)$/i.test(path)) return 'markdown';
  if (path && /\.x?html?$/i.test(path)) return 'html';
  if (HTML_START.test(text) && HTML_CLOSE.test(text)) return 'html';
  if (HEADING.test(text)) return 'markdown';
  let spans = 0;
  for (const _ of text.matchAll(BOLD)) if (++spans >= MIN_BOLD_SPANS) return 'markdown';
  return 'text';
}

/**
 * The source lines of a text in its format. Markup nested deeper than its
 * parser can recurse (a quote 5,000 `>` deep, a page of 3,000 nested divs) is
 * read as plain text instead: line repair strips the tags, and no text is lost.
 */
export function ingest(text: string, format: TextFormat): SourceLine[] {
  try {
    return READERS[format](text);
  } catch (error) {
    if (error instanceof RangeError && format !== 'text') return readText(text);
    throw error;
  }
}
