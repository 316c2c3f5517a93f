// diffPlans on two generated plans (B is A reworded, pruned and reordered),
// at growing sizes, to show how time grows with the number of items. The
// plans reuse the seeds' task titles over and over, so an item dropped from B
// has twins that carry its text: most are reported merged, not removed.
import { readdirSync, readFileSync } from 'node:fs';
import { diffPlans, parseNotice } from '../dist/bundle/index.js';

const root = new URL('..', import.meta.url).pathname;
// Real item sentences from the seeds, to make realistic titles and texts.
const sentences = readdirSync(`${root}fixtures`)
  .filter((n) => /\.(txt|md)$/.test(n))
  .flatMap((n) => parseNotice(readFileSync(`${root}fixtures/${n}`), { path: n }).tasks.map((t) => t.title))
  .filter((t, i, all) => all.indexOf(t) === i);
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function plan(items, variant) {
  const lines = ['示范市全民科学素质行动规划纲要实施方案'];
  let n = 0;
  for (let c = 0; n < items; c++) {
    lines.push(`${CN[c % 10]}、第${c + 1}部分行动`);
    for (let s = 0; s < 5 && n < items; s++) {
      lines.push(`（${CN[s]}）第${c + 1}部分第${s + 1}项工程`);
      for (let i = 1; i <= 10 && n < items; i++, n++) {
        const title = `${sentences[n % sentences.length]}（${n}）`;
        // B: every 7th item reworded, every 23rd dropped, every 31st moved to the section's end
        if (variant && n % 23 === 0) continue;
        const text = variant && n % 7 === 0 ? `${title}，并加强宣传推广。` : `${title}，抓好落实。`;
        lines.push(`${i}.${title}。${text}`);
      }
      lines.push(`责任单位：市科协牵头，市教育局${variant && s === 2 ? '、市财政局' : ''}参加。`);
    }
  }
  return parseNotice(lines.join('\n'), { path: variant ? 'b.txt' : 'a.txt', format: 'text' });
}

// the median of several runs with their range; fewer runs for the largest plans
const RUNS = { 1000: 7, 10000: 5, 50000: 3 };
const sizes = process.argv[2] ? process.argv.slice(2).map(Number) : [1000, 10000, 50000];
const medians = new Map();
for (const size of sizes) {
  const a = plan(size, false);
  const b = plan(size, true);
  diffPlans(a, b); // warm up
  const runs = [];
  for (let r = 0; r < (RUNS[size] ?? 3); r++) {
    const t = performance.now();
    const d = diffPlans(a, b);
    runs.push(performance.now() - t);
    if (r === 0)
      console.log(
        `  (${size} items: ${d.summary.same} same, ${d.summary.modified} modified, ${d.summary.removed} removed, ${d.summary.merged} merged, ${d.summary.added} added)`,
      );
  }
  runs.sort((x, y) => x - y);
  const median = runs[Math.floor(runs.length / 2)];
  medians.set(size, median);
  console.log(
    `diff of two plans of ${String(size).padStart(5)} items: ${median.toFixed(0)} ms (${runs[0].toFixed(0)}–${runs.at(-1).toFixed(0)}, ${runs.length} runs)`,
  );
}
// how time grows with size: linear work grows as the items do
for (const [x, y] of [
  [1000, 10000],
  [10000, 50000],
])
  if (medians.has(x) && medians.has(y)) console.log(`  ${y / x}× the items: ${(medians.get(y) / medians.get(x)).toFixed(1)}× the time`);
