/** The bytes of standard input; more than `maxBytes` rejects with a RangeError as soon as they arrive. */
export declare function readStandardInput(maxBytes: number): Promise<Uint8Array>;
