/** HTML text and attribute values. */
export declare function escapeHtml(text: string): string;
/** XML text and attribute values; characters XML 1.0 forbids are left out. */
export declare function escapeXml(text: string): string;
/**
 * Markdown: escapes what Markdown would read as markup, so that remark gives
 * back the plain text (table cells included). Web addresses are left as they
 * are (GFM reads them literally), and so is _ inside a word (content_5620813).
 */
export declare function escapeMarkdown(text: string): string;
/**
 * Text for a terminal or a log: a notice's control characters (ESC ] 0;… sets
 * a window title, ESC [2J clears the screen, U+009B opens a command) are
 * written as \u001b, which JSON reads as the same character.
 */
export declare function escapeControls(text: string): string;
/** A CSV cell that a spreadsheet would run as a formula (=, +, -, @, a tab or CR first) starts with ' (OWASP). */
export declare function escapeCsvFormula(text: string): string;
