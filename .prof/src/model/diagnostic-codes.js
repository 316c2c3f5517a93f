export const DIAGNOSTICS = [
    {
        code: 'lex-error',
        severity: 'error',
        description: 'the lexer met a character it has no token for (the grammar is total: never expected)',
    },
    { code: 'parse-error', severity: 'error', description: 'the parser recovered from a token it did not expect (never expected)' },
    { code: 'unplaced-text', severity: 'error', description: "a line of the body the parser could not place in the notice's structure" },
    {
        code: 'stray-text',
        severity: 'warning',
        description: 'a line outside the body (after the signature, between appendices) that belongs to no element',
    },
    {
        code: 'unplaced-header-text',
        severity: 'warning',
        description: 'a header line with no recognised role, or a repeated web-metadata value',
    },
    { code: 'unplaced-footer-text', severity: 'warning', description: 'a footer line with no recognised role' },
    { code: 'unplaced-responsibility', severity: 'warning', description: 'a 责任单位 line outside any section' },
    { code: 'stray-table-row', severity: 'warning', description: 'a table row without a table title above it' },
    { code: 'second-task-table', severity: 'warning', description: 'a second 任务分工表, whose rows are not read' },
    { code: 'empty-table-part', severity: 'warning', description: 'a heading of the task table (一、五项提升行动) with no rows under it' },
    { code: 'second-table-header', severity: 'warning', description: 'a second header row of the task table that differs from the first' },
    { code: 'suspect-agency', severity: 'warning', description: 'an agency name that is implausible (OCR or extraction damage)' },
    { code: 'repeated-agency', severity: 'warning', description: 'an agency named twice in one list' },
    { code: 'unmatched-table-row', severity: 'warning', description: 'a row of the task-division table that matches no item of the body' },
    {
        code: 'misnamed-file',
        severity: 'info',
        description: "the file's extension names another format than its content (a .doc saved as .docx), which is what was read",
    },
    {
        code: 'undecodable-bytes',
        severity: 'warning',
        description: "bytes that are not of the file's encoding, read as U+FFFD: the line's text is incomplete",
    },
    {
        code: 'mixed-encoding',
        severity: 'warning',
        description: 'a line in a legacy encoding (GBK) inside a UTF-8 file, read in its own encoding',
    },
];
export const DIAGNOSTIC_CODES = DIAGNOSTICS.map((d) => d.code);
const SEVERITIES = new Map(DIAGNOSTICS.map((d) => [d.code, d.severity]));
/** The one severity of a diagnostic code. */
export function severityOf(code) {
    return SEVERITIES.get(code);
}
