// The fuzz suite: mutated seeds and real notices (test/fuzz/mutations.ts)
// judged by test/fuzz/oracle.ts. `npm test` runs a bounded number of cases
// (about 30 s); `npm run fuzz` runs FUZZ_RUNS of them (1,000,000) and prints
// the counts. A failing case is written to fuzz-failures/ to reproduce.
import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../src/parse/parse-notice.js';
import { fuzzCase } from './fuzz/mutations.js';
import { FAILURES, judge, OUTCOMES, type Outcome } from './fuzz/oracle.js';
import { fixture, SEEDS } from './helpers.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1500);
const SEED = Number(process.env.FUZZ_SEED ?? 20221124);
const BATCH = 500;

/** The seeds' parse time per byte, median of five rounds, after a warm-up. */
function seedMsPerByte(): number {
  const texts = SEEDS.map((s) => ({ bytes: fixture(s), path: s }));
  const bytes = texts.reduce((n, t) => n + t.bytes.length, 0);
  const rounds: number[] = [];
  for (let round = 0; round < 6; round++) {
    const start = performance.now();
    for (const t of texts) parseNotice(t.bytes, { path: t.path });
    if (round > 0) rounds.push((performance.now() - start) / bytes);
  }
  return rounds.sort((a, b) => a - b)[2]!;
}

describe('fuzz', () => {
  it(
    `${RUNS} mutated notices: no throw, no invalid model, no nondeterminism, no lost text, none 10x slower than a seed`,
    async () => {
      const msPerByte = seedMsPerByte();
      const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
      const examples: string[] = [];
      let worst = 0;
      for (let done = 0; done < RUNS; done += BATCH) {
        for (const c of fc.sample(fuzzCase, { numRuns: Math.min(BATCH, RUNS - done), seed: SEED + done })) {
          const verdict = await judge(c, msPerByte);
          for (const o of verdict.outcomes) counts[o]++;
          worst = Math.max(worst, verdict.slowdown);
          if (verdict.outcomes.some((o) => FAILURES.includes(o)) && examples.length < 20) {
            mkdirSync('fuzz-failures', { recursive: true });
            const file = `fuzz-failures/${examples.length}${c.path.slice(4)}`;
            writeFileSync(file, c.bytes);
            examples.push(`${file}: ${verdict.outcomes.join(', ')} — ${c.origin}\n${verdict.detail ?? ''}`);
          }
        }
        if (process.env.FUZZ_RUNS) process.stderr.write(`${Math.min(done + BATCH, RUNS)} cases: ${JSON.stringify(counts)}\n`);
      }
      console.log(`fuzz: ${RUNS} cases, seed ${SEED}: ${JSON.stringify(counts)}; slowest ${worst.toFixed(2)}x a seed's time per byte`);
      expect(examples).toEqual([]);
      // a long run (npm run fuzz) is bounded by its count, not by the suite's ten minutes
    },
    Math.max(600_000, RUNS * 100),
  );
});
