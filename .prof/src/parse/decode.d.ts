import type { Source } from '../model/schema.js';
export type Encoding = Source['encoding'];
/** A line the decoder read otherwise than the rest: in a second encoding, or with bytes replaced by U+FFFD. */
export interface DecodeNote {
    line: number;
    code: 'undecodable-bytes' | 'mixed-encoding';
    message: string;
}
export interface Decoded {
    text: string;
    encoding: Encoding;
    sha256: string;
    notes: DecodeNote[];
}
/** A file that is not a notice at all: empty, binary, undecodable, or a document its reader cannot open. */
export declare class InputError extends Error {
    constructor(message: string);
}
export declare function sha256(bytes: Uint8Array): string;
export declare function decode(bytes: Uint8Array): Decoded;
