import type { DiagnosticCode } from '../../model/diagnostic-codes.js';
import type { Agency } from '../../model/schema.js';
/** 区科协等, 各街道等单位 -> the name without the 等 that closes a list (words in data/roles.json). */
export declare function withoutEtc(name: string): string;
/** A problem with a name, reported by the caller at the line it came from. */
export interface NameProblem {
    code: Extract<DiagnosticCode, 'suspect-agency' | 'repeated-agency'>;
    name: string;
    /** as the list writes it, to find it in the line */
    raw: string;
}
/** One key for the same body across documents and levels: 区科协, 区科学技术协会, 市科协 -> 科协. */
export declare function canonicalAgency(name: string): string;
/** OCR garbage such as 区政局局, 区域, 区域市区区域: not a name any office has. */
export declare function isSuspectName(name: string): boolean;
/**
 * Splits a run of names (`市委宣传部、文明办`) and gives the short ones the
 * prefix of the name before them: 文明办 -> 市委文明办, 妇联 after 团市委 -> 市妇联.
 */
export declare function readRun(run: string): {
    name: string;
    raw: string;
}[];
/** Makes agencies of names: a repeat is dropped, a damaged name kept and marked suspect (each reported once). */
export declare function toAgencies(names: {
    name: string;
    raw: string;
}[], problems: NameProblem[]): Agency[];
