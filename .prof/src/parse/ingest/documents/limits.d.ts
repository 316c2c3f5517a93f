export interface ReadLimits {
    /** the largest input file */
    maxBytes: number;
    /** the largest part of a zip package, inflated (a zip bomb stops here) */
    maxPartBytes: number;
    maxPages: number;
}
export declare const DEFAULT_LIMITS: ReadLimits;
/** The document family the bytes open with: a zip (docx, odt, ofd: told by its parts), Word 97–2003, PDF; null for text. */
export declare function sniffDocument(bytes: Uint8Array): 'zip' | 'doc' | 'pdf' | null;
