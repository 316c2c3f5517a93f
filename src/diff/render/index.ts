// The renderers of `plan diff`, by format name: the names the CLI offers are
// the keys of this registry.
import type { ChalkInstance } from 'chalk';
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

/** Text, or a workbook's bytes (xlsx: the 新旧对照表). */
export type DiffRenderer = (diff: PlanDiff, context: RenderContext) => string | Promise<Uint8Array>;

export const DIFF_FORMATS = {
  text: renderText,
  json: (d) => `${JSON.stringify(d, null, 2)}\n`,
  markdown: renderMarkdown,
  html: renderHtml,
  // exceljs is loaded only for a workbook
  xlsx: async (d, { lang }) => (await import('./revision.js')).renderRevisionWorkbook(d, lang),
} satisfies Record<string, DiffRenderer>;

/** The formats whose output is bytes, not text: not written to a terminal. */
export const BINARY_DIFF_FORMATS: ReadonlySet<DiffFormat> = new Set(['xlsx']);

export type DiffFormat = keyof typeof DIFF_FORMATS;
export const DIFF_FORMAT_NAMES = Object.keys(DIFF_FORMATS) as DiffFormat[];

export { renderHtml, renderMarkdown, renderText };
