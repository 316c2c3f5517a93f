/** A cell's text and where it starts in the input. */
export interface Cell {
    text: string;
    line: number;
    column: number;
}
export interface TableLine {
    text: string;
    line: number;
    column: number;
}
/** A cell of a document's table: its paragraphs on one line, white space collapsed. */
export declare function cellText(paragraphs: string[]): string;
export declare const withoutSpaces: (text: string) => string;
/** Cells placed row by row on a grid, spans expanded. */
export declare class TableGrid {
    private readonly grid;
    private row;
    private column;
    startRow(): void;
    /** The next cell of the current row, spanning `rowSpan` rows and `colSpan` columns. */
    add(cell: Cell, rowSpan?: number, colSpan?: number): void;
    /** The next cell continues the one above it (Word's vertical merge). */
    continueAbove(colSpan?: number): void;
    lines(): TableLine[];
}
