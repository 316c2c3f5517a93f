export declare function displayWidth(text: string): number;
/** Pads `text` with spaces to `width` columns (at least one space). */
export declare function padDisplay(text: string, width: number): string;
