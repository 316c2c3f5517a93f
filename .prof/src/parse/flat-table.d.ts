export interface FlatTable {
    /** lines that open a row (or the header): never joined to the line before */
    starts: Set<number>;
    /** lines that are the next cell of the row before them: joined with a tab */
    cells: Set<number>;
    /** lines that carry on the cell before them (a wrapped cell): joined without a tab */
    wrapped: Set<number>;
}
/** The flattened tables among lines (their folded texts, in order). */
export declare function flatTables(folded: string[]): FlatTable;
