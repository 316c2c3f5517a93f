import type { SourceLine } from './source-line.js';
export declare function readMarkdown(text: string): SourceLine[];
