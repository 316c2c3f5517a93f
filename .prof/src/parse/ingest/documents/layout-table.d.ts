/** A printed line as the table reader needs it: its items' runs on the baseline. */
export interface TableLine {
    number: number;
    /** the baseline, measured down through the whole document (pages stacked) */
    y: number;
    text: string;
    size: number;
    runs: {
        x: number;
        right: number;
        text: string;
    }[];
}
/** A rebuilt row: its text and the printed lines it took. */
export interface RebuiltRow {
    text: string;
    lines: number[];
}
/** The rows of the task tables among `lines` (in reading order), keyed by the first printed line of each; empty when there is no table title. */
export declare function rebuildTables(lines: TableLine[]): Map<number, RebuiltRow>;
