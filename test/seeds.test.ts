// The five real notices. Each golden was read against its notice; the
// assertions below restate, independently of the goldens, what a careful
// reader finds in each notice, so a re-recorded golden cannot hide a regression.
import { describe, expect, it } from 'vitest';
import { PlanDocument } from '../src/model/schema.js';
import { names, node, parseFixture, SEEDS } from './helpers.js';

const docs = Object.fromEntries(SEEDS.map((s) => [s, parseFixture(s)]));
const doc = (name: string) => docs[name]!;
const titles = (nodes: { title: string }[]) => nodes.map((n) => n.title);
const ordinals = (nodes: { ordinal: number }[]) => nodes.map((n) => n.ordinal);

describe.each(SEEDS)('%s', (seed) => {
  it('is a valid model', () => {
    expect(PlanDocument.safeParse(doc(seed)).success).toBe(true);
  });

  it('has no error diagnostics and no unplaced text', () => {
    expect(doc(seed).diagnostics.filter((d) => d.severity === 'error' || d.code.startsWith('unplaced'))).toEqual([]);
  });

  it('gives every task a responsibility', () => {
    expect(
      doc(seed)
        .tasks.filter((t) => !t.responsibility)
        .map((t) => t.id),
    ).toEqual([]);
  });
});

describe('haicang (Markdown export)', () => {
  const d = doc('haicang-district-2022.md');
  it('header and footer', () => {
    expect(d.meta).toMatchObject({
      docNumber: '厦海政办〔2022〕17号',
      issuer: '厦门市海沧区人民政府办公室',
      planTitle: '海沧区“十四五”全民科学素质行动规划纲要实施方案',
      signedDate: '2022-06-27',
      publicity: '此件主动公开',
      cc: ['区委办', '区人大办', '区政协办'],
      related: ['区科协', '区委组织部', '区委宣传部', '区委文明办', '团区委', '区妇联'],
      printedDate: '2022-06-27',
    });
  });
  it('four chapters whatever the heading depth; 二 has 5 sections with items 1–16, 三 has 6 with items 1–18', () => {
    expect(titles(d.sections)).toEqual(['总体要求', '开展五项提升行动', '推动六个科普项目', '组织实施']);
    const [, two, three] = d.sections;
    expect(two!.children).toHaveLength(5);
    expect(two!.children.flatMap((s) => ordinals(s.children))).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    expect(three!.children).toHaveLength(6);
    expect(three!.children.flatMap((s) => ordinals(s.children))).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
  });
  it('joins sentences broken by page breaks', () => {
    expect(node(d, '2.4.13').text).toContain('参与“老年人健身康乐家园”创建活动。');
    expect(node(d, '2.5.16').text).toContain('科学素质培训工作。');
    expect(node(d, '4.2').text).toContain('加强科普基础设施建设');
  });
  it('inline title of 四（一）', () => {
    expect(node(d, '4.1')).toMatchObject({ title: '着力统筹推进' });
    expect(node(d, '4.1').text.startsWith('区政府把科学素质建设')).toBe(true);
  });
  it('the target', () => {
    expect(d.targets).toEqual([
      expect.objectContaining({ year: 2025, metric: '公民具备科学素质比例', comparator: '超过', value: 17, unit: '%' }),
    ]);
  });
  it('responsibility lines belong to their group', () => {
    const r = node(d, '2.1').responsibility!;
    expect(names(r.lead)).toEqual(['区教育局', '区科协']);
    expect(names(r.support)).toContain('区工信局（科技局）');
    expect(d.tasks.find((t) => t.id === '2.1.4')).toMatchObject({ inherited: true, from: '2.1' });
  });
});

describe('quanzhou (plain text)', () => {
  const d = doc('quanzhou-city-2022.txt');
  it('header', () => {
    expect(d.meta).toMatchObject({ docNumber: '泉政办〔2022〕25号', signedDate: '2022-05-07', printedDate: '2022-05-07' });
    expect(d.meta.cc).toHaveLength(13);
  });
  it('inline titles and restarting item numbers', () => {
    expect(node(d, '2.1')).toMatchObject({ title: '青少年科学素质提升行动' });
    expect(node(d, '2.1').text.startsWith('激发青少年好奇心')).toBe(true);
    expect(ordinals(node(d, '2.2').children)).toEqual([1, 2, 3]);
  });
  it('二（一）: lead 市教育局, 市科协; support includes 市委文明办 and 市工信局', () => {
    const r = node(d, '2.1').responsibility!;
    expect(names(r.lead)).toEqual(['市教育局', '市科协']);
    expect(names(r.support)).toEqual(expect.arrayContaining(['市委文明办', '市工信局', '市妇联', '市社科联']));
  });
  it('the schedule of phases', () => {
    expect(titles(node(d, '4.4').children)).toEqual(['启动阶段', '实施阶段', '总结评估阶段']);
  });
  it('targets', () => {
    expect(d.targets.map((t) => [t.year, t.metric, t.value])).toEqual([
      [2025, '具备科学素质的公民比例', 16],
      [2025, '参加科学体育健身老年人占全市老年人总数比例', 60],
    ]);
  });
});

describe('huancui (no 文号)', () => {
  const d = doc('huancui-district-2022.txt');
  it('joins the title its issuer line opens (威海市环翠区人民政府 / 关于印发…的通知)', () => {
    expect(d.meta.noticeTitle).toBe('威海市环翠区人民政府关于印发威海市环翠区全民科学素质行动规划纲要实施方案（2021—2025年）的通知');
    expect(d.meta.issuer).toBe('威海市环翠区人民政府');
  });
  it('has no document number, and does not take a cited one', () => {
    expect(d.meta.docNumber).toBeNull();
    expect(d.meta).toMatchObject({
      issuer: '威海市环翠区人民政府',
      publicity: '此件公开发布',
      planTitle: '威海市环翠区全民科学素质行动规划纲要实施方案（2021—2025年）',
    });
  });
  it('inline lead departments and item-level responsibility', () => {
    expect(names(node(d, '3.1').responsibility!.lead)).toEqual(['区教育和体育局', '区科学技术协会']);
    expect(node(d, '3.5.3').responsibility).toMatchObject({ form: 'item' });
    expect(names(node(d, '3.5.3').responsibility!.responsible)).toEqual(['区委组织部']);
  });
  it("a task that only names who is responsible takes its section's lead", () => {
    const t = d.tasks.find((x) => x.id === '3.1.1')!;
    expect(names(t.responsibility!.lead)).toEqual(['区教育和体育局', '区科学技术协会']);
    expect(names(t.responsibility!.responsible)).toContain('区委宣传部');
    expect(t).toMatchObject({ from: '3.1.1', leadFrom: '3.1', inherited: false });
  });
  it('target without 到', () => {
    expect(d.targets).toEqual([expect.objectContaining({ year: 2025, comparator: '达到', value: 18 })]);
  });
});

describe('zhangping (web page copy)', () => {
  const d = doc('zhangping-city-2022.txt');
  it('reads the metadata block and keeps the junk after the body outside the notice', () => {
    expect(d.meta).toMatchObject({
      docNumber: '漳政综〔2022〕37号',
      issuer: '漳平市人民政府',
      signedDate: '2022-07-01',
      publicity: '此件主动公开',
    });
    expect(JSON.stringify({ ...d, outside: [] })).not.toContain('扫一扫');
    expect(d.outside.map((o) => o.text)).toContain('扫一扫在手机上查看当前页面');
  });
  it('dash bullets are items', () => {
    expect(node(d, '5.2').children.map((c) => c.kind)).toEqual(['dash', 'dash', 'dash', 'dash']);
  });
  it('closing 责任单位 without 牵头 is responsible', () => {
    expect(names(node(d, '5.4').responsibility!.responsible)).toEqual([
      '市全民科学素质工作领导小组成员单位',
      '各乡镇(街道)人民政府(办事处)',
    ]);
  });
  it('target with 力争达到', () => {
    expect(d.targets[0]).toMatchObject({ year: 2025, comparator: '力争达到', value: 16 });
  });
});

describe('nansha (PDF extraction with a task table)', () => {
  const d = doc('nansha-district-2022.txt');
  it('exactly 5 top-level sections; the table adds none', () => {
    expect(titles(d.sections)).toEqual(['前言', '总体要求', '提升行动', '重点工程', '组织实施']);
    expect(d.meta.docNumber).toBe('穗南府〔2022〕7号');
    expect(d.meta.docNumberRaw).toBe('穗南府[2022]7号');
  });
  it('joins across page numbers', () => {
    expect(node(d, '3').text).toContain('实施5项提升行动。');
    expect(node(d, '3.1.6').text).toContain('加强新科技知识和技能培训');
  });
  it('every table row matches its item', () => {
    expect(d.taskTable!.rows).toHaveLength(39);
    expect(d.taskTable!.rows.filter((r) => !r.matchedId)).toEqual([]);
  });
  it('三（三）1: lead 区总工会, support 区人社局, 区妇联', () => {
    const r = node(d, '3.3.1').responsibility!;
    expect(names(r.lead)).toEqual(['区总工会']);
    expect(names(r.support)).toEqual(['区人社局', '区妇联']);
  });
  it('repairs names broken by extraction', () => {
    expect(names(node(d, '3.2.1').responsibility!.support)).toContain('区卫生健康局');
  });
  it('keeps the garbage of the damaged row, marked suspect and reported once per name', () => {
    const garbage = d.diagnostics.filter((x) => x.line === 245);
    expect(garbage.filter((x) => x.code === 'suspect-agency')).toHaveLength(6);
    const support = node(d, '3.2.4').responsibility!.support;
    expect(names(support)).toEqual(['区委宣传部', '区教育局', '区政局', '区政局局', '区区政局局', '区域局局', '区域市区区域', '区域']);
    expect(support.filter((a) => !a.suspect).map((a) => a.name)).toEqual(['区委宣传部', '区教育局']);
  });
});
