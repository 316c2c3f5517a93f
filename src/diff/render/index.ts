// The renderers of `plan diff`, by format name: the names the CLI offers are
// the keys of this registry.
import type { ChalkInstance } from 'chalk';
import { formatNamedBy } from '../../render/extension.js';
import type { PlanDiff } from '../types.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { renderText } from './text.js';
import type { Lang } from './labels.js';
export { LANGS, type Lang } from './labels.js';

/** What a renderer is told besides the diff: colours (none for a file), and the language of its labels. */
export interface RenderContext {
  colors: ChalkInstance;
  lang: Lang;
}

/** Text, or a workbook's or a document's bytes (xlsx, docx: the 新旧对照表). */
export type DiffRenderer = (diff: PlanDiff, context: RenderContext) => string | Promise<Uint8Array>;

export const DIFF_FORMATS = {
  text: renderText,
  json: (d) => `${JSON.stringify(d, null, 2)}\n`,
  markdown: renderMarkdown,
  html: renderHtml,
  // exceljs and docx are loaded only for a workbook or a document: the 新旧对照表
  xlsx: async (d, { lang }) => (await import('./revision.js')).renderRevisionWorkbook(d, lang),
  docx: async (d, { lang }) => (await import('./revision-docx.js')).renderRevisionDocument(d, lang),
} satisfies Record<string, DiffRenderer>;

/** The formats whose output is bytes, not text: not written to a terminal. */
export const BINARY_DIFF_FORMATS: ReadonlySet<DiffFormat> = new Set(['xlsx', 'docx']);

export type DiffFormat = keyof typeof DIFF_FORMATS;
export const DIFF_FORMAT_NAMES = Object.keys(DIFF_FORMATS) as DiffFormat[];

/** The file extensions that name each format, for -o without --format. */
const EXTENSIONS: Record<DiffFormat, string[]> = {
  text: ['txt'],
  json: ['json'],
  markdown: ['md', 'markdown'],
  html: ['html', 'htm'],
  xlsx: ['xlsx'],
  docx: ['docx'],
};

/** The format a file's extension names (新旧对照表.docx: docx), or null. */
export function diffFormatOf(path: string): DiffFormat | null {
  return formatNamedBy(path, DIFF_FORMAT_NAMES, (name) => EXTENSIONS[name]);
}

export { renderHtml, renderMarkdown, renderText };
