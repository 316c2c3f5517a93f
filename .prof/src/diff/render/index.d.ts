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
export declare const DIFF_FORMATS: {
    text: typeof renderText;
    json: (d: PlanDiff) => string;
    markdown: typeof renderMarkdown;
    html: typeof renderHtml;
};
export type DiffFormat = keyof typeof DIFF_FORMATS;
export declare const DIFF_FORMAT_NAMES: DiffFormat[];
export { renderHtml, renderMarkdown, renderText };
