import type { Appendix, Diagnostic, PlanNode } from '../model/schema.js';
import type { ClassifiedLine, NoticeOutline, TableDraft } from './cst-visitor.js';
import type { Line } from './repair.js';
export interface Built {
    front: ClassifiedLine[];
    sections: PlanNode[];
    footer: ClassifiedLine[];
    table: TableDraft | null;
    appendices: Appendix[];
    /** the signature that closes a notice that is itself the document: the signatory's line, then the date */
    closing: ClassifiedLine[];
    /** the lines of a table of contents set before the body: recorded outside the notice */
    contents: Line[];
}
export declare function buildTree(outline: NoticeOutline, lines: readonly Line[], diagnostics: Diagnostic[]): Built;
