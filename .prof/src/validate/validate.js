// `plan validate` as a library: the rules applied to one plan and to one file.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { InputError } from '../parse/decode.js';
import { readStandardInput } from '../io/standard-input.js';
import { DEFAULT_LIMITS } from '../parse/ingest/documents/limits.js';
import { checkModel } from '../model/schema.js';
import { readNoticeText } from '../parse/parse-notice.js';
import { RULES } from './catalogue.js';
import { checkPlan } from './rules.js';
const DEFAULTS = new Map(RULES.map((r) => [r.id, r.severity]));
function severityOf(ruleId, settings) {
    const setting = settings[ruleId] ?? DEFAULTS.get(ruleId) ?? 'warning';
    return setting === 'off' ? null : setting;
}
/** A finding, or none when the rule is off. */
function finding(file, ruleId, line, column, message, settings, source) {
    const severity = severityOf(ruleId, settings);
    return severity ? [{ file, line, column, ruleId, severity, message, excerpt: source?.[line - 1] ?? null }] : [];
}
/** The findings of the rules on one parsed plan. */
export function validate(doc, settings = {}, options = {}) {
    const lines = options.source === undefined ? null : options.source.split(/\r\n|\r|\n/);
    return checkPlan(doc, options).flatMap((h) => finding(doc.source.path, h.ruleId, h.line, h.column, h.message, settings, h.located === false ? null : lines));
}
/** Validates one file: a notice (any format plan reads) or a plan model (.json). Never rejects. */
export async function validateFile(file, settings = {}, context = {}) {
    const path = file === '-' ? '<stdin>' : file;
    let bytes;
    try {
        bytes = file === '-' ? await readStandardInput(DEFAULT_LIMITS.maxBytes) : readFileSync(file);
    }
    catch (error) {
        const reason = error.code === 'ENOENT' ? 'no such file' : error.message;
        return { file: path, findings: finding(path, 'unreadable', 1, 1, `cannot read the file: ${reason}`, settings, null) };
    }
    try {
        if (/\.json$/i.test(path))
            return validateModel(path, bytes, settings, context);
        const { doc, text } = await readNoticeText(bytes, { path });
        return { file: path, findings: validate(doc, settings, { ...context, source: text }) };
    }
    catch (error) {
        const message = error instanceof InputError ? error.message : `internal error: ${error.message}`;
        return { file: path, findings: finding(path, 'unreadable', 1, 1, message, settings, null) };
    }
}
/**
 * A plan model's findings are about its notice: reported at the notice's
 * path (source.path) when that file is there, so that line and column point
 * into it; else at the model's path, at its first line, the notice's line named.
 */
function validateModel(path, bytes, settings, context) {
    let json;
    try {
        json = JSON.parse(new TextDecoder().decode(bytes));
    }
    catch (error) {
        return { file: path, findings: finding(path, 'schema', 1, 1, `not valid JSON: ${error.message}`, settings, null) };
    }
    const { doc, problems } = checkModel(json);
    if (!doc)
        return { file: path, findings: problems.flatMap((problem) => finding(path, 'schema', 1, 1, problem, settings, null)) };
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
