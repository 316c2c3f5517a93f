// The codes of the parser's diagnostics: one typed list (zod-free, for the
// parser), from which the model's schema and validate's rule map are typed.
export const DIAGNOSTIC_CODES = [
  /** the lexer met a character it has no token for (the grammar is total: never expected) */
  'lex-error',
  /** the parser recovered from a token it did not expect (never expected) */
  'parse-error',
  /** a line the parser could not place */
  'unplaced-text',
  /** a header line with no recognised role */
  'unplaced-header-text',
  /** a footer line with no recognised role */
  'unplaced-footer-text',
  /** a 责任单位 line outside any section */
  'unplaced-responsibility',
  /** a table row without a table title above it */
  'stray-table-row',
  /** a second 任务分工表 */
  'second-task-table',
  /** an agency name that looks damaged */
  'suspect-agency',
  /** an agency named twice in one list */
  'repeated-agency',
  /** a 任务分工表 row that matches no item */
  'unmatched-table-row',
  /** the file's name says one document format, its content another (a .doc saved as .docx): read as its content says */
  'misnamed-file',
  /** bytes not of the file's encoding (a damaged copy), read as U+FFFD: the line's text is incomplete */
  'undecodable-bytes',
  /** a line in a legacy encoding (GBK) inside a UTF-8 file, read in its own encoding */
  'mixed-encoding',
] as const;

export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];
