// The cache of `plan validate --cache`, as ESLint's: each file's findings under
// the hash of its bytes, the whole cache under the version of plan and the
// rule settings, so that a second run over an unchanged corpus reads and hashes
// the files and validates none. Written whole or not at all.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { packageVersion, SCHEMA_VERSION } from '../model/version.js';
export const DEFAULT_CACHE = '.plancache';
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
/** What every cached result depends on besides its file: plan's version, the model's, the settings. */
function keyOf(settings, context) {
    const sorted = Object.fromEntries(Object.entries(settings).sort(([a], [b]) => (a < b ? -1 : 1)));
    return sha256(JSON.stringify([packageVersion(), SCHEMA_VERSION, sorted, context]));
}
export class ValidationCache {
    path;
    key;
    old;
    next = {};
    constructor(path, settings, context) {
        this.path = path;
        this.key = keyOf(settings, context);
        this.old = {};
        try {
            const file = JSON.parse(readFileSync(path, 'utf8'));
            // another version or other settings: every result is stale
            if (file?.key === this.key && file.files && typeof file.files === 'object')
                this.old = file.files;
        }
        catch {
            // no cache yet, or an unreadable one: validate everything
        }
    }
    /** The hash of a file's bytes now, or null when it cannot be read (its validation says why). */
    hashOf(file) {
        try {
            return sha256(readFileSync(file));
        }
        catch {
            return null;
        }
    }
    /** The cached result for `file` when its bytes are unchanged. */
    lookup(file, hash) {
        const entry = hash ? this.old[file] : undefined;
        if (!entry || entry.hash !== hash)
            return null;
        this.next[file] = entry;
        return entry.result;
    }
    store(file, hash, result) {
        // a file that could not be read is tried again next time
        if (hash && !result.findings.some((f) => f.ruleId === 'unreadable'))
            this.next[file] = { hash, result };
    }
    /** Writes the cache: the files of this run only. */
    save() {
        const temporary = join(dirname(this.path), `.${basename(this.path)}.${process.pid}.tmp`);
        try {
            writeFileSync(temporary, JSON.stringify({ key: this.key, files: this.next }));
            renameSync(temporary, this.path);
        }
        catch {
            // a cache that cannot be written costs time next run, nothing else
            rmSync(temporary, { force: true });
        }
    }
}
