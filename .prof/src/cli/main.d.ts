export declare const EXIT: {
    readonly ok: 0;
    readonly findings: 1;
    readonly trouble: 2;
};
export declare function main(argv: string[]): Promise<number>;
