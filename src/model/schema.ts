// The canonical plan model. Defined once here; the TypeScript types and the
// JSON Schema (`plan parse --schema`) are both derived from these schemas.
import { z } from 'zod';

import { DIAGNOSTIC_CODES } from './diagnostic-codes.js';
import { INPUT_FORMATS } from './input-formats.js';
import { SCHEMA_VERSION } from './version.js';

export { SCHEMA_VERSION };

export const Span = z.object({
  startLine: z.number().int().positive(),
  endLine: z.number().int().positive(),
  startPage: z.number().int().positive().optional().describe('the page the first line is printed on (PDF, OFD)'),
  endPage: z.number().int().positive().optional().describe('the page the last line is printed on (PDF, OFD)'),
});

export const Severity = z.enum(['error', 'warning', 'info']);

export const Diagnostic = z.object({
  severity: Severity,
  code: z.enum(DIAGNOSTIC_CODES).describe('stable identifier, e.g. unplaced-text'),
  message: z.string(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
});

export const Agency = z.object({
  name: z.string().describe('as the document writes it, repaired (prefix inherited, spaces removed)'),
  raw: z.string().describe('the text as it stood in the list'),
  canonical: z.string().describe('one key for the same body across documents and levels'),
  suspect: z.literal(true).optional().describe('the name looks damaged (OCR or extraction); kept, and reported as suspect-agency'),
  generic: z.literal(true).optional().describe('a class of bodies rather than one: 各地区, 国务院相关部门, 各有关单位'),
});

export const ResponsibilityForm = z.enum(['line', 'heading', 'inline', 'item', 'table']);

export const Responsibility = z.object({
  lead: z.array(Agency),
  support: z.array(Agency),
  responsible: z.array(Agency),
  raw: z.string(),
  form: ResponsibilityForm,
  span: Span,
});

export const DeadlineKind = z.enum(['date', 'period', 'recurring', 'ongoing']);
export const DeadlineForm = z.enum(['line', 'inline', 'lead', 'heading', 'table']);

export const Deadline = z.object({
  raw: z.string().describe('as the notice states it: 2023年6月底前, 长期坚持, 2022—2024年'),
  kind: DeadlineKind.describe(
    'date: due by a day or month; period: a span (from, to) or a relative deadline with no year to resolve it; recurring: 每年 …; ongoing: 长期坚持 …',
  ),
  by: z.string().nullable().describe('due by: YYYY-MM, or YYYY-MM-DD when the day is stated; the end of a period'),
  from: z.string().nullable().describe('the start of a period, YYYY-MM'),
  to: z.string().nullable().describe('the end of a period, YYYY-MM'),
  form: DeadlineForm.describe(
    'line: 时限要求：… in the text; inline: a bracket (2023年底前完成); lead: the text opens with it (2020年底前制定…); heading: a phase in a heading (启动阶段（2021年）); table: the 完成时限 column',
  ),
  span: Span,
});

export const MarkerKind = z.enum(['part', 'article', 'chapter', 'section', 'item', 'subitem', 'circled', 'dash']);

export interface PlanNode {
  id: string;
  level: number;
  kind: z.infer<typeof MarkerKind>;
  marker: string;
  ordinal: number;
  title: string;
  text: string;
  responsibility: z.infer<typeof Responsibility> | null;
  deadline: z.infer<typeof Deadline> | null;
  children: PlanNode[];
  span: z.infer<typeof Span>;
}

export const PlanNode: z.ZodType<PlanNode> = z.lazy(() =>
  z.object({
    id: z.string().describe('stable path of ordinals, e.g. 2.1.3'),
    level: z.number().int().positive().describe('depth in the tree, 1 for top-level sections'),
    kind: MarkerKind,
    marker: z.string().describe('the marker as written, e.g. （一） or 1.'),
    ordinal: z.number().int().nonnegative(),
    title: z.string(),
    text: z.string(),
    responsibility: Responsibility.nullable(),
    deadline: Deadline.nullable().describe('when the node is due, as it states it; its items inherit it'),
    children: z.array(PlanNode),
    span: Span,
  }),
);

export const Target = z.object({
  year: z.number().int().nullable(),
  metric: z.string(),
  comparator: z.string().describe('超过, 达到, 力争达到, ...'),
  value: z.number(),
  unit: z.string(),
  qualifier: z.string().nullable().describe('以上 when the notice adds it'),
  text: z.string().describe('the sentence the target was read from; of a sentence over 200 characters, the clause'),
  nodeId: z.string().nullable().describe('the section that states it; null for the preamble'),
  span: Span,
});

export const Meta = z.object({
  docNumber: z.string().nullable().describe('发文字号 with 〔〕 brackets, e.g. 厦海政办〔2022〕17号'),
  docNumberRaw: z.string().nullable(),
  banner: z.string().nullable().describe('发文机关标志, e.g. 泉州市人民政府办公室文件'),
  issuer: z.string().nullable(),
  noticeTitle: z.string().nullable(),
  planTitle: z.string().nullable(),
  addressees: z.array(z.string()),
  cover: z.string().describe('the text of the notice itself, between the addressees and the signature'),
  signedDate: z.string().nullable().describe('成文日期, YYYY-MM-DD'),
  publicity: z.string().nullable().describe('此件主动公开, 此件公开发布, 主动公开 ...'),
  cc: z.array(z.string()),
  related: z.array(z.string()).describe('相关单位 in the footer'),
  printedBy: z.string().nullable(),
  printedDate: z.string().nullable().describe('印发日期, YYYY-MM-DD'),
  web: z
    .record(z.string(), z.string())
    .describe('a web page metadata block (索引号, 发布机构 ...), keys folded (simplified, no spaces), values as written'),
  issuers: z
    .array(z.string())
    .describe('every issuer, in order, when several issue jointly (a joint red header or signature); issuer joins them'),
  signatories: z.array(z.string()).describe('署名: the issuers that sign above the date, as written, one a line'),
  seal: z
    .string()
    .nullable()
    .default(null)
    .describe('a note on the seal under the signature, as written: （中国科协办公厅代章）; not part of any name'),
  attachment: z.string().nullable().describe('the 附件 label above the plan'),
  headline: z.string().nullable().describe('a repost headline the plan title was read from: 《…实施方案》全文, 农业农村部发布《…规划》'),
});

export const Task = z.object({
  id: z.string(),
  path: z.array(z.string()).describe('titles of the ancestors, outermost first'),
  title: z.string(),
  responsibility: Responsibility.nullable(),
  inherited: z.boolean().describe('true when the responsibility is that of an ancestor'),
  from: z.string().nullable().describe('id of the node whose responsibility applies'),
  leadFrom: z
    .string()
    .nullable()
    .describe(
      'when the task names no lead of its own (…按职责分工负责), the ancestor whose lead it takes, e.g. a section with （牵头部门：…）',
    ),
  deadline: Deadline.nullable().describe('its own deadline, or the nearest ancestor’s'),
  deadlineFrom: z.string().nullable().describe('id of the node whose deadline applies'),
});

export const TableRow = z.object({
  part: z.string().describe('the heading the row stands under, e.g. 五项提升行动'),
  group: z.string().describe('the 项目 cell, repaired'),
  point: z.string().describe('the 要点 cell, repaired'),
  lead: z.string(),
  support: z.string(),
  cells: z
    .array(z.string())
    .describe('every cell of the row as written, in the order of the columns: 完成时限, 备注 and any other column too'),
  matchedId: z.string().nullable(),
  span: Span,
});

export const TaskTable = z.object({
  title: z.string(),
  columns: z.array(z.string()).describe('the header row as written'),
  rows: z.array(TableRow),
  span: Span,
});

export const Appendix = z.object({
  title: z.string().describe('its label line as written: 附件：1.…, 附件1 …指标体系'),
  lines: z.array(z.string()).describe('its lines as written; a table row as tab-separated cells'),
  span: Span,
});

export const Source = z.object({
  path: z.string(),
  sha256: z.string(),
  format: z.enum(INPUT_FORMATS),
  encoding: z
    .enum(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030', 'big5', 'shift_jis', 'euc-jp', 'euc-kr', 'mixed', 'binary'])
    .describe(
      'the text encoding the notice was read in; mixed for UTF-8 with lines in a legacy encoding (each a mixed-encoding diagnostic); binary for a document format (docx, pdf …) whose reader decodes it',
    ),
});

export const OutsideText = z.object({
  text: z.string(),
  span: Span,
});

export const PlanDocument = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: Source,
  meta: Meta,
  preamble: z.string().describe('text between the plan title and the first section'),
  targets: z.array(Target),
  sections: z.array(PlanNode),
  tasks: z.array(Task),
  taskTable: TaskTable.nullable(),
  appendices: z
    .array(Appendix)
    .default([])
    .describe('documents appended after the body that are not its task table (附件1 …指标体系), and the list of attachments'),
  diagnostics: z.array(Diagnostic),
  outside: z
    .array(OutsideText)
    .describe('site furniture around the notice (breadcrumbs, share prompts, 打印本页 …), kept here and never parsed'),
});

export type Span = z.infer<typeof Span>;
export type Severity = z.infer<typeof Severity>;
export type Diagnostic = z.infer<typeof Diagnostic>;
export type Agency = z.infer<typeof Agency>;
export type Responsibility = z.infer<typeof Responsibility>;
export type Deadline = z.infer<typeof Deadline>;
export type ResponsibilityForm = z.infer<typeof ResponsibilityForm>;
export type MarkerKind = z.infer<typeof MarkerKind>;
export type Target = z.infer<typeof Target>;
export type Meta = z.infer<typeof Meta>;
export type Task = z.infer<typeof Task>;
export type TableRow = z.infer<typeof TableRow>;
export type TaskTable = z.infer<typeof TaskTable>;
export type Source = z.infer<typeof Source>;
export type OutsideText = z.infer<typeof OutsideText>;
export type Appendix = z.infer<typeof Appendix>;
export type PlanDocument = z.infer<typeof PlanDocument>;

/** The JSON Schema of the model, generated from the zod schema. */
export function planJsonSchema(): unknown {
  return z.toJSONSchema(PlanDocument, { target: 'draft-2020-12' });
}

/** Sections nest a few levels in any notice (一、（一）1.（1）①); a model nesting deeper than this is refused before the schema recurses into it. */
const MAX_SECTION_DEPTH = 64;

// Versions whose models are read as they are: 1.5.0 only added diagnostic codes to 1.4.0's, 1.6.0 meta.seal (null when absent).
const COMPATIBLE_VERSIONS = new Set(['1.4.0', '1.5.0']);

/** A plan model read from JSON: the model, or what keeps it from being one (`message at path`, the first first). */
export function checkModel(json: unknown): { doc: PlanDocument; problems: [] } | { doc: null; problems: string[] } {
  if (sectionDepth(json) > MAX_SECTION_DEPTH)
    return { doc: null, problems: [`its sections nest more than ${MAX_SECTION_DEPTH} levels deep`] };
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  const current =
    typeof version === 'string' && COMPATIBLE_VERSIONS.has(version) ? { ...(json as object), schemaVersion: SCHEMA_VERSION } : json;
  const result = PlanDocument.safeParse(current);
  if (result.success) return { doc: result.data, problems: [] };
  return { doc: null, problems: result.error.issues.map((issue) => `${issue.message} at ${issue.path.join('.') || '(root)'}`) };
}

/** How deep a model's sections nest, counted without recursion; 0 when it has none. */
function sectionDepth(json: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[(json as { sections?: unknown } | null)?.sections, 1]];
  while (stack.length > 0) {
    const [nodes, depth] = stack.pop()!;
    if (!Array.isArray(nodes)) continue;
    for (const node of nodes) {
      deepest = Math.max(deepest, depth);
      if (depth <= MAX_SECTION_DEPTH) stack.push([(node as { children?: unknown } | null)?.children, depth + 1]);
    }
  }
  return deepest;
}
