import type { FileResult } from '../validate.js';
export interface Summary {
    files: number;
    filesWithProblems: number;
    errors: number;
    warnings: number;
    infos: number;
    byRule: Record<string, number>;
}
export declare function summarise(results: FileResult[]): Summary;
