// The library API, one entry per stage or command; the `plan` CLI is a thin
// layer over these functions.

// The model
export * from './model/schema.js';
export { DIAGNOSTIC_CODES, type DiagnosticCode } from './model/diagnostic-codes.js';
export { INPUT_FORMATS, DOCUMENT_FORMATS, type InputFormat, type DocumentFormat } from './model/input-formats.js';

// plan parse
export { parseNotice, readNotice, readNoticeText, type ParseOptions, type ReadResult } from './parse/parse-notice.js';
export { DEFAULT_LIMITS, type ReadLimits } from './parse/ingest/documents/limits.js';
export { decode, InputError, type Decoded } from './parse/decode.js';
export { canonicalAgency } from './parse/responsibility/agencies.js';
export { renderOutline } from './render/outline.js';
export { renderDiagnostics } from './render/diagnostics.js';
export { similarity } from './text/similarity.js';

// plan validate
export { validate, validateFile, type CheckOptions, type Finding, type FileResult, type RuleSettings } from './validate/validate.js';
export type { RuleContext } from './validate/rules.js';
export { validateCorpus, type CorpusOptions } from './validate/corpus.js';
export { RULES, type RuleId, type RuleInfo } from './validate/catalogue.js';
export { REPORTERS, REPORTER_NAMES, type Reporter, type ReporterContext, type ReporterName } from './validate/reporters/index.js';

// plan diff
export { diffPlans } from './diff/diff.js';
export { ASPECTS } from './diff/types.js';
export { coverPlans, type Coverage, type CoverageRow, type CoveredTask } from './diff/coverage.js';
export { parsePairs, checkPairs } from './diff/pairs.js';
export type * from './diff/types.js';
export {
  DIFF_FORMATS,
  DIFF_FORMAT_NAMES,
  type DiffFormat,
  renderText as renderDiffText,
  renderMarkdown as renderDiffMarkdown,
  renderHtml as renderDiffHtml,
} from './diff/render/index.js';

// plan export and plan agencies
export { exportPlan, EXPORT_FORMATS, EXPORT_FORMAT_NAMES, type ExportFormat, type ExportOptions } from './export/export.js';
export { renderPlanMarkdown } from './export/markdown.js';
export { agencyReport, agencySchedule, type AgencyEntry, type ScheduledTask, type TaskRef } from './export/agency-report.js';
