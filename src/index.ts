// The library API; the `plan` CLI is a thin layer over these functions.
export { parseNotice, type ParseOptions } from './parse.js';
export { decode, InputError, type Decoded } from './decode.js';
export { canonicalAgency } from './agencies.js';
export { similarity } from './similarity.js';
export * from './model.js';
export { agencyReport, type AgencyEntry, type TaskRef } from './agency-report.js';
export { validate, validateFile, validateCorpus, type Finding, type FileResult, type RuleSettings } from './validate.js';
export { RULES } from './rules.js';
export { diffPlans, type PlanDiff, type DiffOptions, type StructureChange, type AccountabilityChange, type TargetChange } from './diff.js';
export { renderText as renderDiffText, renderMarkdown as renderDiffMarkdown, renderHtml as renderDiffHtml } from './diff-render.js';
export { exportPlan, type ExportFormat, type ExportOptions } from './export.js';
export { renderPlanMarkdown } from './export-markdown.js';
