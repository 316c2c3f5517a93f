// The PDF reader, by pdf.js (pdfjs-dist, with its own CMaps for Chinese fonts
// read from the package: nothing is fetched). Guarantees: each page's text
// items with their positions, laid out into lines and paragraphs (layout.ts);
// page numbers and running heads as outside lines. A PDF without a text layer
// (a scan), with a password, or damaged is an InputError that says which.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { InputError } from '../../decode.js';
import { layoutPages } from './layout.js';
// pdf.js ships its CMaps and standard fonts as files beside its code
const packageDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
export async function readPdf(bytes, maxPages) {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const task = pdfjs.getDocument({
        // pdf.js takes the buffer over: it is given a copy
        data: new Uint8Array(bytes),
        cMapUrl: join(packageDir, 'cmaps') + '/',
        cMapPacked: true,
        standardFontDataUrl: join(packageDir, 'standard_fonts') + '/',
        isEvalSupported: false,
        disableFontFace: true,
        useSystemFonts: false,
        verbosity: pdfjs.VerbosityLevel.ERRORS,
    });
    try {
        const document = await task.promise.catch((error) => {
            throw new InputError(openFailure(error));
        });
        if (document.numPages > maxPages)
            throw new InputError(`the PDF has ${document.numPages} pages, more than the limit of ${maxPages}`);
        const pages = [];
        for (let n = 1; n <= document.numPages; n++) {
            const page = await document.getPage(n).catch((error) => {
                throw new InputError(`page ${n} of the PDF cannot be read (${error.message})`);
            });
            const [, , width, height] = page.view;
            const content = await page.getTextContent({ disableNormalization: true }).catch((error) => {
                throw new InputError(`the text of page ${n} of the PDF cannot be read (${error.message})`);
            });
            const items = content.items.flatMap((item) => {
                if (!('str' in item) || item.str === '')
                    return [];
                const [a, b, , , x, y] = item.transform;
                const size = Math.hypot(a, b) || item.height;
                return [{ text: item.str, x: x, y: height - y, width: item.width, size }];
            });
            pages.push({ width, height, items });
            page.cleanup();
        }
        if (pages.every((p) => p.items.length === 0))
            throw new InputError('the PDF has no text layer (a scan?); it needs OCR first');
        return layoutPages(pages);
    }
    finally {
        await task.destroy();
    }
}
function openFailure(error) {
    const name = error.name;
    if (name === 'PasswordException')
        return 'the PDF is protected by a password';
    if (name === 'InvalidPDFException')
        return 'the file is not a valid PDF (damaged or truncated)';
    return `the PDF cannot be opened (${error.message})`;
}
