// npm run bench: every regular expression the parser runs on the fixtures,
// timed on long runs of the characters notices are made of (with something
// before and after them) at two sizes. Linear work doubles; a pattern whose
// time grows more than 3x is printed with the runs that show it. The shapes
// of bench/shapes.js are whole notices; this finds the patterns behind them.
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const root = new URL('..', import.meta.url).pathname;
const exec = RegExp.prototype.exec;
const patterns = new Map();
// recorded as they run (String.prototype.replace, match, split and test all call exec)
RegExp.prototype.exec = function (text) {
  const key = `/${this.source}/${this.flags}`;
  if (!patterns.has(key)) patterns.set(key, new RegExp(this.source, this.flags));
  return exec.call(this, text);
};
const { readNotice } = await import('../dist/bundle/index.js');
for (const dir of ['fixtures/', 'fixtures/real/'])
  for (const name of readdirSync(`${root}${dir}`).filter((n) => /\.(txt|md|html)$/.test(n)))
    await readNotice(readFileSync(`${root}${dir}${name}`), { path: name });
RegExp.prototype.exec = exec;

const UNITS = [
  ' ',
  '\u3000',
  '\u00a0',
  '\n',
  ' \n',
  '甲',
  '甲 ',
  'a',
  '1',
  ' 1',
  '１',
  '。',
  '，',
  '、',
  '、 ',
  '(',
  '（',
  ')',
  '）',
  '（一）',
  '一、',
  '1.',
  '\t',
  '*',
  '**',
  '#',
  '>',
  '-',
  '—',
  '年',
  '月',
  '日',
  '号',
  '〔',
  ':',
  '：',
  '.',
  '|',
  '<',
  '<td>',
  '&nbsp;',
  '"',
  '关于',
  '牵头',
  '责任单位',
  '第',
  '一',
  '十',
  '\u200b',
];
const AROUND = [
  ['', ''],
  ['x', 'y'],
  ['甲', '乙'],
  ['', '。'],
  ['一、', 'a'],
];

/** Milliseconds to find every match of `re` in `text`. */
function time(re, text) {
  re.lastIndex = 0;
  const start = performance.now();
  if (re.global || re.sticky) {
    for (let m = exec.call(re, text); m; m = exec.call(re, text)) if (m[0] === '') re.lastIndex++;
  } else exec.call(re, text);
  return performance.now() - start;
}

let superLinear = 0;
for (const [key, re] of patterns) {
  const slow = [];
  for (const unit of UNITS)
    for (const [before, after] of AROUND) {
      const text = (n) => before + unit.repeat(n / unit.length) + after;
      const small = time(re, text(4000));
      if (small < 2) continue;
      const large = time(re, text(8000));
      if (large > 3 * small && large > 8)
        slow.push(`${before}${JSON.stringify(unit)}×n${after} ${small.toFixed(1)} → ${large.toFixed(1)} ms`);
    }
  if (slow.length === 0) continue;
  superLinear++;
  console.log(`${key.slice(0, 120)}\n    ${slow.slice(0, 3).join('\n    ')}`);
}
console.log(`patterns: ${patterns.size} run on the fixtures, ${superLinear} more than ×3 at twice the run (4,000 → 8,000 characters)`);
