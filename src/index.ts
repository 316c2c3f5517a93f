// The library API; the `plan` CLI is a thin layer over these functions.
export { parseNotice, type ParseOptions } from './parse/parse-notice.js';
export { decode, InputError, type Decoded } from './parse/decode.js';
export { canonicalAgency } from './parse/responsibility/agencies.js';
export { similarity } from './text/similarity.js';
export * from './model/schema.js';
export { agencyReport, type AgencyEntry, type TaskRef } from './export/agency-report.js';
export { validate, validateFile, type Finding, type FileResult, type RuleSettings } from './validate/validate.js';
export { validateCorpus, type CorpusOptions } from './validate/corpus.js';
export { RULES, type RuleId, type RuleInfo } from './validate/catalogue.js';
export {
  diffPlans,
  type PlanDiff,
  type DiffOptions,
  type StructureChange,
  type AccountabilityChange,
  type TargetChange,
} from './diff/diff.js';
export { renderText as renderDiffText, renderMarkdown as renderDiffMarkdown, renderHtml as renderDiffHtml } from './diff/render/index.js';
export { exportPlan, type ExportFormat, type ExportOptions } from './export/export.js';
export { renderPlanMarkdown } from './export/markdown.js';
