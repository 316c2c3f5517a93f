import type { Diagnostic } from '../../model/schema.js';
import type { InputFormat } from '../../parse/ingest/ingest.js';
export interface ParseCommandOptions {
    format: 'json' | 'outline';
    inputFormat: InputFormat | 'auto';
    output?: string;
    compact?: boolean;
    quiet?: boolean;
    schema?: boolean;
    /** megabytes */
    maxSize: number;
}
export declare function runParse(file: string | undefined, options: ParseCommandOptions): Promise<number>;
export declare function printDiagnostics(path: string, diagnostics: Diagnostic[]): void;
