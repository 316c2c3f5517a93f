import { type DiffFormat, type Lang } from '../../diff/render/index.js';
import type { Aspect } from '../../diff/types.js';
export interface DiffCommandOptions {
    format: DiffFormat;
    output?: string;
    only?: Aspect;
    threshold?: string;
    lang: Lang;
    coverage?: boolean;
}
export declare function runDiff(fileA: string, fileB: string, options: DiffCommandOptions): Promise<number>;
