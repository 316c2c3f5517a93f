// One escaper per output language, so that no text of a notice reaches a page,
// a document or a report as markup.

/** HTML text and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// Controls, U+FFFE, U+FFFF and halves of a surrogate pair without the other: no XML 1.0 document may hold them.
const XML_FORBIDDEN =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text without the characters XML 1.0 forbids, for a writer that escapes markup itself (docx). */
export function withoutXmlForbidden(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}

/** XML text and attribute values; characters XML 1.0 forbids are left out. */
export function escapeXml(text: string): string {
  return withoutXmlForbidden(escapeHtml(text));
}

// A web address GFM links as it stands, where a backslash would be read as part of it; it ends at white space or <.
const WEB_ADDRESS = /(?:https?:\/\/|www\.)[^\s<>|]*/g;

/**
 * Markdown: escapes what Markdown would read as markup, so that remark gives
 * back the plain text (table cells included). Web addresses are left as they
 * are (GFM reads them literally), and so is _ inside a word (content_5620813).
 */
export function escapeMarkdown(text: string): string {
  let out = '';
  let from = 0;
  for (const m of text.matchAll(WEB_ADDRESS)) {
    out += escapeMarkdownRun(text.slice(from, m.index)) + m[0];
    from = m.index + m[0].length;
  }
  return (out + escapeMarkdownRun(text.slice(from))).replace(/^([+\-=])/, '\\$1').replace(/^(\d+)([.)])(?=\s)/, '$1\\$2');
}

function escapeMarkdownRun(text: string): string {
  return text.replace(/[\\`*[\]<>#|~&!]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\$&');
}

// C0 and C1 controls and DEL; an escape that starts a colour (SGR, ESC [ … m) is ours and stays, and so is CR before LF (CSV's line end).
const CONTROLS = /\u001b(?!\[[0-9;]*m)|\r(?!\n)|[\u0000-\u0008\u000b\u000c\u000e-\u001a\u001c-\u001f\u007f-\u009f]/g;

/**
 * Text for a terminal or a log: a notice's control characters (ESC ] 0;… sets
 * a window title, ESC [2J clears the screen, U+009B opens a command) are
 * written as \u001b, which JSON reads as the same character.
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A CSV cell that a spreadsheet would run as a formula (=, +, -, @, a tab or CR first) starts with ' (OWASP). */
export function escapeCsvFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
