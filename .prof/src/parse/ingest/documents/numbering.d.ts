/** A counter in a numbering format, by Word's names (w:numFmt) or OpenDocument's (style:num-format). */
export declare function formatCounter(n: number, format: string): string;
