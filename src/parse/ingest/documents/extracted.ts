// What a document reader (Word, OpenDocument, PDF, OFD) gives the pipeline:
// source lines as for a text notice, and the text they were read as, so that
// a diagnostic's line N is line N of that text (its code frame, `plan parse`
// of the same text). Lines of a paged format carry their page.
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
export function numberParagraphs(paragraphs: Paragraph[]): Extracted {
  const lines: SourceLine[] = [];
  for (const paragraph of paragraphs) {
    for (const text of paragraph.text.split('\n')) {
      const line: SourceLine = { text, line: lines.length + 1, column: 1, heading: false };
      if (paragraph.outside) line.outside = true;
      if (paragraph.page !== undefined) line.page = paragraph.page;
      lines.push(line);
    }
  }
  return { lines, text: lines.map((l) => l.text).join('\n') };
}

/** Footnotes as the lines after the body, each with its number: [1]… */
export function numberNotes(notes: Paragraph[]): Paragraph[] {
  return notes.map((note, i) => ({ ...note, text: `[${i + 1}]${note.text}` }));
}
