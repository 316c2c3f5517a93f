import type { Extracted } from './extracted.js';
export declare function readPdf(bytes: Uint8Array, maxPages: number): Promise<Extracted>;
