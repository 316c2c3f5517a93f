export interface Package {
    has(path: string): boolean;
    /** The part's text (UTF-8), or null when the package has no such part. */
    text(path: string): Promise<string | null>;
    /** The part's text; an InputError naming it when it is absent. */
    required(path: string): Promise<string>;
}
export declare function openPackage(bytes: Uint8Array, maxPartBytes: number): Promise<Package>;
