import type { Reporter } from './reporter.js';
export declare const github: Reporter;
