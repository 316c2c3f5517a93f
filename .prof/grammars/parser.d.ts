import { CstParser, type CstNode, type IToken, type ParserMethod } from 'chevrotain';
declare class NoticeParser extends CstParser {
    constructor();
    notice: ParserMethod<[], CstNode>;
    front: ParserMethod<[], CstNode>;
    private element;
    part: ParserMethod<[], CstNode>;
    article: ParserMethod<[], CstNode>;
    chapter: ParserMethod<[], CstNode>;
    section: ParserMethod<[], CstNode>;
    item: ParserMethod<[], CstNode>;
    subItem: ParserMethod<[], CstNode>;
    circled: ParserMethod<[], CstNode>;
    dash: ParserMethod<[], CstNode>;
    heading: ParserMethod<[], CstNode>;
    textLine: ParserMethod<[], CstNode>;
    bodyLine: ParserMethod<[], CstNode>;
    closing: ParserMethod<[], CstNode>;
    responsibilityLine: ParserMethod<[], CstNode>;
    taskTable: ParserMethod<[], CstNode>;
    appendix: ParserMethod<[], CstNode>;
    appendixEntry: ParserMethod<[], CstNode>;
    tableRow: ParserMethod<[], CstNode>;
    tableGroup: ParserMethod<[], CstNode>;
    footer: ParserMethod<[], CstNode>;
    footerLine: ParserMethod<[], CstNode>;
    listLine: ParserMethod<[], CstNode>;
    publicityLine: ParserMethod<[], CstNode>;
    printedLine: ParserMethod<[], CstNode>;
    strayLine: ParserMethod<[], CstNode>;
}
export declare const noticeParser: NoticeParser;
export interface CstResult {
    cst: CstNode;
    tokens: IToken[];
    lexErrors: {
        line: number;
        column: number;
        message: string;
    }[];
    parseErrors: {
        token: IToken;
        message: string;
    }[];
}
export declare function parseCst(text: string): CstResult;
export {};
