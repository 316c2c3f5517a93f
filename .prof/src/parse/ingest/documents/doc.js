// The Word 97–2003 reader (.doc, an OLE compound file), by word-extractor.
// Guarantees: text boxes (where a red header often stands), then the body's
// paragraphs, table rows as tab-separated cells, then footnotes and endnotes.
// Running headers and footers are not read. A compound file that is no Word
// document (an encrypted .docx, a spreadsheet) is an InputError.
import { createRequire } from 'node:module';
import { InputError } from '../../decode.js';
import { numberParagraphs } from './extracted.js';
export async function readDoc(bytes) {
    const Extractor = createRequire(import.meta.url)('word-extractor');
    let document;
    try {
        document = await new Extractor().extract(Buffer.from(bytes));
    }
    catch (error) {
        throw new InputError(`the file is not a readable Word 97–2003 document (${error.message}); an encrypted file must be saved without its password`);
    }
    // filterUnicode would turn “” into " and — into -: the text stays as written
    const options = { filterUnicode: false };
    const parts = [
        document.getTextboxes({ ...options, includeHeadersAndFooters: false, includeBody: true }),
        document.getBody(options),
        document.getFootnotes(options),
        document.getEndnotes(options),
    ];
    const paragraphs = parts
        .join('\n')
        .split('\n')
        // a table row ends with its last cell's mark, read as one more tab (an empty last cell leaves one)
        .map((text) => ({ text: text.replace(/\t$/, '') }));
    while (paragraphs.length > 0 && paragraphs.at(-1).text.trim() === '')
        paragraphs.pop();
    return numberParagraphs(paragraphs);
}
