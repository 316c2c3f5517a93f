// Validating a corpus: many files, in worker threads when asked, results in
// the order of the files.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { validateFile } from './validate.js';
import { ValidationCache } from './cache.js';
export function defaultJobs() {
    return availableParallelism();
}
/**
 * Validates many files, results in the order of `files`. With jobs > 1 the
 * files are spread over worker threads; each result keeps only findings, so
 * memory does not grow with the size of the notices.
 */
export async function validateCorpus(files, options = {}) {
    const settings = options.settings ?? {};
    const context = options.context ?? {};
    if (!options.cache)
        return validateAll(files, options);
    const cache = new ValidationCache(options.cache, settings, context);
    const results = new Array(files.length);
    const hashes = new Map();
    const stale = [];
    files.forEach((file, i) => {
        // standard input is read once, by its validation
        const hash = file === '-' ? null : cache.hashOf(file);
        hashes.set(file, hash);
        const cached = cache.lookup(file, hash);
        if (cached)
            results[i] = cached;
        else
            stale.push(i);
    });
    const fresh = await validateAll(stale.map((i) => files[i]), { ...options, onProgress: options.onProgress && ((done) => options.onProgress(files.length - stale.length + done, files.length)) });
    stale.forEach((i, k) => {
        results[i] = fresh[k];
        cache.store(files[i], hashes.get(files[i]) ?? null, fresh[k]);
    });
    cache.save();
    return results;
}
/** Validates every file, in worker threads when asked. */
async function validateAll(files, options) {
    const settings = options.settings ?? {};
    const context = options.context ?? {};
    // standard input can be read only once, in this thread
    // more threads than cores only costs memory (--jobs 256 took 6.7 GB)
    const jobs = files.includes('-') ? 1 : Math.max(1, Math.min(options.jobs ?? 1, files.length, defaultJobs()));
    const results = new Array(files.length);
    let done = 0;
    const report = () => options.onProgress?.(++done, files.length);
    if (jobs === 1) {
        for (const [i, file] of files.entries()) {
            results[i] = await validateFile(file, settings, context);
            report();
        }
        return results;
    }
    let next = 0;
    await Promise.all(Array.from({ length: jobs }, () => new Promise((resolve, reject) => {
        const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: { settings, context } });
        const feed = () => {
            if (next >= files.length) {
                void worker.terminate().then(() => resolve());
                return;
            }
            const index = next++;
            worker.postMessage({ index, file: files[index] });
        };
        worker.on('message', ({ index, result }) => {
            results[index] = result;
            report();
            feed();
        });
        worker.on('error', reject);
        feed();
    })));
    return results;
}
