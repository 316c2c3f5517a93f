/**
 * Numbers paragraphs as the lines of the extracted text; a paragraph holding
 * line breaks becomes several lines. They are not marked `complete`: Word
 * files are often made by pasting extracted text, one broken line a
 * paragraph, so line repair judges their joins as it does a text file's.
 */
export function numberParagraphs(paragraphs) {
    const lines = [];
    for (const paragraph of paragraphs) {
        for (const text of paragraph.text.split('\n')) {
            const line = { text, line: lines.length + 1, column: 1, heading: false };
            if (paragraph.outside)
                line.outside = true;
            if (paragraph.page !== undefined)
                line.page = paragraph.page;
            lines.push(line);
        }
    }
    return { lines, text: lines.map((l) => l.text).join('\n') };
}
/** Footnotes as the lines after the body, each with its number: [1]… */
export function numberNotes(notes) {
    return notes.map((note, i) => ({ ...note, text: `[${i + 1}]${note.text}` }));
}
