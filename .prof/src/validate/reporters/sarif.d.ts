import type { Reporter } from './reporter.js';
/** SARIF 2.1.0, as code-scanning services read it. */
export declare const sarif: Reporter;
