import { type FileResult, type RuleSettings } from './validate.js';
import type { RuleContext } from './rules.js';
export interface CorpusOptions {
    settings?: RuleSettings;
    context?: RuleContext;
    /** Worker threads; 1 validates in this thread. */
    jobs?: number;
    onProgress?: (done: number, total: number) => void;
    /** A cache file (--cache): files whose bytes are unchanged since it was written are not validated again. */
    cache?: string;
}
export declare function defaultJobs(): number;
/**
 * Validates many files, results in the order of `files`. With jobs > 1 the
 * files are spread over worker threads; each result keeps only findings, so
 * memory does not grow with the size of the notices.
 */
export declare function validateCorpus(files: string[], options?: CorpusOptions): Promise<FileResult[]>;
