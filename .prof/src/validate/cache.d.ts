import type { RuleContext } from './rules.js';
import type { FileResult, RuleSettings } from './validate.js';
export declare const DEFAULT_CACHE = ".plancache";
export declare class ValidationCache {
    private readonly path;
    private readonly key;
    private readonly old;
    private readonly next;
    constructor(path: string, settings: RuleSettings, context: RuleContext);
    /** The hash of a file's bytes now, or null when it cannot be read (its validation says why). */
    hashOf(file: string): string | null;
    /** The cached result for `file` when its bytes are unchanged. */
    lookup(file: string, hash: string | null): FileResult | null;
    store(file: string, hash: string | null, result: FileResult): void;
    /** Writes the cache: the files of this run only. */
    save(): void;
}
