// Validates a generated corpus of notices (the seeds repeated with varied
// names and numbers) and prints files per second and peak memory.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const count = Number(process.env.PLAN_BENCH_FILES ?? 2000);
const seeds = readdirSync(join(root, 'fixtures'))
  .filter((n) => /\.(txt|md)$/.test(n))
  .sort();
const texts = seeds.map((n) => ({ ext: n.slice(n.lastIndexOf('.')), text: readFileSync(join(root, 'fixtures', n), 'utf8') }));
const places = ['海沧', '集美', '同安', '翔安', '思明', '湖里', '鼓楼', '台江', '仓山', '晋安'];

const dir = mkdtempSync(join(tmpdir(), 'plan-corpus-'));
let bytes = 0;
for (let i = 0; i < count; i++) {
  const { ext, text } = texts[i % texts.length];
  const sub = join(dir, `county-${Math.floor(i / 100)}`);
  mkdirSync(sub, { recursive: true });
  const varied = text
    .replace(/〔2022〕(\d+)号/, `〔2022〕${(i % 97) + 1}号`)
    .replace(/海沧|泉州|环翠|漳平|南沙/g, places[i % places.length]);
  writeFileSync(join(sub, `notice-${i}${ext}`), varied);
  bytes += Buffer.byteLength(varied);
}
const folders = Math.ceil(count / 100);

const jobs = availableParallelism();
const cache = join(dir, '.plancache');
const command = (...more) => [
  process.execPath,
  join(root, 'bin/plan.js'),
  'validate',
  dir,
  '--format',
  'json',
  '-o',
  '/dev/null',
  '-q',
  '--jobs',
  String(jobs),
  ...more,
];
const timed = existsSync('/usr/bin/time');
function run(args) {
  const started = performance.now();
  // GNU time reports the peak resident memory of the process (worker threads included).
  const r = timed
    ? spawnSync('/usr/bin/time', ['-f', '%M', ...args], { encoding: 'utf8' })
    : spawnSync(args[0], args.slice(1), { encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`plan validate failed (${r.status}): ${r.stderr}`);
  const peak = timed ? `${(Number(r.stderr.trim().split('\n').pop()) / 1024).toFixed(0)} MB` : 'n/a (no /usr/bin/time)';
  return { seconds, peak };
}
const cold = run(command());
// --cache: the first run fills the cache, the second finds every file unchanged
const filling = run(command('--cache', '--cache-location', cache));
const warm = run(command('--cache', '--cache-location', cache));
rmSync(dir, { recursive: true, force: true });
console.log(
  `validate corpus: ${count} notices (${(bytes / 1e6).toFixed(1)} MB, ${folders} folders) with --jobs ${jobs}: ${cold.seconds.toFixed(1)} s, ${(count / cold.seconds).toFixed(0)} files/s (${(bytes / 1e6 / cold.seconds).toFixed(1)} MB/s), peak memory ${cold.peak}`,
);
console.log(
  `validate corpus --cache: filling ${filling.seconds.toFixed(1)} s; unchanged corpus ${warm.seconds.toFixed(2)} s (peak ${warm.peak})`,
);
