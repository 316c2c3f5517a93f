import { type CstNode, type IToken } from 'chevrotain';
import type { MarkerKind } from '../model/schema.js';
import type { Line } from './repair.js';
/** A line as the grammar classified it: the token that opened it, and its text. */
export interface ClassifiedLine {
    token: IToken;
    /** The whole line, or for a keyword line (抄送：…) what follows the keyword. */
    text: string;
    line: Line;
}
/** What an element holds, in document order. */
type ElementContent = {
    type: 'text';
    line: ClassifiedLine;
} | {
    type: 'responsibility';
    line: ClassifiedLine;
} | {
    type: 'element';
    element: ElementDraft;
};
/** A marked element of the body (一、 （一） 1. …) as the grammar nested it. */
export interface ElementDraft {
    kind: MarkerKind;
    /** The marker line: its token is the marker, its text the whole line. */
    heading: ClassifiedLine;
    /** The marker as written */
    marker: string;
    /** The rest of the marker's line after the marker. */
    rest: string;
    contents: ElementContent[];
}
export interface TableDraft {
    title: ClassifiedLine;
    /** Rows (TableRow tokens) and the group lines between them (ChapterMarker tokens). */
    rows: ClassifiedLine[];
}
export interface NoticeOutline {
    front: ClassifiedLine[];
    /** documents appended after the body that are not the task table: label line, then their lines */
    appendices: TableDraft[];
    body: ElementDraft[];
    footer: ClassifiedLine[];
    tables: TableDraft[];
    /** 责任单位 lines outside any element */
    looseResponsibility: ClassifiedLine[];
    /** lines after the body that belong to no element */
    strays: ClassifiedLine[];
    /** a date (or signature and date) that closes the body of a notice that is itself the document */
    closing: ClassifiedLine[];
}
/** The outline of a notice from its CST; `lines` are the repaired lines the CST was parsed from. */
export declare function visitNotice(cst: CstNode, lines: readonly Line[]): NoticeOutline;
export {};
