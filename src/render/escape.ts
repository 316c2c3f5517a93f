// One escaper per output language, so that no text of a notice reaches a page,
// a document or a report as markup.

/** HTML text and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** XML text and attribute values; characters XML 1.0 forbids are left out. */
export function escapeXml(text: string): string {
  return escapeHtml(text).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

/** Markdown: escapes what Markdown would read as markup, so that remark gives back the plain text (table cells included). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>#|~&!]/g, '\\$&')
    .replace(/^([+\-=])/, '\\$1')
    .replace(/^(\d+)([.)])(?=\s)/, '$1\\$2');
}
