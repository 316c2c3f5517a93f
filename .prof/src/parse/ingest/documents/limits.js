// What tells a document from text by its first bytes, and the limits every
// reader keeps to (a 500 MB file, a zip bomb, a PDF of 100,000 pages stop
// with an InputError). Small and without dependencies: loaded for every file.
export const DEFAULT_LIMITS = { maxBytes: 100 * 1024 * 1024, maxPartBytes: 256 * 1024 * 1024, maxPages: 5000 };
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const startsWith = (bytes, magic, at = 0) => magic.every((b, i) => bytes[at + i] === b);
/** The document family the bytes open with: a zip (docx, odt, ofd: told by its parts), Word 97–2003, PDF; null for text. */
export function sniffDocument(bytes) {
    if (startsWith(bytes, ZIP))
        return 'zip';
    if (startsWith(bytes, OLE))
        return 'doc';
    // a PDF may have bytes before its header (within the first KB, as readers allow)
    const head = bytes.subarray(0, 1024);
    for (let i = head.indexOf(0x25); i >= 0; i = head.indexOf(0x25, i + 1))
        if (startsWith(head, PDF, i))
            return 'pdf';
    return null;
}
