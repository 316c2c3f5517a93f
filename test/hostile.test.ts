// Hostile shapes (issue: never crash, hang or lose text): each made big enough
// to break what it guards against — an argument list of 150,000 names
// overflows the stack, a regular expression per name is quadratic.
import { describe, expect, it } from 'vitest';
import { PlanDocument } from '../src/model/schema.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseNotice } from '../src/parse/parse-notice.js';
import { validateCorpus } from '../src/validate/corpus.js';
import { runPlan } from './helpers.js';

const MANY = 150_000;
const parse = (text: string) => PlanDocument.parse(parseNotice(text, { format: 'text' }));

describe('hostile shapes', () => {
  it(`a task table of ${MANY} rows`, () => {
    const rows = Array.from({ length: MANY }, (_, i) => `\t${i + 1}.任务${i + 1}。\t区教育局\t区科协`).join('\n');
    const doc = parse(`一、总体要求\n（一）任务1。\n任务分工表\n项目\t要点\t牵头单位\t配合单位\n${rows}\n`);
    expect(doc.taskTable!.rows).toHaveLength(MANY);
    expect(doc.taskTable!.span.endLine).toBe(MANY + 4);
  }, 60_000);

  it(`a responsibility of ${MANY} damaged agency names, each reported at its place`, () => {
    const names = Array.from({ length: MANY }, (_, i) => `区局${i}`).join('、');
    const doc = parse(`一、总体要求\n（一）甲。（牵头单位：${names}、区局1）\n`);
    const lead = doc.sections[0]!.children[0]!.responsibility!.lead;
    expect(lead).toHaveLength(MANY);
    const suspect = doc.diagnostics.filter((d) => d.code === 'suspect-agency');
    expect(suspect).toHaveLength(MANY);
    expect(suspect[1]!.column).toBe('（一）甲。（牵头单位：区局0、'.length + 1);
  }, 60_000);

  it('a Markdown quote nested 5,000 deep and a page nested 3,000 deep are read as text, not a stack overflow', () => {
    const quote = parseNotice(`${'>'.repeat(5000)} 一、总体要求\n加强。\n`, { format: 'markdown' });
    expect(quote.sections[0]?.title ?? quote.preamble).toMatch(/总体要求/);
    const page = parseNotice(`<html><body>${'<div>'.repeat(3000)}<p>一、总体要求</p><p>加强。</p>${'</div>'.repeat(3000)}</body></html>`, {
      format: 'html',
    });
    expect(JSON.stringify(page)).toContain('总体要求');
  });

  it('20,000 targets in one sentence each keep their clause, not the 300 KB sentence', () => {
    const doc = parse(`一、总体要求\n到2025年，${'公民科学素质比例达到1%、'.repeat(20_000)}。\n`);
    expect(doc.targets).toHaveLength(20_000);
    expect(Math.max(...doc.targets.slice(0, 100).map((t) => t.text.length))).toBeLessThanOrEqual(230);
    expect(doc.targets[0]).toMatchObject({ year: 2025, value: 1, unit: '%' });
  }, 60_000);

  it('a paragraph broken over 8,000 lines is joined whole; a line of 87,000 关于印发 is read', () => {
    const paragraph = Array.from({ length: 8000 }, () => '加强科普工作推动发展'.repeat(3)).join('\n');
    const doc = parse(`一、总体要求\n${paragraph}\n`);
    expect(doc.sections[0]!.text).toHaveLength(8000 * 30);
    const title = parse(`某某实施方案\n${'关于印发'.repeat(87_000)}\n`);
    expect(JSON.stringify(title)).toContain('关于印发关于印发');
  }, 60_000);

  it('100,000 spaces between characters, 300,000 between two letters and a page of 100,000 line breaks inside one paragraph are read', () => {
    // each was quadratic: an index array copied per match; a trailing-space pattern tried from every start;
    // the spaces-before-CJK pattern tried from inside a run that no CJK follows (a page's cells of spaces, found by the fuzz run)
    const spaced = parse(`一、总体要求\n${'甲 '.repeat(100_000)}\n`);
    expect(spaced.sections[0]!.text).toBe('甲'.repeat(100_000));
    const run = parse(`一、总体要求\na${' '.repeat(300_000)}b甲\n`);
    expect(run.sections[0]!.text).toBe(`a${' '.repeat(300_000)}b甲`);
    const page = parseNotice(`<html><body><p>甲${'\n '.repeat(100_000)}<b>乙</b></p></body></html>`, { format: 'html' });
    expect(page.meta.planTitle).toBe('甲乙');
  }, 60_000);

  it('300,000 spaces inside a bracket of a task, a publicity line and a signature are kept and read in linear time', () => {
    // found by a probe of every pattern the parser runs on long runs of characters: a leading \s* (the date
    // after a signature, the convention in a bracket) or a trailing one (the publicity bracket) was tried from
    // every space of the run; each took minutes at this size (0.4-1.0 s at 20,000 spaces, x3-4 at twice)
    const spaces = ' '.repeat(300_000);
    for (const text of [
      `一、总体要求\n（一）加强科普。（a${spaces}b，排在第一位的为牵头单位）\n`,
      `一、总体要求\n（一）加强科普。\n厦门市海沧区人民政府办公室\n2022年6月27日\n（此件a${spaces}b公开发布）\n`,
      `一、总体要求\n（一）加强科普。\na${spaces}b 2022年6月27日\n`,
    ])
      expect(JSON.stringify(parse(text))).toContain(`a${spaces}b`);
  }, 60_000);

  it('a task table of 8,000 rows in another order than its 8,000 items is searched in linear time, and says where it stopped', () => {
    const title = (i: number) => `加强科普${i}号任务`;
    let body = '一、总体要求\n';
    for (let i = 0; i < 8000; i++) body += `${i % 50 === 0 ? '（一）任务组\n' : ''}${(i % 50) + 1}.${title(i)}。\n`;
    const rows = Array.from({ length: 8000 }, (_, i) => `${i + 1}\t${title((i * 7919) % 8000)}\t区科协\t区教育局`);
    const doc = parse(`${body}任务分工表\n序号\t工作任务\t牵头单位\t配合单位\n${rows.join('\n')}\n`);
    const unmatched = doc.diagnostics.filter((d) => d.code === 'unmatched-table-row');
    // the first rows are compared with every item, and matched
    expect(doc.taskTable!.rows.slice(0, 400).every((r) => r.matchedId !== null)).toBe(true);
    expect(unmatched.length).toBeGreaterThan(0);
    expect(unmatched[0]!.message).toMatch(/too large for every row to be compared with the whole body/);
  }, 60_000);

  // found by the fuzz suite (a damaged Big5 notice: 18 s for 340 KB): the test for Markdown in a .txt backtracked quadratically
  it('** before 400,000 Chinese characters on one line is read as text, not backtracked over quadratically', () => {
    expect(parseNotice(`**${'中'.repeat(400_000)}\n`).source.format).toBe('text');
  });

  // found by the fuzz suite: GFM's footnote calls looked back over the whole paragraph at every ]
  it('a Markdown paragraph of 100,000 ] is read, every one kept', () => {
    const doc = parseNotice(`# 某某实施方案\n\n一、总体要求\n\n${'甲]'.repeat(100_000)}\n`, { format: 'markdown' });
    expect(doc.sections[0]!.text.split(']').length - 1).toBe(100_000);
  });

  it('a run of 40,000 。 inside a responsibility is read, its names kept', () => {
    const doc = parse(`一、总体要求\n（一）甲。（牵头单位：区科协${'。'.repeat(40_000)}乙）\n`);
    expect(JSON.stringify(doc.sections)).toContain('区科协');
  });

  it('a model nested 1,000 levels deep is a schema finding for validate and one line for diff, export and agencies', async () => {
    const doc = parseNotice('一、总体要求\n（一）加强科普。\n', { format: 'text' });
    let node = doc.sections[0]!;
    for (let i = 0; i < 1000; i++) {
      const child = { ...node, id: `${node.id}.1`, children: [] };
      node.children = [child];
      node = child;
    }
    const dir = mkdtempSync(join(tmpdir(), 'plan-deep-'));
    const file = join(dir, 'deep.json');
    writeFileSync(file, JSON.stringify(doc));
    const [result] = await validateCorpus([file, 'fixtures/quanzhou-city-2022.txt'], { jobs: 1 });
    expect(result!.findings).toMatchObject([{ ruleId: 'schema', message: expect.stringMatching(/more than 64 levels deep/) }]);
    for (const command of [
      ['export', file],
      ['agencies', file],
      ['diff', file, file],
    ]) {
      const run = runPlan(command);
      expect(run.code, command[0]).toBe(2);
      expect(run.stderr).toMatch(/^plan: '.*deep\.json' is not a plan model: its sections nest more than 64 levels deep\n$/);
    }
  });
});

describe('text kept, not dropped', () => {
  it('a web-metadata key given twice with another value: the first kept, the second in a diagnostic', () => {
    const doc = parse('原发表日期:2022-02-08\n原发表日期:2022-03-01\n索引号:\n一、总体要求\n加强。\n');
    expect(doc.meta.web['原发表日期']).toBe('2022-02-08');
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({ line: 2, message: expect.stringContaining('原发表日期: 2022-03-01') }),
    );
  });

  it('a page line between the signing office and the date is reported, not taken for a second signatory', () => {
    const doc = parse(
      '厦门市海沧区人民政府办公室关于印发海沧区科学素质实施方案的通知\n各街道办事处：\n现将方案印发给你们。\n厦门市海沧区人民政府办公室\n长者服务专区\n2022年6月27日\n一、总体要求\n加强。\n',
    );
    expect(doc.meta.signatories).toEqual(['厦门市海沧区人民政府办公室']);
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({ line: 5, code: 'unplaced-header-text', message: expect.stringContaining('长者服务专区') }),
    );
  });

  it('a task table keeps every cell of its rows, and a second, different header row is reported', () => {
    const doc = parse(
      '一、总体要求\n（一）加强科普工作。\n任务分工表\n序号\t工作事项\t牵头单位\t配合单位\t完成时限\t备注\n1\t加强科普工作\t区科协\t区教育局\t2023年底\t甲备注\n序号\t工作任务\t牵头部门\t配合单位\t完成时限\t说明\n2\t不存在的任务\t区科技局\t区财政局\t2024年\t第六列\n',
    );
    expect(doc.taskTable!.rows.map((r) => r.cells)).toEqual([
      ['1', '加强科普工作', '区科协', '区教育局', '2023年底', '甲备注'],
      ['2', '不存在的任务', '区科技局', '区财政局', '2024年', '第六列'],
    ]);
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({ line: 6, code: 'second-table-header', message: expect.stringContaining('牵头部门') }),
    );
  });

  // found by the fuzz suite: a page's related-links list ends in a date (2020-07-17) after a notice dated under its cover letter
  it('a closing date other than the notice’s, after a notice dated but not signed, is reported; the same date again is not', () => {
    const cover =
      '关于印发科普实施方案的通知\n各区人民政府：\n现印发给你们。\n2022年7月1日\n某市科普实施方案\n一、总体要求\n（一）甲。乙。\n';
    const other = parse(`${cover}2020-07-17\n`);
    expect(other.meta.signedDate).toBe('2022-07-01');
    expect(other.diagnostics.filter((d) => d.code === 'unplaced-footer-text').map((d) => d.message)).toEqual([
      'the notice states otherwise already; this is kept only here: "2020-07-17"',
    ]);
    expect(parse(`${cover}2022年7月1日\n`).diagnostics).toEqual([]);
  });

  // found by the fuzz suite: the same related-links date in a page whose only date is under the plan
  it('two different closing dates: the first dates the notice, the second is reported', () => {
    const plan = '某市科普实施方案\n一、总体要求\n（一）甲。乙。\n';
    for (const [closing, kept] of [
      ['某市科学技术协会\n2020年6月29日\n2020-07-17\n', '2020-07-17'],
      ['某市科学技术协会2020年6月29日\n2020年7月17日\n', '2020年7月17日'],
      ['2020年6月29日\n某市科学技术协会2020年7月17日\n', '某市科学技术协会2020年7月17日'],
    ]) {
      const doc = parse(`${plan}${closing}`);
      expect(doc.meta.signedDate).toBe('2020-06-29');
      expect(doc.diagnostics.filter((d) => d.code === 'unplaced-footer-text').map((d) => d.message)).toEqual([
        `the notice states otherwise already; this is kept only here: "${kept}"`,
      ]);
    }
  });

  // found by the fuzz suite: a date pasted into a line of the body of a notice already signed under its cover letter
  it('a second signature and date in the body are reported, not dropped', () => {
    const doc = parse(
      '某市人民政府关于印发科普实施方案的通知\n各区人民政府：\n现印发给你们。\n某市人民政府\n2022年7月1日\n某市科普实施方案\n一、总体要求\n（一）甲\n1.培育农民。加大培育力度。开展农民职2022年6月27日称评定，举办竞赛。\n',
    );
    expect(doc.meta).toMatchObject({ signedDate: '2022-07-01', signatories: ['某市人民政府'] });
    const kept = doc.diagnostics.filter((d) => d.code === 'unplaced-footer-text').map((d) => d.message);
    expect(kept.join('\n')).toContain('开展农民职');
    expect(kept.join('\n')).toContain('2022年6月27日');
  });

  it('a second signature with its date on one line (a pasted copy) is kept, not written over the first', () => {
    const doc = parse(
      '某市人民政府关于印发科普实施方案的通知\n各区人民政府：\n现印发给你们。\n某市人民政府办公叛2020年11月1日\n现印发给你们。\n某市人民政府2020年11月2日\n某市科普实施方案\n一、总体要求\n加强。\n',
    );
    expect(doc.meta.signedDate).toBe('2020-11-01');
    expect(JSON.stringify(doc)).toContain('某市人民政府2020年11月2日');
  });

  it('a heading of the task table with no rows under it is reported (a copy cut after the header row)', () => {
    const doc = parse('一、五项提升行动\n（一）加强科普工作。\n任务分工表\n一、五项提升行动\n项目\t要点\t牵头单位\t配合单位\n');
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({ line: 4, code: 'empty-table-part', message: expect.stringContaining('五项提升行动') }),
    );
    const full = parse(
      '一、五项提升行动\n（一）加强科普工作。\n任务分工表\n一、五项提升行动\n项目\t要点\t牵头单位\t配合单位\n\t加强科普工作\t区科协\t\n',
    );
    expect(full.diagnostics.map((d) => d.code)).not.toContain('empty-table-part');
  });
});
