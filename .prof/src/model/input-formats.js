// The input formats a notice can be read from. A module without zod, so that
// the CLI lists them without loading the model; the model's Source.format and
// the ingest stage's registries of readers are both typed by these lists.
const TEXT_FORMATS = ['markdown', 'text', 'html'];
/** Formats read from bytes by a document reader (src/parse/ingest/documents). */
export const DOCUMENT_FORMATS = ['docx', 'doc', 'odt', 'pdf', 'ofd'];
export const INPUT_FORMATS = [...TEXT_FORMATS, ...DOCUMENT_FORMATS];
