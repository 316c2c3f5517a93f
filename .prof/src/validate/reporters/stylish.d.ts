import type { Reporter } from './reporter.js';
export declare const stylish: Reporter;
