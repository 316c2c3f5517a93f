import type { SourceLine } from '../source-line.js';
export interface Extracted {
    lines: SourceLine[];
    /** The document's text, one line per source line number. */
    text: string;
    /** For a paged format, the page of each line of `text` (index 0 is line 1). */
    pages?: number[];
}
/** A paragraph of a document, or a row of one of its tables. */
export interface Paragraph {
    text: string;
    outside?: boolean;
    page?: number;
}
/**
 * Numbers paragraphs as the lines of the extracted text; a paragraph holding
 * line breaks becomes several lines. They are not marked `complete`: Word
 * files are often made by pasting extracted text, one broken line a
 * paragraph, so line repair judges their joins as it does a text file's.
 */
export declare function numberParagraphs(paragraphs: Paragraph[]): Extracted;
/** Footnotes as the lines after the body, each with its number: [1]… */
export declare function numberNotes(notes: Paragraph[]): Paragraph[];
