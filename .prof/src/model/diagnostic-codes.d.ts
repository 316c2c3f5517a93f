import type { Severity } from './schema.js';
export declare const DIAGNOSTICS: readonly [{
    readonly code: "lex-error";
    readonly severity: "error";
    readonly description: "the lexer met a character it has no token for (the grammar is total: never expected)";
}, {
    readonly code: "parse-error";
    readonly severity: "error";
    readonly description: "the parser recovered from a token it did not expect (never expected)";
}, {
    readonly code: "unplaced-text";
    readonly severity: "error";
    readonly description: "a line of the body the parser could not place in the notice's structure";
}, {
    readonly code: "stray-text";
    readonly severity: "warning";
    readonly description: "a line outside the body (after the signature, between appendices) that belongs to no element";
}, {
    readonly code: "unplaced-header-text";
    readonly severity: "warning";
    readonly description: "a header line with no recognised role, or a repeated web-metadata value";
}, {
    readonly code: "unplaced-footer-text";
    readonly severity: "warning";
    readonly description: "a footer line with no recognised role";
}, {
    readonly code: "unplaced-responsibility";
    readonly severity: "warning";
    readonly description: "a 责任单位 line outside any section";
}, {
    readonly code: "stray-table-row";
    readonly severity: "warning";
    readonly description: "a table row without a table title above it";
}, {
    readonly code: "second-task-table";
    readonly severity: "warning";
    readonly description: "a second 任务分工表, whose rows are not read";
}, {
    readonly code: "empty-table-part";
    readonly severity: "warning";
    readonly description: "a heading of the task table (一、五项提升行动) with no rows under it";
}, {
    readonly code: "second-table-header";
    readonly severity: "warning";
    readonly description: "a second header row of the task table that differs from the first";
}, {
    readonly code: "suspect-agency";
    readonly severity: "warning";
    readonly description: "an agency name that is implausible (OCR or extraction damage)";
}, {
    readonly code: "repeated-agency";
    readonly severity: "warning";
    readonly description: "an agency named twice in one list";
}, {
    readonly code: "unmatched-table-row";
    readonly severity: "warning";
    readonly description: "a row of the task-division table that matches no item of the body";
}, {
    readonly code: "misnamed-file";
    readonly severity: "info";
    readonly description: "the file's extension names another format than its content (a .doc saved as .docx), which is what was read";
}, {
    readonly code: "undecodable-bytes";
    readonly severity: "warning";
    readonly description: "bytes that are not of the file's encoding, read as U+FFFD: the line's text is incomplete";
}, {
    readonly code: "mixed-encoding";
    readonly severity: "warning";
    readonly description: "a line in a legacy encoding (GBK) inside a UTF-8 file, read in its own encoding";
}];
export type DiagnosticCode = (typeof DIAGNOSTICS)[number]['code'];
export declare const DIAGNOSTIC_CODES: [DiagnosticCode, ...DiagnosticCode[]];
/** The one severity of a diagnostic code. */
export declare function severityOf(code: DiagnosticCode): Severity;
