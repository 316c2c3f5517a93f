export declare function toCsv(rows: (string | number | null | undefined)[][], bom?: boolean): string;
