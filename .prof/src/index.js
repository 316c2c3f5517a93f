// The library API, one entry per stage or command; the `plan` CLI is a thin
// layer over these functions.
// The model
export * from './model/schema.js';
export { DIAGNOSTIC_CODES } from './model/diagnostic-codes.js';
export { INPUT_FORMATS, DOCUMENT_FORMATS } from './model/input-formats.js';
// plan parse
export { parseNotice, readNotice, readNoticeText } from './parse/parse-notice.js';
export { DEFAULT_LIMITS } from './parse/ingest/documents/limits.js';
export { decode, InputError } from './parse/decode.js';
export { canonicalAgency } from './parse/responsibility/agencies.js';
export { renderOutline } from './render/outline.js';
export { renderDiagnostics } from './render/diagnostics.js';
export { similarity } from './text/similarity.js';
// plan validate
export { validate, validateFile } from './validate/validate.js';
export { validateCorpus } from './validate/corpus.js';
export { RULES } from './validate/catalogue.js';
export { REPORTERS, REPORTER_NAMES } from './validate/reporters/index.js';
// plan diff
export { diffPlans } from './diff/diff.js';
export { ASPECTS } from './diff/types.js';
export { DIFF_FORMATS, DIFF_FORMAT_NAMES, renderText as renderDiffText, renderMarkdown as renderDiffMarkdown, renderHtml as renderDiffHtml, } from './diff/render/index.js';
// plan export and plan agencies
export { exportPlan, EXPORT_FORMATS, EXPORT_FORMAT_NAMES } from './export/export.js';
export { renderPlanMarkdown } from './export/markdown.js';
export { agencyReport, agencySchedule } from './export/agency-report.js';
