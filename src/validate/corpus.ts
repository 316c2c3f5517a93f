// Validating a corpus: many files, in worker threads when asked, results in
// the order of the files.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { validateFile, type FileResult, type RuleSettings } from './validate.js';
import type { RuleContext } from './rules.js';
import { ValidationCache } from './cache.js';

export interface CorpusOptions {
  settings?: RuleSettings;
  context?: RuleContext;
  /** Worker threads; 1 validates in this thread. */
  jobs?: number;
  onProgress?: (done: number, total: number) => void;
  /** A cache file (--cache): files whose bytes are unchanged since it was written are not validated again. */
  cache?: string;
}

export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * Validates many files, results in the order of `files`. With jobs > 1 the
 * files are spread over worker threads; each result keeps only findings, so
 * memory does not grow with the size of the notices.
 */
export async function validateCorpus(files: string[], options: CorpusOptions = {}): Promise<FileResult[]> {
  const settings = options.settings ?? {};
  const context = options.context ?? {};
  if (!options.cache) return validateAll(files, options);
  const cache = new ValidationCache(options.cache, settings, context);
  const results: FileResult[] = new Array(files.length);
  const hashes = new Map<string, string | null>();
  const stale: number[] = [];
  files.forEach((file, i) => {
    // standard input is read once, by its validation
    const hash = file === '-' ? null : cache.hashOf(file);
    hashes.set(file, hash);
    const cached = cache.lookup(file, hash);
    if (cached) results[i] = cached;
    else stale.push(i);
  });
  const fresh = await validateAll(
    stale.map((i) => files[i]!),
    { ...options, onProgress: options.onProgress && ((done) => options.onProgress!(files.length - stale.length + done, files.length)) },
  );
  stale.forEach((i, k) => {
    results[i] = fresh[k]!;
    cache.store(files[i]!, hashes.get(files[i]!) ?? null, fresh[k]!);
  });
  cache.save();
  return results;
}

/**
 * Validates every file. With jobs > 1 this thread validates too, beside jobs − 1 workers: a worker per core
 * beyond the first, so that two cores do not pay for three heaps and three warm-ups. Each worker is kept two
 * files ahead, so it never waits while this thread is busy with a file of its own.
 */
async function validateAll(files: string[], options: CorpusOptions): Promise<FileResult[]> {
  const settings = options.settings ?? {};
  const context = options.context ?? {};
  // standard input can be read only once, in this thread
  // more threads than cores only costs memory (--jobs 256 took 6.7 GB)
  const jobs = files.includes('-') ? 1 : Math.max(1, Math.min(options.jobs ?? 1, files.length, defaultJobs()));
  const results: FileResult[] = new Array(files.length);
  let done = 0;
  const report = () => options.onProgress?.(++done, files.length);
  let next = 0;
  const here = async () => {
    for (let index = next++; index < files.length; index = next++) {
      results[index] = await validateFile(files[index]!, settings, context);
      report();
      // a file read and parsed at once settles in microtasks: let the workers' messages in between files
      if (jobs > 1) await new Promise((resolve) => setImmediate(resolve));
    }
  };
  const worker = () =>
    new Promise<void>((resolve, reject) => {
      const thread = new Worker(new URL('./worker.js', import.meta.url), { workerData: { settings, context } });
      let pending = 0;
      let ended = false;
      const feed = () => {
        if (next < files.length) {
          pending++;
          thread.postMessage({ index: next, file: files[next++] });
        } else if (pending === 0 && !ended) {
          ended = true;
          void thread.terminate().then(() => resolve());
        }
      };
      thread.on('message', ({ index, result }: { index: number; result: FileResult }) => {
        pending--;
        results[index] = result;
        report();
        feed();
      });
      thread.on('error', reject);
      feed();
      feed();
    });
  await Promise.all([here(), ...Array.from({ length: jobs - 1 }, worker)]);
  return results;
}
