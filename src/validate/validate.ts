// `plan validate` as a library: the rules applied to one plan and to one file.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { InputError } from '../parse/decode.js';
import { readStandardInput } from '../io/standard-input.js';
import { DEFAULT_LIMITS } from '../parse/ingest/documents/limits.js';
import { checkModel, type PlanDocument, type Severity } from '../model/schema.js';
import { readNoticeText } from '../parse/parse-notice.js';
import { RULES, type RuleId } from './catalogue.js';
import { checkPlan, type RuleContext, type RuleSetting } from './rules.js';

export type RuleSettings = Partial<Record<RuleId, RuleSetting>>;

export interface Finding {
  file: string;
  line: number;
  column: number;
  ruleId: RuleId;
  severity: Severity;
  message: string;
  /** The offending line of the input, for code frames; null when there is none. */
  excerpt: string | null;
}

export interface FileResult {
  file: string;
  /** the plan model JSON the findings were read from, when `file` is the notice it was parsed from */
  model?: string;
  findings: Finding[];
}

const DEFAULTS = new Map(RULES.map((r) => [r.id, r.severity]));

function severityOf(ruleId: RuleId, settings: RuleSettings): Severity | null {
  const setting = settings[ruleId] ?? DEFAULTS.get(ruleId) ?? 'warning';
  return setting === 'off' ? null : setting;
}

/** A finding, or none when the rule is off. */
function finding(
  file: string,
  ruleId: RuleId,
  line: number,
  column: number,
  message: string,
  settings: RuleSettings,
  source: string[] | null,
): Finding[] {
  const severity = severityOf(ruleId, settings);
  return severity ? [{ file, line, column, ruleId, severity, message, excerpt: source?.[line - 1] ?? null }] : [];
}

export interface CheckOptions extends RuleContext {
  /** the input text, for code frames */
  source?: string;
}

/** The findings of the rules on one parsed plan. */
export function validate(doc: PlanDocument, settings: RuleSettings = {}, options: CheckOptions = {}): Finding[] {
  const lines = options.source === undefined ? null : options.source.split(/\r\n|\r|\n/);
  return checkPlan(doc, options).flatMap((h) =>
    finding(doc.source.path, h.ruleId, h.line, h.column, h.message, settings, h.located === false ? null : lines),
  );
}

/** Validates one file: a notice (any format plan reads) or a plan model (.json). Never rejects. */
export async function validateFile(file: string, settings: RuleSettings = {}, context: RuleContext = {}): Promise<FileResult> {
  const path = file === '-' ? '<stdin>' : file;
  let bytes: Uint8Array;
  try {
    bytes = file === '-' ? await readStandardInput(DEFAULT_LIMITS.maxBytes) : readFileSync(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    return { file: path, findings: finding(path, 'unreadable', 1, 1, `cannot read the file: ${reason}`, settings, null) };
  }
  try {
    if (/\.json$/i.test(path)) return validateModel(path, bytes, settings, context);
    const { doc, text } = await readNoticeText(bytes, { path });
    return { file: path, findings: validate(doc, settings, { ...context, source: text }) };
  } catch (error) {
    const message = error instanceof InputError ? error.message : `internal error: ${(error as Error).message}`;
    return { file: path, findings: finding(path, 'unreadable', 1, 1, message, settings, null) };
  }
}

/**
 * A plan model's findings are about its notice: reported at the notice's
 * path (source.path) when that file is there, so that line and column point
 * into it; else at the model's path, at its first line, the notice's line named.
 */
function validateModel(path: string, bytes: Uint8Array, settings: RuleSettings, context: RuleContext): FileResult {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    return { file: path, findings: finding(path, 'schema', 1, 1, `not valid JSON: ${(error as Error).message}`, settings, null) };
  }
  const { doc, problems } = checkModel(json);
  if (!doc) return { file: path, findings: problems.flatMap((problem) => finding(path, 'schema', 1, 1, problem, settings, null)) };
  const notice = doc.source.path;
  if (notice !== path && existsSync(notice) && statSync(notice).isFile())
    return { file: notice, model: path, findings: validate(doc, settings, context) };
  const findings = validate({ ...doc, source: { ...doc.source, path } }, settings, context).map((f) => ({
    ...f,
    message: `${f.message} (line ${f.line}:${f.column} of ${notice})`,
    line: 1,
    column: 1,
  }));
  return { file: path, findings };
}
