import { type ReporterName } from '../../validate/reporters/index.js';
export interface ValidateCommandOptions {
    format: ReporterName;
    output?: string;
    rule: string[];
    config?: string;
    maxWarnings?: string;
    jobs?: string;
    quiet?: boolean;
    listRules?: boolean;
    asOf?: string;
    ignorePattern: string[];
    printConfig?: string;
    cache?: boolean;
    cacheLocation?: string;
}
export declare function runValidate(paths: string[], options: ValidateCommandOptions): Promise<number>;
