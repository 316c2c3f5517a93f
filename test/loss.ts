// The no-text-loss oracle: every clause of every line that line repair keeps
// is found again in the model (in a field, or in a diagnostic). Shared by the
// no-loss test over the corpus and the fuzz suite over its mutations.
import { CC, DATE_FRAGMENT, MARKERS, METADATA_KEYS, PUBLICITY, RELATED } from '../grammars/patterns.js';
import type { PlanDocument } from '../src/model/schema.js';
import { ingest } from '../src/parse/ingest/ingest.js';
import type { TextFormat } from '../src/parse/ingest/ingest.js';
import { repair } from '../src/parse/repair.js';
import { fold } from '../src/text/fold.js';

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      strings(v, out);
    }
  }
  return out;
}

const DATE = new RegExp(`${DATE_FRAGMENT}(?:印发)?`, 'g');
// A metadata line holds key: value pairs, kept apart in meta.web.
const WEB_KEY = new RegExp(METADATA_KEYS, 'g');

function clauses(line: string): string[] {
  let text = fold(line);
  for (const re of [...MARKERS, CC, RELATED]) text = text.replace(re, '');
  if (PUBLICITY.test(text)) text = text.replace(/^公开方式\s*[:：]/, '');
  return text
    .replace(DATE, '\t')
    .replace(WEB_KEY, (key) => `\t${key}\t`)
    .split(/[。，、；：,;:！？!?（）()“”"《》\t【】〔〕[\]|]+/)
    .map((c) => c.trim().replace(/等(?:单位|部门)?$/, ''))
    .filter((c) => c.length > 0);
}

// Compared folded and without spaces: a metadata key is kept folded (索 引 號 -> 索引号).
const comparable = (text: string) => fold(text).replace(/\s+/g, '');

/** The clauses of `text` (read as `format`) that appear nowhere in `doc`, with their input lines. */
export function lostClauses(text: string, format: TextFormat, doc: PlanDocument): { line: number; clause: string }[] {
  const corpus = comparable(strings(doc).join('\u0000'));
  return repair(ingest(text, format), format)
    .flatMap((l) => clauses(l.text).map((c) => ({ line: l.startLine, clause: c })))
    .filter(({ clause }) => !corpus.includes(comparable(clause)));
}
