// What must hold of every fuzz case: the parser returns a schema-valid model
// or refuses the file with an InputError; twice the same bytes give the same
// JSON; no clause of the text it read is missing from the model; and it takes
// no more than 10x the time a seed of that size takes.
import { performance } from 'node:perf_hooks';
import { checkModel } from '../../src/model/schema.js';
import { InputError } from '../../src/parse/decode.js';
import { readNoticeText } from '../../src/parse/parse-notice.js';
import type { TextFormat } from '../../src/parse/ingest/ingest.js';
import { lostClauses } from '../loss.js';
import type { Case } from './mutations.js';

export const OUTCOMES = ['parsed', 'refused', 'threw', 'invalid', 'nondeterministic', 'lostText', 'slow'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The failures worth a closer look: every outcome but parsed and refused. */
export const FAILURES: readonly Outcome[] = ['threw', 'invalid', 'nondeterministic', 'lostText', 'slow'];

// Below this many bytes a case is timed as if it had this many: fixed costs dominate tiny inputs.
const TIME_FLOOR_BYTES = 16_384;
const MAX_SLOWDOWN = 10;

export interface Verdict {
  outcomes: Outcome[];
  /** Time per byte against the seeds' time per byte. */
  slowdown: number;
  detail?: string;
}

async function timed(c: Case): Promise<{ result: Awaited<ReturnType<typeof readNoticeText>>; ms: number }> {
  const start = performance.now();
  const result = await readNoticeText(c.bytes, { path: c.path });
  return { result, ms: performance.now() - start };
}

/** Judges one case; `msPerByte` is the seeds' parse time per byte, measured in the same process. */
export async function judge(c: Case, msPerByte: number): Promise<Verdict> {
  let first;
  try {
    first = await timed(c);
  } catch (error) {
    if (error instanceof InputError) return { outcomes: ['refused'], slowdown: 0 };
    return { outcomes: ['threw'], slowdown: 0, detail: (error as Error).stack };
  }
  const outcomes: Outcome[] = [];
  const details: string[] = [];
  const { doc, text } = first.result;
  const checked = checkModel(JSON.parse(JSON.stringify(doc)));
  if (checked.problems.length > 0) {
    outcomes.push('invalid');
    details.push(checked.problems.slice(0, 3).join('; '));
  }
  const second = await timed(c);
  if (JSON.stringify(second.result.doc) !== JSON.stringify(doc)) outcomes.push('nondeterministic');
  const lost = doc.source.encoding === 'binary' ? [] : lostClauses(text, doc.source.format as TextFormat, doc);
  if (lost.length > 0) {
    outcomes.push('lostText');
    details.push(`lost ${JSON.stringify(lost.slice(0, 3))}`);
  }
  // the faster of two runs: a garbage collection in one is not the parser's doing
  const slowdown = Math.min(first.ms, second.ms) / (Math.max(c.bytes.length, TIME_FLOOR_BYTES) * msPerByte);
  if (slowdown > MAX_SLOWDOWN) outcomes.push('slow');
  return { outcomes: outcomes.length > 0 ? outcomes : ['parsed'], slowdown, detail: details.join('\n') || undefined };
}
