// npm run bench: the hostile shapes of issue #12, each parsed at two sizes.
// Linear work doubles when the input doubles: the ratio printed should stay
// near 2 (a quadratic shape gives 4 and more). Medians of 3 runs.
import { performance } from 'node:perf_hooks';
import { parseNotice } from '../dist/bundle/index.js';

const SHAPES = {
  '关于印发 repeated on one line': (n) => `某某实施方案\n${'关于印发'.repeat(n)}\n`,
  'title words along one line (the 文号 look-ahead)': (n) => `一、总体要求\n${'甲乙实施意见'.repeat(n / 6)}\n`,
  'numbering restarted under bare headings': (n) => `一、总体要求\n${'（一）乙。\n（二）丙。\n重点任务\n'.repeat(n / 20)}`,
  'targets in one sentence': (n) => `一、总体要求\n到2025年，${'公民科学素质比例达到1%、'.repeat(n / 4)}。\n`,
  'a paragraph broken over lines': (n) =>
    `一、总体要求\n${Array.from({ length: n / 10 }, () => '加强科普工作推动发展'.repeat(3)).join('\n')}\n`,
  'agencies in one responsibility': (n) =>
    `一、总体要求\n（一）甲。（牵头单位：${Array.from({ length: n / 4 }, (_, i) => `区局${i}`).join('、')}）\n`,
  'task-table rows': (n) =>
    `一、总体要求\n（一）任务1。\n任务分工表\n项目\t要点\t牵头单位\t配合单位\n${Array.from({ length: n / 10 }, (_, i) => `\t${i + 1}.任务。\t区教育局\t区科协`).join('\n')}\n`,
  'spaces inside a line': (n) => `一、总体要求\n甲${' '.repeat(n)}乙\n`,
  'spaces between two letters': (n) => `一、总体要求\na${' '.repeat(n)}b\n`,
  'spaces between characters': (n) => `一、总体要求\n${'甲 '.repeat(n / 2)}\n`,
  'rows × items of a shuffled table': (n) => shuffledTable(n / 25),
  'white space inside a page': (n) => `<html><body><p>甲${'\n '.repeat(n / 2)}<b>乙</b></p></body></html>`,
  '** before a long line of Chinese (the Markdown test)': (n) => `**${'中'.repeat(n)}\n`,
  '] in a Markdown paragraph': (n) => `# 某某实施方案\n\n一、总体要求\n\n${'甲]'.repeat(n / 2)}\n`,
  'spaces in a Markdown heading and item': (n) => `# 某某实施方案\n\n# 一${' '.repeat(n / 2)}二 \n\n1. 甲${' '.repeat(n / 2)}乙 \n`,
  '*a repeated in a Markdown paragraph': (n) => `# 某某实施方案\n\n${'*a'.repeat(n / 2)}\n`,
  '[a]( repeated in a Markdown paragraph': (n) => `# 某某实施方案\n\n${'[a]('.repeat(n / 4)}\n`,
  '* runs around a letter in Markdown': (n) => `# 某某实施方案\n\n${'*'.repeat(n / 2)}O${'*'.repeat(n / 2)}\n`,
  '。 repeated inside a responsibility': (n) => `一、总体要求\n（一）甲。（牵头单位：区科协${'。'.repeat(n)}乙）\n`,
};

/** `n` items in sections of 50 and a 任务分工表 of their titles in another order. */
function shuffledTable(n) {
  const title = (i) => `加强科普${i}号任务`;
  let body = '一、总体要求\n';
  for (let i = 0; i < n; i++)
    body += `${i % 50 === 0 ? `（${'一二三四五六七八九'[(i / 50) % 9]}）任务组\n` : ''}${(i % 50) + 1}.${title(i)}。\n`;
  const rows = Array.from({ length: n }, (_, i) => `${i + 1}\t${title((i * 7919) % n)}\t区科协\t区教育局`);
  return `${body}任务分工表\n序号\t工作任务\t牵头单位\t配合单位\n${rows.join('\n')}\n`;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[1];
function time(text) {
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    parseNotice(text, { path: /^# /.test(text) ? 'shape.md' : 'shape.txt' });
    runs.push(performance.now() - start);
  }
  return median(runs);
}

const N = 100_000;
for (const [name, make] of Object.entries(SHAPES)) {
  const [small, large] = [time(make(N)), time(make(2 * N))];
  console.log(
    `${name.padEnd(34)} ${small.toFixed(0).padStart(5)} ms → ${large.toFixed(0).padStart(5)} ms at twice the size (×${(large / small).toFixed(2)})`,
  );
}
