import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { renderText } from './text.js';
export { LANGS } from './labels.js';
export const DIFF_FORMATS = {
    text: renderText,
    json: (d) => `${JSON.stringify(d, null, 2)}\n`,
    markdown: renderMarkdown,
    html: renderHtml,
};
export const DIFF_FORMAT_NAMES = Object.keys(DIFF_FORMATS);
export { renderHtml, renderMarkdown, renderText };
