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

export type DiffRenderer = (diff: PlanDiff, context: RenderContext) => string;

export const DIFF_FORMATS = {
  text: renderText,
  json: (d) => `${JSON.stringify(d, null, 2)}\n`,
  markdown: renderMarkdown,
  html: renderHtml,
} satisfies Record<string, DiffRenderer>;

export type DiffFormat = keyof typeof DIFF_FORMATS;
export const DIFF_FORMAT_NAMES = Object.keys(DIFF_FORMATS) as DiffFormat[];

export { renderHtml, renderMarkdown, renderText };
