import type { ClassifiedLine } from './cst-visitor.js';
import type { Diagnostic, Meta, Span } from '../model/schema.js';
export interface Front {
    meta: Meta;
    preamble: string;
    preambleSpan: Span | null;
}
/** 穗南府[2022]7号 -> 穗南府〔2022〕7号; 【】 （） „‟ likewise, and brackets lost in extraction (国发202214号) put back. */
export declare function normaliseDocNumber(raw: string): string;
export declare function readFront(lines: ClassifiedLine[], diagnostics: Diagnostic[]): Front;
export declare function isOrganisation(text: string): boolean;
/** The signature that closes a notice that is itself the document: 国务院办公厅 / 2020年7月15日. */
export declare function readClosing(lines: ClassifiedLine[], meta: Meta, diagnostics: Diagnostic[]): void;
/** Reads 抄送, 相关单位, 印发 and the publicity line from the footer. */
export declare function readFooter(lines: ClassifiedLine[], meta: Meta, diagnostics: Diagnostic[]): void;
