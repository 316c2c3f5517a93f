// The OFD reader (GB/T 33190: a zip of XML parts). Guarantees: the text codes
// of each page's content layers with their positions, in the order of the
// document's page list, laid out as a PDF's are (layout.ts). Page templates
// (running heads), annotations and signatures are not read.
import { InputError } from '../../decode.js';
import { layoutPages } from './layout.js';
import { walkXml } from './xml.js';
export async function readOfd(pkg, maxPages) {
    const root = await pkg.required('OFD.xml');
    const docRoot = firstElementText(root, 'OFD.xml', 'ofd:DocRoot');
    if (!docRoot)
        throw new InputError('the OFD names no document (OFD.xml has no DocRoot)');
    const documentXml = await pkg.required(docRoot);
    const base = docRoot.replace(/^\//, '').replace(/[^/]*$/, '');
    const pageLocations = [];
    let box = [0, 0, 210, 297];
    walkXml(documentXml, docRoot, {
        open(name, a) {
            if (name === 'ofd:Page' && a.BaseLoc)
                pageLocations.push(resolve(base, a.BaseLoc));
        },
    });
    const physical = firstElementText(documentXml, docRoot, 'ofd:PhysicalBox');
    if (physical)
        box = numbers(physical);
    if (pageLocations.length > maxPages)
        throw new InputError(`the OFD has ${pageLocations.length} pages, more than the limit of ${maxPages}`);
    const pages = [];
    for (const location of pageLocations)
        pages.push(await readPage(pkg, location, box));
    if (pages.every((p) => p.items.length === 0))
        throw new InputError('the OFD has no text (scanned page images?); it needs OCR first');
    return layoutPages(pages);
}
async function readPage(pkg, location, box) {
    const xml = await pkg.required(location);
    const items = [];
    let pageBox = box;
    let object = null;
    let code = null;
    let inPhysicalBox = false;
    walkXml(xml, location, {
        open(name, a) {
            if (name === 'ofd:PhysicalBox')
                inPhysicalBox = true;
            else if (name === 'ofd:TextObject') {
                const [x = 0, y = 0] = numbers(a.Boundary ?? '');
                object = { x, y, size: Number(a.Size) || 3.5 };
            }
            else if (name === 'ofd:TextCode' && object)
                code = { x: object.x + (Number(a.X) || 0), y: object.y + (Number(a.Y) || 0), deltas: deltas(a.DeltaX ?? ''), text: '' };
        },
        text(text) {
            if (code)
                code.text += text;
            else if (inPhysicalBox)
                pageBox = numbers(text);
        },
        close(name) {
            if (name === 'ofd:PhysicalBox')
                inPhysicalBox = false;
            else if (name === 'ofd:TextObject')
                object = null;
            else if (name === 'ofd:TextCode' && code && object) {
                const size = object.size;
                const advance = code.deltas.slice(0, Math.max(0, [...code.text].length - 1)).reduce((s, d) => s + d, 0);
                items.push({ text: code.text, x: code.x, y: code.y, width: advance + size, size });
                code = null;
            }
        },
    });
    return { width: pageBox[2] ?? 210, height: pageBox[3] ?? 297, items };
}
function firstElementText(xml, part, element) {
    let inside = false;
    let found;
    walkXml(xml, part, {
        open: (name) => void (inside = name === element && found === undefined),
        text: (t) => void (inside && (found = (found ?? '') + t)),
        close: () => void (inside = false),
    });
    return found?.trim();
}
function numbers(text) {
    return text.trim().split(/\s+/).map(Number);
}
/** DeltaX: advances between characters; `g 3 5.5` repeats 5.5 three times. */
function deltas(text) {
    const parts = text
        .trim()
        .split(/\s+/)
        .filter((p) => p !== '');
    const out = [];
    for (let i = 0; i < parts.length; i++) {
        if (parts[i] === 'g') {
            const count = Math.min(Number(parts[i + 1]) || 0, 100000);
            const value = Number(parts[i + 2]) || 0;
            for (let k = 0; k < count; k++)
                out.push(value);
            i += 2;
        }
        else
            out.push(Number(parts[i]) || 0);
    }
    return out;
}
function resolve(base, location) {
    return location.startsWith('/') ? location.slice(1) : base + location;
}
