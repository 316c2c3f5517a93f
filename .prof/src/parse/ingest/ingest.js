import { readHtml } from './html.js';
import { readMarkdown } from './markdown.js';
import { readText } from './text.js';
/** One reader per text format (input-formats.ts names them; documents/ reads the rest). */
const READERS = {
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
export function detectFormat(text, path) {
    if (path && /\.(md|markdown)$/i.test(path))
        return 'markdown';
    if (path && /\.x?html?$/i.test(path))
        return 'html';
    if (HTML_START.test(text) && HTML_CLOSE.test(text))
        return 'html';
    if (HEADING.test(text))
        return 'markdown';
    let spans = 0;
    for (const _ of text.matchAll(BOLD))
        if (++spans >= MIN_BOLD_SPANS)
            return 'markdown';
    return 'text';
}
/**
 * The source lines of a text in its format. Markup nested deeper than its
 * parser can recurse (a quote 5,000 `>` deep, a page of 3,000 nested divs) is
 * read as plain text instead: line repair strips the tags, and no text is lost.
 */
export function ingest(text, format) {
    try {
        return READERS[format](text);
    }
    catch (error) {
        if (error instanceof RangeError && format !== 'text')
            return readText(text);
        throw error;
    }
}
