// Stage 2 for document formats: bytes -> source lines, one reader per format,
// each loaded only when a file of its format is read. A zip is told by its
// parts: word/document.xml, OFD.xml, content.xml. Guarantees the same source
// lines a text reader gives, and the text they were read as.
import { InputError } from '../../decode.js';
export async function readDocument(bytes, format, limits) {
    if (format === 'doc')
        return { format, extracted: await (await import('./doc.js')).readDoc(bytes) };
    if (format === 'pdf')
        return { format, extracted: await (await import('./pdf.js')).readPdf(bytes, limits.maxPages) };
    const { openPackage } = await import('./zip.js');
    const pkg = await openPackage(bytes, limits.maxPartBytes);
    const kind = format !== 'zip' ? format : pkg.has('word/document.xml') ? 'docx' : pkg.has('OFD.xml') ? 'ofd' : pkg.has('content.xml') ? 'odt' : null;
    if (kind === 'docx')
        return { format: kind, extracted: await (await import('./docx.js')).readDocx(pkg) };
    if (kind === 'odt')
        return { format: kind, extracted: await (await import('./odt.js')).readOdt(pkg) };
    if (kind === 'ofd')
        return { format: kind, extracted: await (await import('./ofd.js')).readOfd(pkg, limits.maxPages) };
    throw new InputError('the file is a zip archive but no Word (.docx), OpenDocument (.odt) or OFD document');
}
