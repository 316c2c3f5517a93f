// The pipeline: decode -> ingest -> line repair -> lex/parse (CST) -> visit
// (outline) -> build the tree -> header, responsibility, targets -> model.
// Each stage's module says what it guarantees to the next.
import { parseCst } from '../../grammars/parser.js';
import { assignResponsibilities } from './responsibility/assign.js';
import { readTaskTable } from './responsibility/task-table.js';
import { buildTasks } from './responsibility/tasks.js';
import { decode, InputError, sha256 } from './decode.js';
import { diagnosticAt, diagnosticOnLine } from './diagnostics.js';
import { detectFormat, ingest } from './ingest/ingest.js';
import { readClosing, readFooter, readFront } from './header.js';
import { DOCUMENT_FORMATS } from '../model/input-formats.js';
import { DEFAULT_LIMITS, sniffDocument } from './ingest/documents/limits.js';
import { SCHEMA_VERSION } from '../model/version.js';
import { buildTree } from './build-tree.js';
import { visitNotice } from './cst-visitor.js';
import { repair } from './repair.js';
import { collectTargets } from './targets.js';
import { assignDeadlines } from './deadlines.js';
import { appendAll, compareText } from '../text/text.js';
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };
// The document format a file's extension names.
const EXTENSIONS = { docx: 'docx', docm: 'docx', doc: 'doc', odt: 'odt', pdf: 'pdf', ofd: 'ofd' };
/**
 * Parses one notice of a text format (text, Markdown, HTML) into the
 * canonical plan model. Accepts the file's bytes (its encoding detected) or
 * text already decoded. Never throws on a notice's content: what cannot be
 * placed becomes a diagnostic. Throws InputError only for input that is no
 * text (empty, binary, undecodable, a document format: read those with readNotice).
 */
export function parseNotice(input, options = {}) {
    if (typeof input !== 'string') {
        checkSize(input, { ...DEFAULT_LIMITS, ...options.limits });
        const document = sniffDocument(input);
        if (document)
            throw new InputError(`the file is a ${document === 'zip' ? 'zip (Word, OpenDocument or OFD)' : document.toUpperCase()} document: read it with readNotice`);
    }
    const requested = options.format ?? 'auto';
    if (isDocumentFormat(requested))
        throw new InputError(`a ${requested} document is read from its bytes, with readNotice`);
    return parseText(input, options, requested).doc;
}
/**
 * Reads one notice of any format (a Word, OpenDocument, PDF or OFD document,
 * or text) into the canonical plan model; the document readers load only
 * when such a file is read. Throws InputError for a file that is no notice:
 * empty, damaged, protected by a password, a scan without text, over a limit.
 */
export async function readNotice(bytes, options = {}) {
    return (await readNoticeText(bytes, options)).doc;
}
/** readNotice, with the text the notice was read as. */
export async function readNoticeText(bytes, options = {}) {
    const limits = { ...DEFAULT_LIMITS, ...options.limits };
    checkSize(bytes, limits);
    const requested = options.format ?? 'auto';
    if (isDocumentFormat(requested))
        return readDocumentNotice(bytes, requested, options, limits);
    const family = requested === 'auto' ? sniffDocument(bytes) : null;
    return family ? readDocumentNotice(bytes, family, options, limits) : parseText(bytes, options, requested);
}
/** A notice of a document format (or a zip whose parts tell which), by its reader. */
async function readDocumentNotice(bytes, family, options, limits) {
    const { readDocument } = await import('./ingest/documents/read-document.js');
    const { format, extracted } = await readDocument(bytes, family, limits);
    if (extracted.lines.every((l) => l.text.trim() === ''))
        throw new InputError(`the ${format} document holds no text`);
    const source = { path: options.path ?? '<stdin>', sha256: sha256(bytes), format, encoding: 'binary' };
    // a Word file made from a crawler's Markdown (# title, **发布日期**) holds its marks as text: read as Markdown
    const named = EXTENSIONS[/\.([a-z]+)$/i.exec(options.path ?? '')?.[1]?.toLowerCase() ?? ''];
    const misnamed = named && named !== format
        ? [diagnosticOnLine(1, 'misnamed-file', `the file is named as ${named} but is a ${format} document, and was read as one`)]
        : [];
    const markdown = !extracted.pages && detectFormat(extracted.text) === 'markdown';
    const doc = markdown
        ? buildModel(ingest(extracted.text, 'markdown'), source, 'markdown', misnamed)
        : buildModel(extracted.lines, source, format, misnamed);
    if (extracted.pages)
        addPages(doc, extracted.pages);
    return { doc, text: extracted.text };
}
/** A notice of a text format, `requested` or told by its name and content. */
function parseText(input, options, requested) {
    let text;
    let encoding = 'utf-8';
    let digest;
    let notes = [];
    if (typeof input === 'string') {
        text = input.replace(/^\uFEFF/, '');
        digest = sha256(new TextEncoder().encode(input));
    }
    else {
        const decoded = decode(input);
        ({ text, encoding, notes } = decoded);
        digest = decoded.sha256;
    }
    const format = requested === 'auto' ? detectFormat(text, options.path) : requested;
    // U+2028, U+2029 and NEL end lines in text as \n does (a page's are white space); one character for one keeps every column
    if (format !== 'html')
        text = text.replace(/[\u2028\u2029\u0085]/g, '\n');
    const source = { path: options.path ?? '<stdin>', sha256: digest, format, encoding };
    const decoding = notes.map(({ line, code, message }) => diagnosticOnLine(line, code, message));
    return { doc: buildModel(ingest(text, format), source, format, decoding), text };
}
/**
 * The shared stages after ingest: line repair (by the rules of the lines' own format), the grammar, the tree, header,
 * responsibility and targets. `found` holds what was found before the lines (decoding, the file's name).
 */
function buildModel(sourceLines, source, linesFormat, found) {
    const diagnostics = [...found];
    const repaired = repair(sourceLines, linesFormat);
    const lines = repaired.filter((l) => !l.outside);
    const { cst, parseErrors, lexErrors } = parseCst(lines.map((l) => `${l.folded}\n`).join(''));
    for (const e of lexErrors)
        diagnostics.push(at(lines, e.line, 'lex-error', e.message));
    for (const e of parseErrors)
        diagnostics.push(at(lines, e.token.startLine ?? 1, 'parse-error', e.message));
    const built = buildTree(visitNotice(cst, lines), lines, diagnostics);
    // furniture, and a table of contents before the body: recorded, never read as the notice
    const outside = [...repaired.filter((l) => l.outside), ...built.contents]
        .sort((a, b) => a.startLine - b.startLine)
        .map((l) => ({ text: l.text, span: { startLine: l.startLine, endLine: l.endLine } }));
    const front = readFront(built.front, diagnostics);
    readClosing(built.closing, front.meta, diagnostics);
    readFooter(built.footer, front.meta, diagnostics);
    const lineAt = (sourceLine) => lineContaining(lines, sourceLine);
    assignResponsibilities(built.sections, lineAt, diagnostics);
    const year = noticeYear(front.meta);
    assignDeadlines(built.sections, year);
    const taskTable = built.table ? readTaskTable(built.table, built.sections, diagnostics, year) : null;
    return {
        schemaVersion: SCHEMA_VERSION,
        source,
        meta: front.meta,
        preamble: front.preamble,
        targets: collectTargets(front.preamble, front.preambleSpan, built.sections),
        sections: built.sections,
        tasks: buildTasks(built.sections),
        taskTable,
        appendices: built.appendices,
        diagnostics: sortDiagnostics(diagnostics),
        outside,
    };
}
/** The repaired line that holds a source line (lines are in order, without overlap): a binary search, not a scan per node. */
function lineContaining(lines, sourceLine) {
    let [low, high] = [0, lines.length - 1];
    while (low <= high) {
        const middle = (low + high) >> 1;
        const line = lines[middle];
        if (sourceLine < line.startLine)
            high = middle - 1;
        else if (sourceLine > line.endLine)
            low = middle + 1;
        else
            return line;
    }
    return lines[0];
}
/** In reading order; at one place errors first. */
function sortDiagnostics(diagnostics) {
    return diagnostics.sort((a, b) => a.line - b.line || a.column - b.column || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || compareText(a.code, b.code));
}
function checkSize(bytes, limits) {
    if (bytes.length > limits.maxBytes)
        throw new InputError(`the file has ${bytes.length} bytes, more than the limit of ${limits.maxBytes}`);
}
/** Every span of a paged document gains the pages its lines are printed on. */
function addPages(doc, pages) {
    const stack = [doc];
    while (stack.length > 0) {
        const value = stack.pop();
        if (Array.isArray(value))
            appendAll(stack, value);
        else if (value && typeof value === 'object') {
            const span = value;
            if (typeof span.startLine === 'number' && typeof span.endLine === 'number') {
                span.startPage = pages[span.startLine - 1];
                span.endPage = pages[span.endLine - 1];
            }
            else
                appendAll(stack, Object.values(value));
        }
    }
}
function isDocumentFormat(format) {
    return DOCUMENT_FORMATS.includes(format);
}
/** A diagnostic at line `index` (1-based) of the repaired text. */
function at(lines, index, code, message) {
    const line = lines[Math.min(Math.max(index, 1), lines.length) - 1];
    return line ? diagnosticAt(line, code, message) : diagnosticOnLine(1, code, message);
}
/** The year 年底前 and 年内 mean: the notice's signing date's, else the date its page gives. */
function noticeYear(meta) {
    const date = meta.signedDate ?? meta.printedDate;
    return date ? Number(date.slice(0, 4)) : null;
}
