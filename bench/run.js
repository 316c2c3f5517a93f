// npm run bench: speed figures, printed, never asserted in tests.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseNotice } from '../dist/bundle/index.js';

const root = new URL('..', import.meta.url).pathname;
const fixtures = readdirSync(`${root}fixtures`)
  .filter((n) => /\.(txt|md)$/.test(n))
  .sort();
const inputs = fixtures.map((n) => ({ name: n, bytes: readFileSync(`${root}fixtures/${n}`) }));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function throughput() {
  for (const i of inputs) parseNotice(i.bytes, { path: i.name }); // warm up
  const total = inputs.reduce((n, i) => n + i.bytes.length, 0);
  let rounds = 0;
  const start = performance.now();
  while (performance.now() - start < 3000) {
    for (const i of inputs) parseNotice(i.bytes, { path: i.name });
    rounds++;
  }
  const seconds = (performance.now() - start) / 1000;
  return { mb: (total * rounds) / 1e6, seconds, rounds, perNotice: (seconds * 1000) / (rounds * inputs.length) };
}

function wall(args, runs = 15) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
    times.push(performance.now() - t);
  }
  return median(times);
}

const t = throughput();
console.log(
  `parse throughput (in process, ${inputs.length} seeds × ${t.rounds} rounds): ${(t.mb / t.seconds).toFixed(2)} MB/s, ${t.perNotice.toFixed(2)} ms per notice`,
);
const bare = wall(['-e', '']);
const cli = wall(['bin/plan.js', 'parse', 'fixtures/haicang-district-2022.md', '-q', '-o', '/dev/null']);
const help = wall(['bin/plan.js', '--help']);
console.log(`node -e '' (bare start-up):              ${bare.toFixed(0)} ms (median of 15)`);
console.log(`plan --help:                             ${help.toFixed(0)} ms (+${(help - bare).toFixed(0)} ms)`);
console.log(`plan parse haicang-district-2022.md:     ${cli.toFixed(0)} ms (+${(cli - bare).toFixed(0)} ms over bare Node)`);
