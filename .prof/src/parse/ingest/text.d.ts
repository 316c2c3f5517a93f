import type { SourceLine } from './source-line.js';
export declare function readText(text: string): SourceLine[];
