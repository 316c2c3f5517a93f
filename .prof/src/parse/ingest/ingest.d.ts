import type { InputFormat, TextFormat } from '../../model/input-formats.js';
import type { SourceLine } from './source-line.js';
export type { InputFormat, SourceLine, TextFormat };
/** The format by the file name (.md, .html), else by the content: HTML when it opens with markup, Markdown when it has Markdown's marks, else text. */
export declare function detectFormat(text: string, path?: string): TextFormat;
/**
 * The source lines of a text in its format. Markup nested deeper than its
 * parser can recurse (a quote 5,000 `>` deep, a page of 3,000 nested divs) is
 * read as plain text instead: line repair strips the tags, and no text is lost.
 */
export declare function ingest(text: string, format: TextFormat): SourceLine[];
