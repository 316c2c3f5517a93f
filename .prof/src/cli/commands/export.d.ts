import { type ExportFormat } from '../../export/export.js';
export interface ExportCommandOptions {
    format?: ExportFormat;
    output?: string;
    bom?: boolean;
    quiet?: boolean;
}
export declare function runExport(files: string[], options: ExportCommandOptions): Promise<number>;
