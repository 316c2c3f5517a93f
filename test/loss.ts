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

// 印发 may stand on the next line of a Markdown paragraph, joined to its date by a line break
const DATE = new RegExp(`${DATE_FRAGMENT}(?:\\s*印发)?`, 'g');
// A metadata line holds key: value pairs, kept apart in meta.web.
const WEB_KEY = new RegExp(METADATA_KEYS, 'g');

function clauses(line: string, convert: (text: string) => string = fold): string[] {
  let text = convert(line);
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

// Character by character: traditional-to-simplified conversion is by phrase, so a clause cut out of its
// sentence may convert otherwise than the same characters inside it (damaged text around them, say)
const byCharacter = (text: string) => [...text].map((c) => fold(c)).join('');

/** The clauses of `text` (read as `format`) that appear nowhere in `doc`, with their input lines. */
export function lostClauses(text: string, format: TextFormat, doc: PlanDocument): { line: number; clause: string }[] {
  const all = strings(doc).join('\u0000');
  const corpus = comparable(all);
  let corpusByCharacter: string | null = null;
  return repair(ingest(text, format), format).flatMap((l) => {
    if (clauses(l.text).every((c) => corpus.includes(comparable(c)))) return [];
    // again with both sides converted character by character
    corpusByCharacter ??= byCharacter(all).replace(/\s+/g, '');
    return clauses(l.text, byCharacter)
      .filter((c) => !corpusByCharacter!.includes(c.replace(/\s+/g, '')))
      .map((clause) => ({ line: l.startLine, clause }));
  });
}
