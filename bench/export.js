// npm run bench: the task-division workbook of a corpus, at two sizes, each in
// a process of its own (so that its peak memory is its own). Linear work
// grows with the number of notices; the memory should stay bounded.
import { spawnSync } from 'node:child_process';

const SIZES = [300, 1200];

if (process.argv[2] === 'child') {
  const { readdirSync, readFileSync } = await import('node:fs');
  const { exportPlan, parseNotice } = await import('../dist/bundle/index.js');
  const root = new URL('..', import.meta.url).pathname;
  const seeds = readdirSync(`${root}fixtures`)
    .filter((n) => /\.(txt|md)$/.test(n))
    .sort()
    .map((n) => parseNotice(readFileSync(`${root}fixtures/${n}`), { path: n }));
  const count = Number(process.argv[3]);
  // the models are shared: the workbook's own work and memory are measured, not the parser's
  const docs = Array.from({ length: count }, (_, i) => seeds[i % seeds.length]);
  const start = performance.now();
  const bytes = await exportPlan(docs, 'xlsx');
  const seconds = (performance.now() - start) / 1000;
  console.log(JSON.stringify({ seconds, bytes: bytes.length, peakMb: process.resourceUsage().maxRSS / 1024 }));
} else {
  const runs = SIZES.map((n) => {
    const r = spawnSync(process.execPath, [new URL(import.meta.url).pathname, 'child', String(n)], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`export bench failed: ${r.stderr}`);
    return { n, ...JSON.parse(r.stdout) };
  });
  for (const r of runs)
    console.log(
      `export xlsx of ${String(r.n).padStart(5)} notices: ${r.seconds.toFixed(2)} s, ${(r.bytes / 1e6).toFixed(1)} MB workbook, peak memory ${r.peakMb.toFixed(0)} MB`,
    );
  const [small, large] = runs;
  console.log(
    `  ${large.n / small.n}× the notices: ${(large.seconds / small.seconds).toFixed(1)}× the time, ${(large.peakMb / small.peakMb).toFixed(1)}× the memory`,
  );
}
