// diffPlans on two generated plans (B is A reworded, pruned and reordered),
// at growing sizes, to show how time grows with the number of items.
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

const sizes = process.argv[2] ? process.argv.slice(2).map(Number) : [1000, 10000, 50000];
for (const size of sizes) {
  const a = plan(size, false);
  const b = plan(size, true);
  if (size <= 10000) diffPlans(a, b); // warm up
  const runs = [];
  for (let r = 0; r < (size > 10000 ? 1 : 3); r++) {
    const t = performance.now();
    const d = diffPlans(a, b);
    runs.push(performance.now() - t);
    if (r === 0 && size === 1000)
      console.log(
        `  (1000 items: ${d.summary.modified} modified, ${d.summary.removed} removed, ${d.summary.merged} merged, ${d.summary.renumbered} renumbered, ${d.summary.accountability} responsibility changes)`,
      );
  }
  console.log(`diff of two plans of ${String(size).padStart(4)} items: ${Math.min(...runs).toFixed(0)} ms`);
}
