// The Markdown reader reads plain blocks itself and hands the rest to remark
// (src/parse/ingest/markdown.ts): whatever it reads must be what remark alone
// reads, line for line and column for column.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMarkdown, readWithRemark } from '../src/parse/ingest/markdown.js';
import { detectFormat } from '../src/parse/ingest/ingest.js';
import { fixture, REAL_NOTICES, SEEDS } from './helpers.js';

const lf = (text: string) => text.replace(/\r\n?/g, '\n');
const markdownNotices = [...SEEDS, ...REAL_NOTICES]
  .map((name) => ({ name, text: fixture(name).toString('utf8') }))
  .filter(({ name, text }) => detectFormat(text, name) === 'markdown');

// Pieces of the lines notices and damaged copies hold: every block mark, every inline mark, indentation, CJK text.
const PIECES = [
  '# ',
  '## ',
  '###### ',
  '#',
  ' #',
  '一、总体要求',
  '（一）',
  '1. ',
  '2) ',
  '10. ',
  '3.  ',
  '- 一',
  '1.     ',
  '- ',
  '+ ',
  '* ',
  '> ',
  '>',
  '---',
  '===',
  '***',
  '___',
  '|',
  '| --- |',
  ':',
  ']:',
  '[附件1]',
  '[原文](http://x.cn/a)',
  '(http://x.cn/1.html)',
  '[',
  ']',
  '(',
  ')',
  '**',
  '**发布日期**',
  '**（一）**',
  '*',
  '_',
  '`',
  '```',
  '~~~',
  '<div>',
  '<!--',
  '-->',
  '<br>',
  '&amp;',
  '&',
  '\\',
  '!',
  '~',
  '<',
  '](',
  'x]: y',
  ' ',
  '  ',
  '   ',
  '    ',
  '\t',
  '\u3000',
  '\u00a0',
  '\f',
  '\0',
  '中文',
  '。',
  '，',
  '：',
  '“',
  '”',
  '𠀀',
  '2022年',
  '1.5',
  'abc',
  'http://x.cn/a_b',
];
const line = fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((ps) => ps.join(''));
const text = fc.tuple(fc.array(line, { maxLength: 14 }), fc.constantFrom('\n', '\r\n', '\r')).map(([lines, end]) => lines.join(end));

describe('the Markdown reader', () => {
  it('finds the Markdown notices of the corpus', () => {
    expect(markdownNotices.length).toBeGreaterThanOrEqual(8);
  });

  it.each(markdownNotices.map((n) => [n.name, n.text]))('reads %s as remark does', (_name, text) => {
    expect(readMarkdown(text)).toEqual(readWithRemark(lf(text)));
  });

  it('reads generated Markdown as remark does', () => {
    fc.assert(
      fc.property(text, (t) => {
        fc.pre(!/[*_]{17}/.test(t) && (t.match(/[*_]+|\]\(/g)?.length ?? 0) <= 256);
        expect(readMarkdown(t)).toEqual(readWithRemark(lf(t)));
      }),
      { numRuns: Number(process.env.MARKDOWN_RUNS ?? 3000), seed: 20221124 + Number(process.env.MARKDOWN_SEED ?? 0) },
    );
  });

  it('reads shuffled lines of the corpus as remark does', () => {
    const lines = markdownNotices.flatMap((n) => n.text.split('\n'));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...lines), { maxLength: 30 }), (picked) => {
        const t = picked.join('\n');
        expect(readMarkdown(t)).toEqual(readWithRemark(t));
      }),
      { numRuns: 500, seed: 20221124 },
    );
  });

  it('reads a run of emphasis marks no notice writes as written (remark pairs them in quadratic time)', () => {
    const stars = `${'*'.repeat(20_000)}O${'*'.repeat(20_000)}`;
    for (const t of [`# 标题\n\n${stars}\n`, `# 标题\n\n\`\`\`\n代码\n\`\`\`\n\n${stars}\n`]) {
      const lines = readMarkdown(t);
      expect(lines.find((l) => l.text.includes('O'))?.text).toBe(stars);
    }
    expect(readMarkdown(`甲\n\n${'*'.repeat(40)}\n\n乙\n`).map((l) => l.text)).toEqual(['甲', '乙']);
    for (const marks of ['*a'.repeat(20_000), '[a]('.repeat(10_000)]) expect(readMarkdown(`# 标题\n\n${marks}\n`).at(-1)?.text).toBe(marks);
  });
});
