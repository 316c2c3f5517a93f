import type { Reporter } from './reporter.js';
export declare const REPORTERS: {
    stylish: Reporter;
    json: Reporter;
    junit: Reporter;
    sarif: Reporter;
    github: Reporter;
};
export type ReporterName = keyof typeof REPORTERS;
export declare const REPORTER_NAMES: ReporterName[];
export type { Reporter, ReporterContext } from './reporter.js';
export { summarise } from './summary.js';
