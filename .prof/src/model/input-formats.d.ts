declare const TEXT_FORMATS: readonly ["markdown", "text", "html"];
/** Formats read from bytes by a document reader (src/parse/ingest/documents). */
export declare const DOCUMENT_FORMATS: readonly ["docx", "doc", "odt", "pdf", "ofd"];
export declare const INPUT_FORMATS: readonly ["markdown", "text", "html", "docx", "doc", "odt", "pdf", "ofd"];
export type TextFormat = (typeof TEXT_FORMATS)[number];
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];
export type InputFormat = (typeof INPUT_FORMATS)[number];
export {};
