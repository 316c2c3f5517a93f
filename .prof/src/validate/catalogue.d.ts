import { type DiagnosticCode } from '../model/diagnostic-codes.js';
import type { Severity } from '../model/schema.js';
declare const CHECKS: readonly [{
    readonly id: "unreadable";
    readonly severity: "error";
    readonly description: "the file cannot be read or decoded";
}, {
    readonly id: "schema";
    readonly severity: "error";
    readonly description: "a model JSON file does not match the plan schema";
}, {
    readonly id: "numbering";
    readonly severity: "warning";
    readonly description: "a gap, a repeat or a wrong order in the numbering of sections or items";
}, {
    readonly id: "marker-level";
    readonly severity: "warning";
    readonly description: "a marker at a level where it is not expected, e.g. （1） directly under 一、";
}, {
    readonly id: "empty-section";
    readonly severity: "warning";
    readonly description: "a section or chapter with neither text nor children";
}, {
    readonly id: "missing-responsibility";
    readonly severity: "warning";
    readonly description: "an actionable item with no responsibility, its own or inherited";
}, {
    readonly id: "missing-doc-number";
    readonly severity: "warning";
    readonly description: "the notice has no document number (发文字号)";
}, {
    readonly id: "missing-issuer";
    readonly severity: "warning";
    readonly description: "the notice names no issuer (发文机关)";
}, {
    readonly id: "missing-signed-date";
    readonly severity: "warning";
    readonly description: "the notice has no date of signing (成文日期)";
}, {
    readonly id: "impossible-date";
    readonly severity: "error";
    readonly description: "a date that is not in the calendar, or printing before signing";
}, {
    readonly id: "no-target";
    readonly severity: "warning";
    readonly description: "the plan states no quantified target";
}, {
    readonly id: "deadline-range";
    readonly severity: "warning";
    readonly description: "a deadline before the notice was signed, or after the end of the plan's period (（2021—2025年） in its title)";
}, {
    readonly id: "due";
    readonly severity: "info";
    readonly description: "with --as-of DATE: each task due by that date (its own or an inherited deadline), for quarterly reviews";
}];
/** The rules: every parse diagnostic under its own code and severity, then validate's own checks. */
export declare const RULES: ({
    readonly id: "unreadable";
    readonly severity: "error";
    readonly description: "the file cannot be read or decoded";
} | {
    readonly id: "schema";
    readonly severity: "error";
    readonly description: "a model JSON file does not match the plan schema";
} | {
    readonly id: "numbering";
    readonly severity: "warning";
    readonly description: "a gap, a repeat or a wrong order in the numbering of sections or items";
} | {
    readonly id: "marker-level";
    readonly severity: "warning";
    readonly description: "a marker at a level where it is not expected, e.g. （1） directly under 一、";
} | {
    readonly id: "empty-section";
    readonly severity: "warning";
    readonly description: "a section or chapter with neither text nor children";
} | {
    readonly id: "missing-responsibility";
    readonly severity: "warning";
    readonly description: "an actionable item with no responsibility, its own or inherited";
} | {
    readonly id: "missing-doc-number";
    readonly severity: "warning";
    readonly description: "the notice has no document number (发文字号)";
} | {
    readonly id: "missing-issuer";
    readonly severity: "warning";
    readonly description: "the notice names no issuer (发文机关)";
} | {
    readonly id: "missing-signed-date";
    readonly severity: "warning";
    readonly description: "the notice has no date of signing (成文日期)";
} | {
    readonly id: "impossible-date";
    readonly severity: "error";
    readonly description: "a date that is not in the calendar, or printing before signing";
} | {
    readonly id: "no-target";
    readonly severity: "warning";
    readonly description: "the plan states no quantified target";
} | {
    readonly id: "deadline-range";
    readonly severity: "warning";
    readonly description: "a deadline before the notice was signed, or after the end of the plan's period (（2021—2025年） in its title)";
} | {
    readonly id: "due";
    readonly severity: "info";
    readonly description: "with --as-of DATE: each task due by that date (its own or an inherited deadline), for quarterly reviews";
} | {
    id: "lex-error" | "parse-error" | "unplaced-text" | "stray-text" | "unplaced-header-text" | "unplaced-footer-text" | "unplaced-responsibility" | "stray-table-row" | "second-task-table" | "empty-table-part" | "second-table-header" | "suspect-agency" | "repeated-agency" | "unmatched-table-row" | "misnamed-file" | "undecodable-bytes" | "mixed-encoding";
    severity: "error" | "warning" | "info";
    description: "the lexer met a character it has no token for (the grammar is total: never expected)" | "the parser recovered from a token it did not expect (never expected)" | "a line of the body the parser could not place in the notice's structure" | "a line outside the body (after the signature, between appendices) that belongs to no element" | "a header line with no recognised role, or a repeated web-metadata value" | "a footer line with no recognised role" | "a 责任单位 line outside any section" | "a table row without a table title above it" | "a second 任务分工表, whose rows are not read" | "a heading of the task table (一、五项提升行动) with no rows under it" | "a second header row of the task table that differs from the first" | "an agency name that is implausible (OCR or extraction damage)" | "an agency named twice in one list" | "a row of the task-division table that matches no item of the body" | "the file's extension names another format than its content (a .doc saved as .docx), which is what was read" | "bytes that are not of the file's encoding, read as U+FFFD: the line's text is incomplete" | "a line in a legacy encoding (GBK) inside a UTF-8 file, read in its own encoding";
})[];
export type RuleId = DiagnosticCode | (typeof CHECKS)[number]['id'];
export interface RuleInfo {
    id: RuleId;
    severity: Severity;
    description: string;
}
export declare function isRule(id: string): id is RuleId;
export {};
