import type { InputFormat, SourceLine } from './ingest/ingest.js';
/** Where a stretch of a logical line came from, to map offsets back to the input. */
interface Segment {
    offset: number;
    line: number;
    /** The input column of each character kept from this line (spaces removed in between), or of the first when they are contiguous. */
    columns: number[] | number;
}
export interface Line {
    text: string;
    startLine: number;
    endLine: number;
    heading: boolean;
    /** fold(text): what the lexer and the readers match on */
    folded: string;
    /** site furniture (breadcrumbs, share prompts, 打印本页 …): recorded outside the notice, never parsed */
    outside?: true;
    segments: Segment[];
}
/** Removes the spaces that PDF extraction and OCR put inside CJK text. */
export declare function removeCjkSpaces(text: string): string;
export declare function repair(lines: SourceLine[], format: InputFormat): Line[];
/** Maps an offset in a logical line back to the input's line and column. */
export declare function locate(line: Line, offset: number): {
    line: number;
    column: number;
};
export {};
