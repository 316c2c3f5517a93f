import { type InputFormat } from './ingest/ingest.js';
import type { PlanDocument } from '../model/schema.js';
import { type ReadLimits } from './ingest/documents/limits.js';
export interface ParseOptions {
    /** Shown in `source.path` and used to tell Markdown and HTML from text; `<stdin>` when absent. */
    path?: string;
    /** `auto` (default) decides by the content (a document's magic bytes, markup), then by the file name. */
    format?: InputFormat | 'auto';
    /** Limits on what a document may make the readers do; DEFAULT_LIMITS when absent. */
    limits?: Partial<ReadLimits>;
}
/** A plan and the text it was read from (a document's extracted text), whose line N is the model's line N. */
export interface ReadResult {
    doc: PlanDocument;
    text: string;
}
/**
 * Parses one notice of a text format (text, Markdown, HTML) into the
 * canonical plan model. Accepts the file's bytes (its encoding detected) or
 * text already decoded. Never throws on a notice's content: what cannot be
 * placed becomes a diagnostic. Throws InputError only for input that is no
 * text (empty, binary, undecodable, a document format: read those with readNotice).
 */
export declare function parseNotice(input: string | Uint8Array, options?: ParseOptions): PlanDocument;
/**
 * Reads one notice of any format (a Word, OpenDocument, PDF or OFD document,
 * or text) into the canonical plan model; the document readers load only
 * when such a file is read. Throws InputError for a file that is no notice:
 * empty, damaged, protected by a password, a scan without text, over a limit.
 */
export declare function readNotice(bytes: Uint8Array, options?: ParseOptions): Promise<PlanDocument>;
/** readNotice, with the text the notice was read as. */
export declare function readNoticeText(bytes: Uint8Array, options?: ParseOptions): Promise<ReadResult>;
