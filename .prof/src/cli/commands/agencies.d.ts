export interface AgenciesCommandOptions {
    format: 'text' | 'json' | 'csv';
    output?: string;
    bom?: boolean;
    due?: boolean;
}
export declare function runAgencies(files: string[], options: AgenciesCommandOptions): Promise<number>;
