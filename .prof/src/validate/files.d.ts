export interface ExpandOptions {
    /** patterns to leave out, as in .planignore (--ignore-pattern) */
    ignore?: string[];
    /** the folder whose .planignore applies and that patterns are relative to; the working folder by default */
    cwd?: string;
}
/** Whether a folder or glob search would leave `file` out (it need not exist). */
export declare function isIgnored(file: string, options?: ExpandOptions): boolean;
export declare function expandPaths(paths: string[], options?: ExpandOptions): string[];
