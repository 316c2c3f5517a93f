import type { SourceLine } from './source-line.js';
export declare function readHtml(text: string): SourceLine[];
