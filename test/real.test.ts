// Hand-checked facts of the real notices in fixtures/real/ (their sources and
// what makes each hard are in ../shared/corpus/real/SOURCES.tsv). Each fact
// was written from reading the notice, before looking at the parser's output.
import { describe, expect, it } from 'vitest';
import { PlanDocument, type PlanNode } from '../src/model/schema.js';
import { canonicalAgency } from '../src/parse/responsibility/agencies.js';
import { names, node, parseFixture, REAL_NOTICES } from './helpers.js';

const doc = (prefix: string) => parseFixture(REAL_NOTICES.find((n) => n.startsWith(`real/${prefix}-`))!);
const titles = (nodes: PlanNode[]) => nodes.map((n) => n.title);
const targets = (d: PlanDocument) => d.targets.map((t) => `${t.year} ${t.comparator}${t.value}${t.unit}`);

describe.each(REAL_NOTICES)('%s', (name) => {
  it('parses into a valid model, twice the same', () => {
    const d = parseFixture(name);
    expect(PlanDocument.safeParse(d).success).toBe(true);
    expect(JSON.stringify(parseFixture(name))).toBe(JSON.stringify(d));
  });
});

describe('01 福建 repost (site junk, no cover notice)', () => {
  const d = doc('01');
  it('takes the title from the repost headline and keeps the junk outside', () => {
    expect(d.meta.planTitle).toBe('福建省“十四五”全民科学素质行动规划纲要实施方案');
    expect(d.meta.docNumber).toBeNull();
    expect(d.outside.map((o) => o.text)).toContain('您现在的位置:首页 > 科技创新 > 政策动态');
    expect(d.meta.web['发布时间']).toBe('2023-05-23');
  });
  it('reads the structure and the target', () => {
    expect(titles(d.sections).slice(0, 2)).toEqual(['总体要求', '开展五项提升行动']);
    expect(titles(d.sections[0]!.children)).toEqual(['指导思想', '发展目标']);
    expect(targets(d)).toEqual(['2025 超过16%']);
  });
});

describe('02 福建, traditional characters on a wiki mirror', () => {
  const d = doc('02');
  it('reads the infobox: 文号 folded to simplified brackets and 号, issuer as written, date', () => {
    expect(d.meta.docNumber).toBe('闽政办〔2022〕13号');
    expect(d.meta.issuer).toBe('福建省人民政府辦公廳');
    expect(d.meta.signedDate).toBe('2022-02-26');
  });
  it('reads traditional markers, titles as written and the target', () => {
    expect(d.meta.planTitle).toBe('福建省“十四五”全民科學素質行動規劃綱要實施方案');
    expect(d.sections[0]!.title).toBe('總體要求');
    expect(d.sections[0]!.children[0]!.title).toBe('指導思想');
    expect(targets(d)).toEqual(['2025 超过16%']);
  });
});

describe('03 厦门 from the gazette', () => {
  const d = doc('03');
  it('metadata', () => {
    expect(d.meta).toMatchObject({
      docNumber: '厦府办〔2022〕44号',
      issuer: '厦门市人民政府办公厅',
      signedDate: '2022-05-07',
      planTitle: '厦门市“十四五”全民科学素质行动规划纲要实施方案',
    });
    expect(d.meta.addressees).toEqual(['各区人民政府', '市直各委、办、局', '各开发区管委会', '各相关单位']);
  });
  it('a preamble that cites its parents is not the title; the target', () => {
    expect(d.preamble).toMatch(/^为贯彻落实国务院印发的/);
    expect(targets(d)).toEqual(['2025 超过17%']);
  });
});

describe('04 同安, metadata as bullets with spaced labels', () => {
  const d = doc('04');
  it('reads the spaced 索 引 号 and the 备注/文号', () => {
    expect(d.meta.web['索引号']).toBe('XM05100-03-04-2022-005');
    expect(d.meta).toMatchObject({ docNumber: '厦同政办〔2022〕33号', issuer: '厦门市同安区人民政府办公室', signedDate: '2022-09-05' });
  });
  it('takes the addressees without a title line above them', () => {
    expect(d.meta.addressees).toEqual(['各镇(街)', '区直各办、局', '市垂直管理部门']);
    expect(titles(d.sections).slice(0, 2)).toEqual(['背景和意义', '指导思想和发展目标']);
  });
});

describe('05 儋州, titles split over lines', () => {
  const d = doc('05');
  it('joins the notice title and the plan title', () => {
    expect(d.meta.noticeTitle).toBe('儋州市人民政府办公室关于印发《儋州市全民科学素质行动规划纲要实施方案(2021-2025年)》的通知');
    expect(d.meta.planTitle).toBe('儋州市全民科学素质行动规划纲要实施方案(2021-2025年)');
    expect(d.meta).toMatchObject({ docNumber: '儋府办〔2022〕39号', signedDate: '2022-09-20', publicity: '此件主动公开' });
  });
  it('strips the lead-in words from the target metric', () => {
    expect(d.targets[0]).toMatchObject({ year: 2025, metric: '公民具备科学素质的比例', comparator: '达到', value: 15 });
  });
});

describe('06 芝罘, traditional with pinyin injected', () => {
  const d = doc('06');
  it('removes the pinyin and reads the pipe-table metadata', () => {
    expect(d.meta.web['索引号']).toBe('11370602004262710C/2022-05769');
    expect(d.meta.issuer).toBe('煙臺市芝罘區人民政府');
    expect(d.meta).toMatchObject({ docNumber: '烟芝政字〔2022〕27号', signedDate: '2022-09-25', publicity: '此件公開發布' });
    expect(JSON.stringify(d)).not.toContain('fā');
  });
});

describe('07 莱州, two metadata pairs a line', () => {
  const d = doc('07');
  it('metadata', () => {
    expect(d.meta.web['发文机关']).toBe('莱州市人民政府');
    expect(d.meta.web['主题分类']).toBe('其他');
    expect(d.meta).toMatchObject({ docNumber: '莱政字〔2022〕36号', issuer: '莱州市人民政府', signedDate: '2022-08-17' });
    expect(d.meta.planTitle).toBe('莱州市全民科学素质行动规划纲要实施方案(2021-2025年)');
  });
});

describe('08 湖南, traditional with small-form brackets', () => {
  const d = doc('08');
  it('normalises ﹝﹞ and 號 in the 文号', () => {
    expect(d.meta.docNumber).toBe('湘政办发〔2021〕74号');
    expect(d.meta.signedDate).toBe('2021-11-22');
  });
  it('splits a run-in heading and reads a traditional target', () => {
    expect(d.sections[0]!.children[0]!.title).toBe('指導思想');
    expect(targets(d)).toEqual(['2025 超过15%']);
  });
});

describe('09 国办发〔2020〕43号, flattened: title, 文号, cover and body run together', () => {
  const d = doc('09');
  it('metadata', () => {
    expect(d.meta).toMatchObject({
      docNumber: '国办发〔2020〕43号',
      issuer: '国务院办公厅',
      signedDate: '2020-11-01',
      publicity: '此件公开发布',
    });
    expect(d.meta.planTitle).toBe('全国深化“放管服”改革优化营商环境电视电话会议重点任务分工方案');
  });
  it('five chapters of sections of numbered tasks', () => {
    expect(d.sections).toHaveLength(5);
    expect(d.sections[0]!.title).toBe('把实施好宏观政策和深化“放管服”改革结合起来，提高宏观政策实施的时效性和精准性');
    expect(node(d, '1.1.1').title).toBe(
      '及时总结财政资金直达基层的经验做法，进一步完善财政资金直达机制，优化完善直达资金监控系统功能，督促各地区加强直达资金日常监控，确保资金落实到位、规范使用',
    );
  });
  it('（财政部牵头，国务院相关部门及各地区按职责分工负责）', () => {
    const r = node(d, '1.1.1').responsibility!;
    expect(names(r.lead)).toEqual(['财政部']);
    expect(names(r.responsible)).toEqual(['国务院相关部门', '各地区']);
    expect(r.responsible.every((a) => a.generic)).toBe(true);
  });
});

describe('10 国办发〔2020〕24号, an 意见 on one line, signed at its end', () => {
  const d = doc('10');
  it('reads the title, the 文号 glued to it, and the closing signature', () => {
    expect(d.meta).toMatchObject({ docNumber: '国办发〔2020〕24号', issuer: '国务院办公厅', signedDate: '2020-07-15' });
    expect(d.meta.planTitle).toBe('国务院办公厅关于进一步优化营商环境更好服务市场主体的实施意见');
    expect(d.meta.addressees).toEqual(['各省、自治区、直辖市人民政府', '国务院各部委、各直属机构']);
  });
  it('six chapters, twenty sections, each with its lead', () => {
    expect(d.sections).toHaveLength(6);
    expect(d.sections.flatMap((c) => c.children)).toHaveLength(20);
    expect(node(d, '1.1').title).toBe('优化再造投资项目前期审批流程');
    expect(names(node(d, '1.1').responsibility!.lead)).toEqual(['国家发展改革委']);
  });
});

describe('11 国办函〔2014〕119号, decimal numbering on one line', () => {
  const d = doc('11');
  it('metadata, the publicity note cut from the plan title', () => {
    expect(d.meta).toMatchObject({
      docNumber: '国办函〔2014〕119号',
      issuer: '国务院办公厅',
      signedDate: '2014-12-29',
      publicity: '此件公开发布',
    });
    expect(d.meta.planTitle).toBe('国家突发环境事件应急预案');
  });
  it('decimal chapters and sections', () => {
    expect(d.sections[0]).toMatchObject({ marker: '1', title: '总则' });
    expect(titles(d.sections[0]!.children)).toEqual(['编制目的', '编制依据', '适用范围', '工作原则', '事件分级']);
    expect(d.sections[1]!.title).toBe('组织指挥体系');
  });
  it('the table of contents before the body is recorded outside, not read as a second set of chapters', () => {
    expect(d.sections.filter((s) => s.title === '总则')).toHaveLength(1);
    expect(d.sections.slice(0, 7).map((s) => s.title)).toEqual([
      '总则',
      '组织指挥体系',
      '监测预警和信息报告',
      '应急响应',
      '后期工作',
      '应急保障',
      '附则',
    ]);
    expect(node(d, '1.1').text).not.toBe('');
    expect(d.outside.map((o) => o.text).slice(0, 3)).toEqual(['1总则', '1.1编制目的', '1.2编制依据']);
    expect(d.outside.filter((o) => /^\d/.test(o.text))).toHaveLength(32);
  });
});

describe('20 上海 高端医疗器械, crawler Markdown saved as text', () => {
  const d = doc('20');
  it('the signing date, not the publication date', () => {
    expect(d.meta).toMatchObject({ docNumber: '沪府办发〔2025〕17号', issuer: '上海市人民政府办公厅', signedDate: '2025-09-04' });
    expect(d.meta.web['发布日期']).toBe('2025-10-31');
    expect(d.meta.planTitle).toBe('上海市促进高端医疗器械产业全链条发展行动方案');
  });
  it('（责任单位：…） closing each item', () => {
    expect(names(node(d, '3.1.1').responsibility!.responsible)).toEqual(['市科委']);
    expect(d.tasks.filter((t) => t.responsibility)).toHaveLength(d.tasks.length);
  });
});

describe('21 上海 科技服务业, unnumbered tasks each with （责任单位：…）', () => {
  const d = doc('21');
  it('metadata from the title 上海市人民政府办公厅印发《…》 and the signature at its end', () => {
    expect(d.meta).toMatchObject({ docNumber: '沪府办发〔2025〕11号', issuer: '上海市人民政府办公厅', signedDate: '2025-05-17' });
    expect(d.meta.planTitle).toBe('关于进一步深化改革创新加快科技服务业高质量发展的若干意见');
  });
  it('bold headings become chapters and sections; a section gathers its tasks’ units', () => {
    expect(d.sections[0]!.title).toBe('提升科技服务供给质量');
    expect(node(d, '1.1').title).toBe('推动科技创新资源开放');
    expect(names(node(d, '1.1').responsibility!.responsible)).toEqual(expect.arrayContaining(['市科委', '市发展改革委']));
  });
});

describe('22 上海 农机化, an 意见 without a 文号 of its own', () => {
  const d = doc('22');
  it('the signature above the date, the plan title with 《》 inside it', () => {
    expect(d.meta).toMatchObject({ docNumber: null, issuer: '上海市农业农村委员会', signedDate: '2022-05-26' });
    expect(d.meta.planTitle).toBe('上海关于贯彻落实《“十四五”全国农业机械化发展规划》的实施意见');
    expect(d.meta.addressees).toEqual(['各区农业农村委', '市属有关单位']);
    expect(titles(d.sections)).toEqual(['指导思想', '发展目标', '主要任务', '保障措施']);
  });
});

describe('23 上海 北斗, a made-up scraper header', () => {
  const d = doc('23');
  it('the title below 附件, its period joined', () => {
    expect(d.meta.planTitle).toBe('上海市北斗产业高质量发展三年行动计划（2021-2023年）');
    expect(d.meta.attachment).toBe('附件');
    expect(d.meta.docNumber).toBeNull();
  });
  it('（牵头部门：…） closing each item', () => {
    expect(titles(d.sections)).toEqual(['总体思路', '发展目标', '主要任务', '保障措施']);
    expect(names(node(d, '3.1.1').responsibility!.lead)).toEqual(['市科委', '市经济信息化委', '市发展改革委', '市国防科工办']);
  });
});

describe('24 上海 概念验证, four issuers', () => {
  const d = doc('24');
  it('every issuer, the date, the attachment label and the plan title', () => {
    expect(d.meta.issuers).toEqual(['上海市科学技术委员会', '上海市发展和改革委员会', '上海市经济和信息化委员会', '上海市教育委员会']);
    expect(d.meta).toMatchObject({ docNumber: '沪科合〔2025〕17号', signedDate: '2025-07-10', attachment: '附件' });
    expect(d.meta.planTitle).toBe('上海市高质量概念验证平台建设实施方案');
  });
});

describe('25 and 26 国务院 plans in Markdown', () => {
  it('25 数字经济: eleven chapters', () => {
    const d = doc('25');
    expect(d.meta).toMatchObject({ docNumber: '国发〔2021〕29号', issuer: '国务院', planTitle: '“十四五”数字经济发展规划' });
    expect(d.sections).toHaveLength(11);
    expect(d.sections[10]!.title).toBe('保障措施');
  });
  it('26 应急体系: the abridgement note is outside the notice', () => {
    const d = doc('26');
    expect(d.meta).toMatchObject({ docNumber: '国发〔2021〕36号', planTitle: '“十四五”国家应急体系规划' });
    expect(d.outside.map((o) => o.text)).toContain('(本文有删减)');
    expect(d.sections).toHaveLength(11);
  });
});

describe('27 发改办财金规〔2019〕860号, a joint red header', () => {
  const d = doc('27');
  it('both issuers of the header, the title', () => {
    expect(d.meta.issuers).toEqual(['发展改革委办公厅', '税务总局办公厅']);
    expect(d.meta.signatories).toEqual(['国家发展改革委办公厅', '税务总局办公厅']);
    expect(d.meta.signedDate).toBe('2019-08-20');
    expect(d.meta.docNumber).toBe('发改办财金规〔2019〕860号');
    expect(d.meta.noticeTitle).toBe('关于加强个人所得税纳税信用建设的通知');
    expect(titles(d.sections)).toEqual([
      '总体要求',
      '建立个人所得税纳税信用管理机制',
      '完善守信联合激励和失信联合惩戒机制',
      '加强信息安全和权益维护',
      '强化组织实施',
    ]);
  });
});

describe('28 国发〔2011〕42号, flattened with a Chinese-numeral date', () => {
  const d = doc('28');
  it('metadata', () => {
    expect(d.meta).toMatchObject({ docNumber: '国发〔2011〕42号', issuer: '国务院', signedDate: '2011-12-15' });
    expect(d.meta.planTitle).toBe('国家环境保护“十二五”规划');
    expect(d.sections[0]!.title).toBe('环境形势');
  });
});

describe('29 and 30: a news headline and a notice title split over three lines', () => {
  it('29 农业农村部发布《…规划》: the title and its publisher from the headline', () => {
    const d = doc('29');
    expect(d.meta.planTitle).toBe('“十四五”全国农业机械化发展规划');
    expect(d.meta.issuer).toBe('农业农村部');
    expect(d.meta.headline).toBe('农业农村部发布《“十四五”全国农业机械化发展规划》');
  });
  it('30 广东: the page’s cut title stays apart from the notice title; a spun verb after 牵头 still closes the lead', () => {
    const d = doc('30');
    expect(d.meta).toMatchObject({ docNumber: '粤府办〔2023〕5号', issuer: '广东省人民政府办公厅', signedDate: '2023-03-17' });
    expect(names(node(d, '1.1.1').responsibility!.lead)).toEqual(['省生长改造委']);
  });
  it('30 广东: the plan title set on two short lines (…支持民间 / 投资生长的实行方案) is one title', () => {
    const d = doc('30');
    expect(d.meta.noticeTitle).toBe('广东省人民政府办公厅关于印发广东省进一步加鼎力度支持民间投资生长实行方案的通知');
    expect(d.meta.planTitle).toBe('广东省进一步加鼎力度支持民间投资生长的实行方案');
    // the page's cut title above the notice is reported, not dropped
    expect(d.diagnostics.map((x) => x.message)).toEqual([expect.stringContaining('《广东省进一步加鼎力度支持民间投资生长实行')]);
  });
});

describe('31 湖北, traditional, lead and responsible units separated by a semicolon', () => {
  const d = doc('31');
  it('the title split over two lines; the excerpt cut inside its attribution', () => {
    expect(d.meta.noticeTitle).toBe('省人民政府關于進一步優化營商環境的若干意見');
    expect(d.meta.docNumber).toBe('鄂政发〔2018〕26号');
    const r = node(d, '2.1').responsibility!;
    expect(names(r.lead)).toEqual(['省發展改革委']);
    expect(names(r.responsible)).toEqual(['省編辦', '省國土資源廳', '省環保廳', '省住建廳']);
    // a traditional name gets the key of its simplified form
    expect(r.lead[0]!.canonical).toBe(canonicalAgency('省发展改革委'));
  });
});

describe('33 国发〔2005〕39号, a 决定 on one line', () => {
  const d = doc('33');
  it('paragraphs split at ideographic spaces; the signature at the end', () => {
    expect(d.meta).toMatchObject({ docNumber: '国发〔2005〕39号', issuer: '国务院', signedDate: '2005-12-03' });
    expect(d.sections[0]!.title).toBe('充分认识做好环境保护工作的重要意义');
    expect(titles(d.sections[0]!.children)).toEqual([
      '环境保护工作取得积极进展',
      '环境形势依然十分严峻',
      '环境保护的法规、制度、工作与任务要求不相适应',
      '把环境保护摆上更加重要的战略位置',
    ]);
  });
});

// ---- HTML pages (read by the HTML reader) ----------------------------------------------

describe('12 国发〔2019〕3号, a gov.cn page: metadata table, split title, 排在第一位的部门为牵头部门，下同', () => {
  const d = doc('12');
  it('metadata from the page table and the article', () => {
    expect(d.source.format).toBe('html');
    expect(d.meta).toMatchObject({ docNumber: '国发〔2019〕3号', issuer: '国务院', signedDate: '2019-01-12' });
    expect(d.meta.planTitle).toBe('国务院关于促进综合保税区高水平开放高质量发展的若干意见');
    expect(d.meta.web).toMatchObject({ 索引号: '000014349/2019-00003', 发布日期: '2019年01月25日' });
  });
  it('five chapters; the convention of the first item makes the first unit of every item its lead', () => {
    expect(titles(d.sections)).toEqual(['指导思想', '基本原则', '发展目标', '主要任务', '有关要求']);
    expect(node(d, '4').children.map((s) => s.children.length)).toEqual([5, 4, 4, 3, 5]);
    expect(names(node(d, '4.1.1').responsibility!.lead)).toEqual(['税务总局']);
    expect(names(node(d, '4.1.1').responsibility!.support)).toEqual(['财政部', '海关总署']);
    expect(names(node(d, '4.1.3').responsibility!.lead)).toEqual(['海关总署']);
    expect(names(node(d, '4.1.3').responsibility!.support)).toEqual(['商务部']);
  });
  it('the share prompt is outside the notice', () => {
    expect(d.outside.map((o) => o.text)).toContain('扫一扫在手机打开当前页');
  });
});

describe('13 国办发〔2018〕117号: thirty chapters, each one item with its units', () => {
  const d = doc('13');
  it('every chapter is a task with the units that do it', () => {
    expect(d.meta).toMatchObject({ docNumber: '国办发〔2018〕117号', issuer: '国务院办公厅', signedDate: '2018-12-06' });
    expect(d.sections).toHaveLength(30);
    expect(d.tasks).toHaveLength(30);
    expect(names(node(d, '1').responsibility!.responsible)).toEqual(['市场监管总局']);
    expect(names(node(d, '2').responsibility!.responsible)).toEqual(['商务部']);
    // 国家发展改革委会同有关部门负责: two parties
    expect(names(node(d, '16').responsibility!.responsible)).toEqual(['国家发展改革委', '有关部门']);
  });
});

describe('14 国发〔2019〕4号: a title split by <br>, sections numbered on across chapters', () => {
  const d = doc('14');
  it('the plan title and seven chapters of twenty sections', () => {
    expect(d.meta).toMatchObject({ docNumber: '国发〔2019〕4号', issuer: '国务院', planTitle: '国家职业教育改革实施方案' });
    expect(d.sections).toHaveLength(7);
    expect(d.sections[0]!.title).toBe('完善国家职业教育制度体系');
    expect(d.sections.flatMap((c) => c.children)).toHaveLength(20);
    expect(node(d, '7.20').ordinal).toBe(20);
  });
  it('（技工院校内由人力资源社会保障行政部门负责）: the unit after 由, a generic 行政部门 and no suspect', () => {
    expect(names(node(d, '2.6').responsibility!.responsible)).toEqual(['人力资源社会保障行政部门']);
    expect(node(d, '2.6').responsibility!.responsible[0]!.suspect).toBeUndefined();
  });
  it('counted targets: 到2022年…建设50所高水平高等职业学校和150个骨干专业（群）; 到2020年…建成300个示范性职业教育集团', () => {
    expect(d.targets.map((t) => `${t.year} ${t.comparator}${t.value}${t.unit} ${t.metric}`)).toEqual([
      '2022 建设50所 高水平高等职业学校',
      '2022 建设150个 骨干专业',
      '2020 建成300个 示范性职业教育集团',
    ]);
  });
});

describe('15 国办发〔2018〕128号: attributions ending in 指导', () => {
  const d = doc('15');
  it('a section gathers the units of its paragraphs', () => {
    expect(d.meta).toMatchObject({ docNumber: '国办发〔2018〕128号', planTitle: '“无废城市”建设试点工作方案' });
    expect(titles(d.sections)).toEqual(['总体要求', '主要任务', '实施步骤', '保障措施']);
    expect(names(node(d, '2.1').responsibility!.lead)).toEqual(['生态环境部']);
    const all = (id: string) => Object.values(node(d, id).responsibility!).flatMap((v) => (Array.isArray(v) ? names(v) : []));
    expect(all('2.1')).toEqual(expect.arrayContaining(['国家发展改革委', '国家统计局', '住房城乡建设部']));
    expect(all('2.3')).toContain('农业农村部');
  });
});

describe('16 国发〔2018〕42号: （…等负责。列第一位者为牵头单位，下同） on its own line', () => {
  const d = doc('16');
  it('leads and supports of every section', () => {
    expect(d.meta).toMatchObject({ docNumber: '国发〔2018〕42号', issuer: '国务院', signedDate: '2018-12-21' });
    expect(names(node(d, '2.3').responsibility!.lead)).toEqual(['工业和信息化部']);
    expect(names(node(d, '2.3').responsibility!.support)).toEqual(['发展改革委', '科技部', '农业农村部']);
    // 市场监管总局 before 发展改革委 lends it no 市
    expect(names(node(d, '2.6').responsibility!.lead)).toEqual(['市场监管总局']);
    expect(names(node(d, '2.6').responsibility!.support)).toContain('发展改革委');
    expect(d.tasks).toHaveLength(18);
  });
});

describe('17 穗卫函〔2023〕1930号, a 517 KB saved page with its 任务分工表 as an HTML table', () => {
  const d = doc('17');
  it('four joint issuers who sign on two lines, the date, the plan title', () => {
    expect(d.meta.docNumber).toBe('穗卫函〔2023〕1930号');
    expect(d.meta.issuers).toEqual(['广州市卫生健康委员会', '广州市财政局', '广州市人力资源和社会保障局', '广州市医疗保障局']);
    expect(d.meta.signedDate).toBe('2023-10-19');
    expect(d.meta.planTitle).toBe('关于推进广州市家庭医生签约服务高质量发展实施方案');
    expect(d.meta.web).toMatchObject({ 索引号: '11440100MB2C90856P/2023-00331', 文号: '穗卫函〔2023〕1930号' });
  });
  it('the table rows (rowspans expanded) give each item its lead and support', () => {
    expect(d.taskTable!.title).toBe('附件2关于推进广州市家庭医生签约服务高质量发展工作的任务分工表');
    expect(d.taskTable!.columns.slice(0, 5)).toEqual(['序号', '工作事项', '主要内容', '牵头单位', '配合单位']);
    expect(d.taskTable!.rows.every((r) => r.matchedId !== null)).toBe(true);
    expect(node(d, '2.1.1').title).toBe('有序扩大家庭医生来源');
    expect(names(node(d, '2.1.1').responsibility!.lead)).toEqual(['各区政府']);
    expect(names(node(d, '2.1.1').responsibility!.support)).toEqual(['市卫生健康委']);
    // `/` is an empty cell, not a unit
    expect(names(node(d, '2.1.3').responsibility!.support)).toEqual([]);
    expect(names(node(d, '3.1').responsibility!.lead)).toEqual(['各区政府']);
    // the page repeats 发布日期 with its view counter after it (浏览次数：-): kept in a diagnostic, not dropped
    expect(d.diagnostics).toEqual([
      expect.objectContaining({ code: 'unplaced-header-text', message: expect.stringContaining('浏览次数') }),
    ]);
  });
  it('targets, the appended indicator table, and the site around the article kept outside', () => {
    expect(targets(d)).toContain('2023 达80%');
    expect(d.appendices.map((a) => a.title)).toContain('附件1广州市家庭医生签约服务质量监测指标体系（2023年版）');
    expect(d.outside.map((o) => o.text)).toContain('高级搜索');
    expect(titles(d.sections)).toEqual(['主要目标', '主要任务', '组织实施']);
  });
});

describe('18 and 19: a 办法 and its 实施细则, regulations in articles', () => {
  const parent = doc('18');
  const child = doc('19');
  it('18: the metadata list, sixteen articles, cited ordinals never split an article', () => {
    expect(parent.meta).toMatchObject({ docNumber: '穗府办规〔2020〕10号', issuer: '广州市人民政府办公厅', signedDate: '2020-06-29' });
    expect(parent.meta.planTitle).toBe('广州市引进人才入户管理办法');
    expect(parent.meta.web).toMatchObject({ 统一编号: 'GZ0220200010', 实施日期: '2020年07月09日' });
    expect(parent.sections).toHaveLength(16);
    expect(node(parent, '5').children).toHaveLength(10);
    expect(node(parent, '6').children).toHaveLength(0);
    expect(node(parent, '6').title).toMatch(/^符合第五条第（一）（二）（三）（四）（五）项条件/);
  });
  it('19: two issuers, the title over three lines, five chapters of articles numbered on', () => {
    expect(child.meta.issuers).toEqual(['广州市人力资源和社会保障局', '广州市公安局']);
    expect(child.meta).toMatchObject({ docNumber: '穗人社规字〔2022〕2号', signedDate: '2022-07-07' });
    expect(child.meta.planTitle).toBe('广州市引进人才入户管理办法实施细则');
    expect(titles(child.sections)).toEqual(['总则', '引进在职人才入户', '引进应届高校毕业生入户', '监督检查', '附则']);
    expect(child.sections.flatMap((c) => c.children)).toHaveLength(23);
    expect(node(child, '2.13').children).toHaveLength(0);
    expect(child.diagnostics).toEqual([]);
  });
});

describe('32 甬政办发〔2007〕153号, a legal-database fragment', () => {
  const d = doc('32');
  it('the 文号 in brackets below the title, the Chinese-numeral date', () => {
    expect(d.meta).toMatchObject({ docNumber: '甬政办发〔2007〕153号', issuer: '宁波市人民政府办公厅', signedDate: '2007-08-07' });
    expect(d.meta.planTitle).toBe('2007年宁波市商贸流通服务业评价与奖励办法');
  });
  it('four chapters; the evaluation table kept as an appendix, its spans expanded', () => {
    expect(titles(d.sections)).toEqual(['评价对象', '奖项设置及评价内容', '评价原则', '评价程序']);
    expect(node(d, '2.1').children).toHaveLength(3);
    const rows = d.appendices.flatMap((a) => a.lines);
    expect(rows.filter((r) => r.startsWith('一、商贸经济发展奖\t'))).toHaveLength(3);
    expect(d.diagnostics).toEqual([]);
  });
});

describe('34 国发〔2018〕41号: 第一章 总 则 with spaced words', () => {
  const d = doc('34');
  it('nine chapters, the spaced titles whole', () => {
    expect(d.meta).toMatchObject({ docNumber: '国发〔2018〕41号', planTitle: '个人所得税专项附加扣除暂行办法', signedDate: '2018-12-13' });
    expect(d.sections).toHaveLength(9);
    expect(d.sections[0]!.title).toBe('总则');
    expect(d.sections[8]!.title).toBe('附则');
    expect(node(d, '1.1').marker).toBe('第一条');
  });
});
