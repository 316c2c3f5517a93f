import type { Reporter } from './reporter.js';
/** One test suite per file; one test case per finding, or one passing case for a clean file. */
export declare const junit: Reporter;
