import type { Reporter } from './reporter.js';
export declare const json: Reporter;
