import type { ChalkInstance } from 'chalk';
import type { FileResult } from '../validate.js';
export interface ReporterContext {
    /** Colours for the destination: none for a file or a pipe. */
    colors: ChalkInstance;
    /** The package version, for reports that name the tool. */
    version: string;
}
export type Reporter = (results: FileResult[], context: ReporterContext) => string;
