import { type Extracted } from './extracted.js';
export declare function readDoc(bytes: Uint8Array): Promise<Extracted>;
