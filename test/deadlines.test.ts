// Deadlines (issue #16): each form on a small notice written for it, the
// real notices that state deadlines as hand-checked facts, inheritance, and
// the 完成时限 column of the workbook read back.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { diffPlans } from '../src/diff/diff.js';
import { Chalk } from 'chalk';
import { DIFF_FORMATS } from '../src/diff/render/index.js';
import { exportPlan } from '../src/export/export.js';
import { parseNotice } from '../src/parse/parse-notice.js';
import { readDates } from '../src/parse/deadlines.js';
import { validate } from '../src/validate/validate.js';
import { node, parseFixture, runPlan } from './helpers.js';

const NOTICE = [
  '关于印发某市科普实施方案的通知',
  '各区人民政府：',
  '现印发给你们，请认真贯彻执行。',
  '某市人民政府',
  '2022年6月27日',
  '某市科普实施方案',
  '一、重点任务',
  '（一）启动阶段（2022年6月—7月）',
  '1.制定工作方案。（2022年6月底前完成）',
  '2.开展集中宣传。',
  '时限要求：持续推进',
  '3.建立联席机制。',
  '（二）验收阶段',
  '1.年底前完成验收。',
  '2.每年开展评估。',
  '3.组织总结表彰。',
  '任务分工表',
  '序号\t工作任务\t牵头单位\t配合单位\t完成时限',
  '1\t建立联席机制\t市科协\t市教育局\t二〇二二年十月底前',
  '2\t组织总结表彰\t市科协\t市人社局\t2023年第一季度',
  '',
].join('\n');

describe('deadline forms', () => {
  const doc = parseNotice(NOTICE, { format: 'text' });

  it('a phase in a heading dates its section as a period', () => {
    expect(node(doc, '1.1').deadline).toMatchObject({
      form: 'heading',
      kind: 'period',
      raw: '2022年6月—7月',
      from: '2022-06',
      to: '2022-07',
    });
  });

  it('a bracket at the end of an item, a key line after it, the table column, an opening relative to the notice year', () => {
    expect(node(doc, '1.1.1').deadline).toMatchObject({ form: 'inline', kind: 'date', raw: '2022年6月底前完成', by: '2022-06' });
    expect(node(doc, '1.1.2').deadline).toMatchObject({ form: 'line', kind: 'ongoing', raw: '持续推进', by: null });
    expect(node(doc, '1.1.3').deadline).toMatchObject({ form: 'table', kind: 'date', raw: '二〇二二年十月底前', by: '2022-10' });
    expect(node(doc, '1.2.1').deadline).toMatchObject({ form: 'lead', kind: 'date', raw: '年底前', by: '2022-12' });
    expect(node(doc, '1.2.3').deadline).toMatchObject({ form: 'table', kind: 'date', by: '2023-03' });
  });

  it('an item with no deadline of its own takes its section’s, and says whose', () => {
    const task = doc.tasks.find((t) => t.id === '1.1.2');
    expect(task).toMatchObject({ deadline: { raw: '持续推进' }, deadlineFrom: null });
    // 1.1.3 has its own from the table; 1.2.2 (每年) is not dated by the table; nothing inherited there
    expect(node(doc, '1.2.2').deadline).toBeNull();
    const inherited = parseNotice('一、重点任务\n（一）启动阶段（2021年）\n1.制定方案。\n', { format: 'text' }).tasks[0];
    expect(inherited).toMatchObject({ id: '1.1.1', deadline: { raw: '2021年', by: '2021-12' }, deadlineFrom: '1.1' });
  });

  it('reads the wordings of dates, periods, recurrences and open-ended deadlines', () => {
    expect(readDates('2023年6月30日前', null)).toMatchObject({ kind: 'date', by: '2023-06-30' });
    expect(readDates('２０２５年底前', null)).toMatchObject({ kind: 'date', by: '2025-12' });
    expect(readDates('2024年上半年', null)).toMatchObject({ kind: 'date', by: '2024-06' });
    expect(readDates('2022—2024年', null)).toMatchObject({ kind: 'period', from: '2022-01', to: '2024-12' });
    expect(readDates('年底前', null)).toMatchObject({ kind: 'period', by: null });
    expect(readDates('年内', 2021)).toMatchObject({ kind: 'date', by: '2021-12' });
    expect(readDates('每季度', null)).toMatchObject({ kind: 'recurring' });
    expect(readDates('長期堅持', null)).toMatchObject({ kind: 'ongoing' });
    expect(readDates('加强宣传', null)).toBeNull();
  });

  it('the workbook’s 完成时限 column is prefilled with the notice’s wording', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await exportPlan([doc], 'xlsx')) as unknown as ArrayBuffer);
    const sheet = book.worksheets.find((w) => w.getRow(1).values.toString().includes('完成时限'))!;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const column = header.indexOf('完成时限');
    const byId = new Map<string, string>();
    sheet.eachRow((row, i) => {
      if (i > 1) byId.set(String(row.getCell(header.indexOf('编号')).value), String(row.getCell(column).value ?? ''));
    });
    expect(byId.get('1.1.1')).toBe('2022年6月底前完成');
    expect(byId.get('1.1.2')).toBe('持续推进');
    expect(byId.get('1.2.1')).toBe('年底前');
  });

  it('the workbook’s 时限 sheet lists the tasks by due month, the undated last; a notice with no deadlines has none', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await exportPlan([doc], 'xlsx')) as unknown as ArrayBuffer);
    const rows: string[][] = [];
    book.getWorksheet('时限')!.eachRow((row) => void rows.push((row.values as unknown[]).slice(1, 3).map(String)));
    expect(rows).toEqual([
      ['到期月份', '编号'],
      ['2022-06', '1.1.1'],
      ['2022-10', '1.1.3'],
      ['2022-12', '1.2.1'],
      ['2023-03', '1.2.3'],
      ['持续', '1.1.2'],
    ]);
    const seed = new ExcelJS.Workbook();
    await seed.xlsx.load((await exportPlan([parseFixture('quanzhou-city-2022.txt')], 'xlsx')) as unknown as ArrayBuffer);
    expect(seed.worksheets.map((w) => w.name)).toEqual(['任务分工', '目标', '单位']);
  });

  it('plan agencies --due: each agency’s tasks by due date', () => {
    const { stdout, code } = runPlan(['agencies', '-', '--due', '--format', 'csv'], { input: NOTICE });
    expect(code).toBe(0);
    const kexie = stdout
      .split('\n')
      .filter((l) => l.startsWith('市科协,'))
      .map((l) => l.split(',').slice(1, 6).join(' '));
    expect(kexie).toEqual(['科协 牵头 2022-10 二〇二二年十月底前 1.1.3', '科协 牵头 2023-03 2023年第一季度 1.2.3']);
  });
});

describe('deadlines in real notices, read by hand', () => {
  it('国办发〔2020〕43号 opens its measures with their deadlines', () => {
    const doc = parseFixture('real/09-guowuyuanban-yingshang-fengong-2020-43-flattened.txt');
    expect(node(doc, '1.1.3').deadline).toMatchObject({ form: 'lead', raw: '2020年底前', by: '2020-12' });
    expect(node(doc, '2.5.2').deadline).toMatchObject({ raw: '2021年6月底前', by: '2021-06' });
    expect(node(doc, '2.6.1').deadline).toMatchObject({ raw: '2021年6月底前', by: '2021-06' });
  });

  it('国办发〔2020〕24号 dates measures inside its paragraphs', () => {
    const doc = parseFixture('real/10-guowuyuanban-yingshang-yijian-2020-24-flattened.txt');
    expect(node(doc, '1.2').deadline).toMatchObject({ form: 'inline', raw: '2020年底前', by: '2020-12' });
    expect(node(doc, '4.11').deadline).toMatchObject({ raw: '2021年6月底前', by: '2021-06' });
  });

  it('国办发〔2018〕128号 and 国发〔2005〕39号: 于…前 and 应在…前, not a 的-clause', () => {
    expect(node(parseFixture('real/15-guowuyuanban-wufeichengshi-2018-128-govcn-page.html'), '3.4').deadline).toMatchObject({
      by: '2021-03',
    });
    // 国办发〔2018〕117号: the departments' implementing rules 于2018年12月31日前报送国务院办公厅
    expect(node(parseFixture('real/13-guowuyuanban-zhenzhuashigan-jili-2018-117-govcn-page.html'), '30').deadline).toMatchObject({
      raw: '2018年12月31日前',
      by: '2018-12-31',
    });
    // 2004年年底前投运的电厂 names plants; the deadline is 2010年底前安装脱硫设施
    expect(node(parseFixture('real/33-guowuyuan-huanbao-jueding-2005-39-oneline.txt'), '4.13').deadline).toMatchObject({
      raw: '2010年底前',
      by: '2010-12',
    });
  });

  it('the period of a cited document, 《…纲要（2006-2010-2020年）》, is no deadline', () => {
    // 同安 recalls the national outline in its background chapter; 上海 and the 十二五 plan cite other plans likewise
    expect(node(parseFixture('real/04-tongan-kxsz-2022-bullet-metadata.txt'), '1').deadline).toBeNull();
    expect(node(parseFixture('real/22-shanghai-nongjihua-shishiyijian-2022-md.txt'), '2').deadline).toBeNull();
    expect(node(parseFixture('real/28-guowuyuan-huanbao-shierwu-guihua-2011-42-flattened-zhuanlan-table.txt'), '4.4').deadline).toBeNull();
  });

  it('持续推进 as a verb (持续推进绿色数字中心建设) is no deadline: notices 17, 25, 26 state none', () => {
    for (const real of [
      'real/17-guangzhou-jiatingyisheng-2023-1930-renwufengongbiao.html',
      'real/25-guowuyuan-shuzijingji-guihua-2021-29-md.txt',
      'real/26-guowuyuan-yingjitixi-guihua-2021-36-md.txt',
    ])
      expect(parseFixture(real).tasks.filter((t) => t.deadline)).toEqual([]);
  });

  it('the seeds state no deadlines: none is invented', () => {
    for (const seed of ['haicang-district-2022.md', 'quanzhou-city-2022.txt', 'zhangping-city-2022.txt'])
      expect(parseFixture(seed).tasks.filter((t) => t.deadline)).toEqual([]);
  });
});

describe('deadline rules of plan validate', () => {
  const hits = (text: string, ruleId: string, asOf?: string) =>
    validate(parseNotice(text, { format: 'text', path: 'x.txt' }), {}, { asOf }).filter((f) => f.ruleId === ruleId);
  const titled = (title: string) => NOTICE.replace('某市科普实施方案\n一、', `${title}\n一、`);

  it('deadline-range: due before the notice was signed', () => {
    const early = NOTICE.replace('（2022年6月底前完成）', '（2022年5月底前完成）');
    expect(hits(NOTICE, 'deadline-range')).toEqual([]);
    expect(hits(early, 'deadline-range').map((f) => f.message)).toEqual([
      '1.制定工作方案 is due by 2022-05 (2022年5月底前完成), before the notice was signed on 2022-06-27',
    ]);
  });

  it('deadline-range: due after the period in the title, a range or a five-year plan, the last bracket the plan’s own', () => {
    const late = NOTICE.replace('1.年底前完成验收。', '1.2026年底前完成验收。');
    expect(hits(late, 'deadline-range')).toEqual([]);
    expect(hits(titled('某市科普实施方案（2021—2025年）').replace('1.年底前', '1.2026年底前'), 'deadline-range')).toHaveLength(1);
    expect(hits(titled('某市“十四五”科普实施方案').replace('1.年底前', '1.2026年底前'), 'deadline-range')).toHaveLength(1);
    expect(hits(titled('某市“十四五”科普实施方案').replace('1.年底前', '1.2025年底前'), 'deadline-range')).toEqual([]);
    const cited = titled('某市贯彻《纲要（2021—2035年）》实施方案（2021—2025年）').replace('1.年底前', '1.2030年底前');
    expect(hits(cited, 'deadline-range')).toHaveLength(1);
  });

  it('due: nothing without --as-of; with it, each task due by that day, inherited deadlines too', () => {
    expect(hits(NOTICE, 'due')).toEqual([]);
    // 1.1.1 due 2022-06 (own), 1.1.3 and 1.1.2 no date before July; the phase (2022-06—07) dates nothing due by June 30 but 1.1.1
    expect(hits(NOTICE, 'due', '2022-06-29').map((f) => f.message)).toEqual([]);
    expect(hits(NOTICE, 'due', '2022-06-30').map((f) => f.message)).toEqual([
      'task 1.1.1 制定工作方案 is due by 2022-06 (2022年6月底前完成)',
    ]);
    const byYearEnd = hits(NOTICE, 'due', '2022-12-31').map((f) => f.message.split(' ')[1]);
    expect(byYearEnd).toEqual(['1.1.1', '1.1.3', '1.2.1']);
    expect(hits(NOTICE, 'due', '2022-12-31')[0]).toMatchObject({ severity: 'info', line: 9 });
  });

  it('the real notice 国办发〔2020〕43号 as of the end of 2020: its measures due by 2020年底前 and 2020年11月底前', () => {
    const doc = parseFixture('real/09-guowuyuanban-yingshang-fengong-2020-43-flattened.txt');
    const due = validate(doc, {}, { asOf: '2020-12-31' }).filter((f) => f.ruleId === 'due');
    const ids = due.map((f) => f.message.split(' ')[1]);
    expect(ids).toContain('1.1.3');
    expect(ids).toContain('2.7.4');
    expect(ids).not.toContain('2.5.2'); // 2021年6月底前
    expect(due.every((f) => /is due by 2020-(11|12)/.test(f.message))).toBe(true);
  });

  it('--as-of on the command line, and a date that is not one', () => {
    const ok = runPlan(['validate', '-', '--as-of', '2022-12-31', '--format', 'json'], { input: NOTICE });
    expect(JSON.parse(ok.stdout).files[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'due')).toHaveLength(3);
    const bad = runPlan(['validate', '-', '--as-of', '2022-02-30'], { input: NOTICE });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--as-of takes a date as YYYY-MM-DD/);
  });
});

describe('deadline changes in plan diff', () => {
  const a = parseNotice(NOTICE, { format: 'text', path: 'a.txt' });
  const b = parseNotice(
    NOTICE.replace('（2022年6月底前完成）', '（2022年9月底前完成）') // moved
      .replace('时限要求：持续推进\n', '') // dropped: 1.1.2 now inherits the phase
      .replace('3.组织总结表彰。', '3.组织总结表彰。（长期坚持）'), // the table's date gives way to the item's own
    { format: 'text', path: 'b.txt' },
  );

  it('per aligned task, what each plan says, with unchanged ones left out', () => {
    const d = diffPlans(a, b);
    expect(d.deadlines.map((x) => [x.task.b, x.a?.by ?? x.a?.kind ?? null, x.b?.by ?? x.b?.kind ?? null])).toEqual([
      ['1.1.1', '2022-06', '2022-09'],
      ['1.1.2', 'ongoing', '2022-07'],
      ['1.2.3', '2023-03', 'ongoing'],
    ]);
    expect(d.summary.deadlines).toBe(3);
    expect(diffPlans(a, a).deadlines).toEqual([]);
  });

  it('in every report, and alone with --only deadlines', () => {
    const d = diffPlans(a, b, { only: 'deadlines' });
    expect(d.structure).toEqual([]);
    expect(DIFF_FORMATS.text(d, { colors: new Chalk({ level: 0 }), lang: 'en' })).toContain(
      'task 1.1.1 制定工作方案: 2022-06 (2022年6月底前完成) → 2022-09 (2022年9月底前完成)',
    );
    expect(DIFF_FORMATS.markdown(d, { lang: 'zh' })).toContain('## 完成时限');
    expect(DIFF_FORMATS.html(d, { lang: 'zh' })).toContain('<td>1.1.2 开展集中宣传</td><td>持续推进</td>');
  });
});
