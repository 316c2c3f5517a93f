// One small synthetic notice for each family of forms real notices use
// (issue: read every common form of structure, metadata and responsibility).
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../src/parse/parse-notice.js';
import { names, node } from './helpers.js';

const parse = (text: string) => parseNotice(text, { format: 'text' });
const outline = (text: string) => {
  const walk = (nodes: ReturnType<typeof parse>['sections']): string[] => nodes.flatMap((n) => [`${n.id} ${n.title}`, ...walk(n.children)]);
  return walk(parse(text).sections);
};
const who = (text: string, id = '1') => {
  const r = node(parse(text), id).responsibility;
  return r && { lead: names(r.lead), support: names(r.support), responsible: names(r.responsible), form: r.form };
};

describe('script and width', () => {
  it('traditional markers, keys and verbs; names as written, keys as their simplified forms', () => {
    const d = parse('一、總體要求\n（一）加強科普。（牽頭單位：區科協；配合單位：區教育局）\n');
    expect(d.sections[0]!.title).toBe('總體要求');
    const r = node(d, '1.1').responsibility!;
    expect(names(r.lead)).toEqual(['區科協']);
    expect(names(r.support)).toEqual(['區教育局']);
    expect(r.lead[0]!.canonical).toBe('科协');
  });
  it('full-width digits, ideographic spaces and zero-width characters inside markers', () => {
    expect(outline('一、甲\n１．乙。\n（１）丙。\n\u3000\u30002\u200b.丁。\n')).toEqual(['1 甲', '1.1 乙', '1.1.1 丙', '1.2 丁']);
  });
  it('dates with spaces, in ISO form, in full-width digits and Chinese numerals, with the 〇 lost', () => {
    const date = (line: string) =>
      parse(`关于印发甲方案的通知\n各单位：\n现印发。\n某市人民政府\n${line}\n甲方案\n一、乙\n`).meta.signedDate;
    expect(date('２０２２年６月２７日')).toBe('2022-06-27');
    expect(date('二〇二二年六月二十七日')).toBe('2022-06-27');
    expect(date('二○○七年八月七日')).toBe('2007-08-07');
    expect(date('一二年一月十二日')).toBe('2012-01-12');
    expect(date('2022 年 6 月 27 日')).toBe('2022-06-27');
    expect(date('2022-06-27')).toBe('2022-06-27');
  });
});

describe('responsibility wherever and however it is stated', () => {
  it.each([
    ['（区科协牵头，区教育局参与）', ['区科协'], ['区教育局'], []],
    ['（区科协、区科技局牵头，区教育局、区财政局等部门单位参与）', ['区科协', '区科技局'], ['区教育局', '区财政局'], []],
    ['（区科协牵头，各街道按职责分工负责）', ['区科协'], [], ['各街道']],
    ['（区科协负责）', [], [], ['区科协']],
    ['（区科协牵头负责）', ['区科协'], [], []],
    ['（责任单位：区科协、区教育局）', [], [], ['区科协', '区教育局']],
    ['（牵头单位：区科协；配合单位：区教育局）', ['区科协'], ['区教育局'], []],
    ['（牵头单位：区科协  责任单位：区教育局）', ['区科协'], [], ['区教育局']],
    ['（责任部门：区科协）', [], [], ['区科协']],
    ['（生态环境部、住房城乡建设部指导）', [], [], ['生态环境部', '住房城乡建设部']],
    ['（各市(区)人民政府、市交通委（市道运局）负责）', [], [], ['各市(区)人民政府', '市交通委（市道运局）']],
    ['（省发展改革委牵头；各市（州）人民政府负责）', ['省发展改革委'], [], ['各市（州）人民政府']],
    ['（市科委牵头落实，市财政局、能源局等省有关部门按职责分工落实）', ['市科委'], [], ['市财政局', '能源局', '省有关部门']],
  ])('%s closing an item', (attribution, lead, support, responsible) => {
    const r = who(`一、甲\n1.开展科普活动。${attribution}\n`, '1.1')!;
    expect([r.lead, r.support, r.responsible]).toEqual([lead, support, responsible]);
  });
  it('in a heading: the title without it, the lead on that chapter', () => {
    const d = parse('一、强化科技创新（区科技局牵头）\n（一）甲。\n');
    expect(d.sections[0]!.title).toBe('强化科技创新');
    expect(names(d.sections[0]!.responsibility!.lead)).toEqual(['区科技局']);
    expect(d.sections[0]!.responsibility!.form).toBe('heading');
  });
  it('a 牵头单位 / 责任单位 pair after each item belongs to that item', () => {
    const d = parse('一、甲\n1.乙。\n牵头单位：区科协\n责任单位：区教育局\n2.丙。\n牵头单位：区科技局\n');
    expect(names(node(d, '1.1').responsibility!.lead)).toEqual(['区科协']);
    expect(names(node(d, '1.1').responsibility!.responsible)).toEqual(['区教育局']);
    expect(names(node(d, '1.2').responsibility!.lead)).toEqual(['区科技局']);
    expect(d.sections[0]!.responsibility).toBeNull();
  });
  it('列第一位者为牵头单位，下同: the first unit listed leads, here and after', () => {
    const d = parse('一、甲\n（一）乙。（区科协、区教育局等负责。列第一位者为牵头单位，下同）\n（二）丙。（区科技局、区财政局负责）\n');
    expect(names(node(d, '1.1').responsibility!.lead)).toEqual(['区科协']);
    expect(names(node(d, '1.1').responsibility!.support)).toEqual(['区教育局']);
    expect(names(node(d, '1.2').responsibility!.lead)).toEqual(['区科技局']);
  });
  it('（第一责任单位为牵头单位，下同） on its own: the brackets of names after it say who leads and who supports', () => {
    const d = parse('一、甲\n（一）乙。（第一责任单位为牵头单位，下同）（市委宣传部、市科协）\n（二）丙。（市科协、市教育局）\n');
    expect(names(node(d, '1.1').responsibility!.lead)).toEqual(['市委宣传部']);
    expect(names(node(d, '1.1').responsibility!.support)).toEqual(['市科协']);
    expect(names(node(d, '1.2').responsibility!.lead)).toEqual(['市科协']);
    expect(names(node(d, '1.2').responsibility!.support)).toEqual(['市教育局']);
    // without the convention, a bracket of names is no attribution, nor is one that holds other words
    expect(who('一、甲\n（一）乙。（市委宣传部、市科协）\n', '1.1')).toBeNull();
    expect(who('一、甲\n（一）依托老年大学（学校、教学点）开展活动。（第一责任单位为牵头单位，下同）\n', '1.1')).toBeNull();
  });

  it('when it is due, as the attribution’s last clause: the deadline’s, no agency', () => {
    const d = parse('一、甲\n（一）乙。（市科协牵头，市教育局、市科技局参与，2023年底前完成）\n');
    expect(who('一、甲\n（一）乙。（市科协牵头，市教育局、市科技局参与，2023年底前完成）\n', '1.1')).toMatchObject({
      lead: ['市科协'],
      support: ['市教育局', '市科技局'],
      responsible: [],
    });
    expect(node(d, '1.1').deadline).toMatchObject({ raw: '2023年底前完成', kind: 'date', by: '2023-12' });
    expect(d.diagnostics).toEqual([]);
  });

  it('a semicolon before the district governments, with no verb after them: they are responsible', () => {
    expect(who('一、甲\n（一）乙。（市农业农村局牵头，市财政局参与；各区人民政府）\n', '1.1')).toMatchObject({
      lead: ['市农业农村局'],
      support: ['市财政局'],
      responsible: ['各区人民政府'],
    });
    // a run after the verb that is no list of names keeps the bracket from being an attribution
    expect(who('一、甲\n（一）乙。（详见附件；市财政局负责，按年度推进）\n', '1.1')).toBeNull();
  });

  it('a long attribution that holds a sentence: the sentence is no agency', () => {
    const r = who('一、甲\n1.乙。（以下政策措施均需各地区各部门认真贯彻落实并及时报送进展情况，区科协负责）\n', '1.1')!;
    expect(r.responsible).toEqual(['区科协']);
  });
  it('never drops a party: development zones, generic parties, doubtful names are kept', () => {
    const r = node(parse('一、甲\n1.乙。（立山经济开发区、区直各部门、税务局、各有关单位、区域局局负责）\n'), '1.1').responsibility!;
    expect(names(r.responsible)).toEqual(['立山经济开发区', '区直各部门', '税务局', '各有关单位', '区域局局']);
    expect(r.responsible.filter((a) => a.generic).map((a) => a.name)).toEqual(['区直各部门', '各有关单位']);
    expect(r.responsible.filter((a) => a.suspect).map((a) => a.name)).toEqual(['区域局局']);
  });
});

describe('structure', () => {
  it('第一章 and 第一条: parts hold articles, or chapters (一、), and articles number on across parts', () => {
    const d = parse(
      '第一章 总则\n第一条 为了规范人才入户，制定本办法。\n第二条 本办法适用于：\n（一）甲；\n（二）乙。\n第二章 条件\n第三条 申请人应当具备下列条件。\n',
    );
    expect(outline('第一章 总则\n第一条 为了规范人才入户，制定本办法。\n第二章 规划背景\n一、发展成效\n')).toEqual([
      '1 总则',
      '1.1 为了规范人才入户，制定本办法',
      '2 规划背景',
      '2.1 发展成效',
    ]);
    expect(d.sections.map((p) => [p.kind, p.marker, p.children.map((a) => `${a.kind} ${a.marker}`)])).toEqual([
      ['part', '第一章', ['article 第一条', 'article 第二条']],
      ['part', '第二章', ['article 第三条']],
    ]);
    expect(node(d, '1.2').children.map((c) => c.title)).toEqual(['甲；', '乙']);
  });
  it('decimal numbering on heading lines: 1 总则 / 1.1 编制目的 / 1.1.1', () => {
    expect(outline('1 总则\n1.1 编制目的\n为了健全机制，制定本预案。\n1.1.1 范围\n2 组织指挥体系\n到2025年达到1.5万人。\n')).toEqual([
      '1 总则',
      '1.1 编制目的',
      '1.1.1 范围',
      '2 组织指挥体系',
    ]);
  });
  it('⑴ and ⒈ markers', () => {
    expect(outline('一、甲\n⒈乙。\n⑴丙。\n⑵丁。\n⒉戊。\n')).toEqual(['1 甲', '1.1 乙', '1.1.1 丙', '1.1.2 丁', '1.2 戊']);
  });
  it('run-in text splits at the markers that open an element, never inside 《》 or numbers', () => {
    const text =
      '一、总体要求（一）指导思想。坚持《实施方案（2021—2025年）》的要求，到2025年达到2.5万人。（二）工作目标。1.目标一。2.目标二。二、保障措施';
    expect(outline(`${text}\n`)).toEqual(['1 总体要求', '1.1 指导思想', '1.2 工作目标', '1.2.1 目标一', '1.2.2 目标二', '2 保障措施']);
  });
  it('a heading wrapped after a comma is one heading; a heading never swallows the paragraph below it', () => {
    const d = parse(
      '一、把实施好宏观政策和深化改革结合起来，\n提高宏观政策实施的时效性和精准性\n（一）研究将财政资金直达机制实施中的好做法制度化并推广到各个地区和部门\n各地区要加强直达资金日常监控，确保资金落实到位、规范使用，及时总结经验做法。\n',
    );
    expect(d.sections[0]!.title).toBe('把实施好宏观政策和深化改革结合起来，提高宏观政策实施的时效性和精准性');
    expect(node(d, '1.1').title).toBe('研究将财政资金直达机制实施中的好做法制度化并推广到各个地区和部门');
    expect(node(d, '1.1').text).toBe('各地区要加强直达资金日常监控，确保资金落实到位、规范使用，及时总结经验做法。');
  });
  it('an item that opens with a year (3．2020年底前…) is an item, a decimal (2.5万) is not', () => {
    expect(outline('一、甲\n1.乙。（财政部负责）2.2020年底前完成丙。（税务总局负责）3.达到2.5万人。\n')).toEqual([
      '1 甲',
      '1.1 乙',
      '1.2 2020年底前完成丙',
      '1.3 达到2.5万人',
    ]);
  });
  it('a chapter heading that lost its number: a short line where the numbering starts again heads a chapter of its own', () => {
    const text = [
      '一、总体要求',
      '（一）指导思想',
      '以习近平新时代中国特色社会主义思想为指导。',
      '（二）发展目标',
      '到2025年，公民具备科学素质比例超过15%。',
      '重点任务',
      '（一）青少年科学素质提升行动',
      '激发青少年好奇心和想象力。',
      '（二）农民科学素质提升行动',
      '1.培育高素质农民。',
      '2.强化科技兴农。',
      '保障措施',
      '（一）加强组织领导',
      '各部门要加强领导。',
    ].join('\n');
    expect(outline(text)).toEqual([
      '1 总体要求',
      '1.1 指导思想',
      '1.2 发展目标',
      '2 重点任务',
      '2.1 青少年科学素质提升行动',
      '2.2 农民科学素质提升行动',
      '2.2.1 培育高素质农民',
      '2.2.2 强化科技兴农',
      '3 保障措施',
      '3.1 加强组织领导',
    ]);
    const d = parse(text);
    expect(d.sections.map((n) => [n.kind, n.marker])).toEqual([
      ['chapter', '一、'],
      ['chapter', ''],
      ['chapter', ''],
    ]);
    // the headings moved, no line lost: the sections before them keep only their own text
    expect(node(d, '1.2').text).toBe('到2025年，公民具备科学素质比例超过15%。');
    expect(node(d, '2.2.2').text).toBe('');
    expect(d.diagnostics).toEqual([]);
  });

  it('without a restart, a sentence, or a chapter above, a short last line stays text', () => {
    // the numbering goes on: 组织实施 is the section's last line
    expect(outline('一、甲\n（一）乙\n丙丁。\n组织实施\n（二）戊\n')).toEqual(['1 甲', '1.1 乙', '1.2 戊']);
    // a sentence before the restart is no heading
    expect(outline('一、甲\n（一）乙\n（二）丙\n各地要抓好落实。\n（一）丁\n')).toEqual(['1 甲', '1.1 乙', '1.2 丙', '1.3 丁']);
    // sections at the top, under no chapter: nothing shows a chapter level was lost
    expect(outline('（一）乙\n（二）丙\n重点任务\n（一）丁\n')).toEqual(['1 乙', '2 丙', '3 丁']);
  });

  it('一是…二是… inside a paragraph stays text', () => {
    expect(outline('一、甲\n一是加强宣传，二是加强培训。\n')).toEqual(['1 甲']);
  });
  it('a tab that only indents is no table row; HTML left in pasted text is removed', () => {
    const d = parse('\t一、总体要求\n<p align="left">（一）指导思想</p>\n坚持&nbsp;科学&amp;精神。\n');
    expect(outline('\t一、总体要求\n（一）指导思想\n')).toEqual(['1 总体要求', '1.1 指导思想']);
    expect(node(d, '1.1').text).toBe('坚持科学&精神。');
    expect(d.diagnostics).toEqual([]);
  });
});

describe('header and metadata', () => {
  it.each([
    ['厦海政办〔2022〕17号', '厦海政办〔2022〕17号'],
    ['穗南府[2022]7号', '穗南府〔2022〕7号'],
    ['鲁政字【2022】3号', '鲁政字〔2022〕3号'],
    ['湘政办发﹝2021﹞74號', '湘政办发〔2021〕74号'],
    ['国办发„2009‟3号', '国办发〔2009〕3号'],
    ['国发202214号', '国发〔2022〕14号'],
  ])('文号 %s', (raw, normalised) => {
    const d = parse(`${raw}\n关于印发甲方案的通知\n各单位：\n现印发。\n某市人民政府\n2022年1月1日\n甲方案\n一、乙\n`);
    expect(d.meta.docNumber).toBe(normalised);
    expect(d.meta.docNumberRaw).toBe(raw);
  });
  it('a note on the seal under the signature (代章) is kept, and is no issuer', () => {
    const d = parse('关于印发甲方案的通知\n各省级科协：\n现印发。\n中国科协\n（中国科协办公厅代章）\n2022年6月1日\n甲方案\n一、乙\n');
    expect(d.meta).toMatchObject({
      issuer: '中国科协',
      signatories: ['中国科协'],
      seal: '（中国科协办公厅代章）',
      signedDate: '2022-06-01',
    });
    // at the end of a notice that is itself the document
    const closing = parse('甲方案\n一、乙\n丙丁。\n某市人民政府办公室\n(代章)\n2022年6月1日\n');
    expect(closing.meta).toMatchObject({ signatories: ['某市人民政府办公室'], seal: '(代章)' });
    expect(closing.diagnostics).toEqual([]);
  });

  it('a metadata list with each value on the line below its key; an empty key at the end of a block stays empty', () => {
    const d = parseNotice(
      '* 索引号：\n  000014349/2022-00041\n* 成文日期：\n  2022年06月27日\n* 发文字号：\n  国办发〔2022〕20号\n\n国务院办公厅关于印发甲方案的通知\n\n各单位：\n\n现印发。\n\n国务院办公厅\n\n2022年6月27日\n\n甲方案\n\n一、乙\n',
      { format: 'markdown' },
    );
    expect(d.meta.web).toEqual({ 索引号: '000014349/2022-00041', 成文日期: '2022年06月27日', 发文字号: '国办发〔2022〕20号' });
    expect(d.meta).toMatchObject({ docNumber: '国办发〔2022〕20号', signatories: ['国务院办公厅'], cover: '现印发。' });
    expect(d.diagnostics).toEqual([]);
    const empty = parse('索引号：000014349/2019-00003\n主题词：\n国发〔2019〕3号\n国务院关于甲的意见\n一、乙\n');
    expect(empty.meta.web).toMatchObject({ 主题词: '' });
    expect(empty.meta.docNumber).toBe('国发〔2019〕3号');
  });

  it('metadata labels with their colon lost, or two pairs a line', () => {
    const d = parse('发文字号 青政发〔2022〕6号\n发文机关: 青岛市人民政府 成文日期: 2022-03-01\n青岛市科普实施方案\n一、总体要求\n');
    expect(d.meta.web).toMatchObject({ 发文字号: '青政发〔2022〕6号', 发文机关: '青岛市人民政府', 成文日期: '2022-03-01' });
    expect(d.meta).toMatchObject({
      docNumber: '青政发〔2022〕6号',
      issuer: '青岛市人民政府',
      signedDate: '2022-03-01',
      planTitle: '青岛市科普实施方案',
    });
  });
  it('a 文号 cited in the body is never the notice’s own', () => {
    expect(parse('甲方案\n根据《乙》（国发〔2021〕9号），制定本方案。\n一、丙\n').meta.docNumber).toBeNull();
  });
  it('a gazette’s running header between pages (2023年3月 第1期 某市政府公报 5) is outside the notice', () => {
    const d = parse('甲方案\n一、乙\n丙丁。\n2023年3月 第1期 某市政府公报 5\n某市人民政府公报 2023年第1期 6\n戊己。\n');
    expect(d.outside.map((o) => o.text)).toEqual(['2023年3月 第1期 某市政府公报 5', '某市人民政府公报 2023年第1期 6']);
    expect(node(d, '1').text).toBe('丙丁。\n戊己。');
  });

  it('a news story’s lead-in above a repost (日前，…印发《…》。全文如下：) is outside; the same sentence in the body is text', () => {
    const d = parse(
      '日前，某市人民政府办公室印发《某市科普实施方案》。全文如下：\n某市科普实施方案\n一、乙\n日前，国务院印发《纲要》，作出部署。\n',
    );
    expect(d.outside.map((o) => o.text)).toEqual(['日前，某市人民政府办公室印发《某市科普实施方案》。全文如下：']);
    expect(d.meta.planTitle).toBe('某市科普实施方案');
    expect(node(d, '1').text).toBe('日前，国务院印发《纲要》，作出部署。');
    expect(d.diagnostics).toEqual([]);
  });

  it('《》 around a plan title are removed; site furniture stays outside', () => {
    const d = parse('首页 > 政策文件 > 通知公告\n《甲市科普实施方案》\n为推进工作，制定本方案。\n一、总体要求\n打印本页\n');
    expect(d.meta.planTitle).toBe('甲市科普实施方案');
    expect(d.outside.map((o) => o.text)).toEqual(['首页 > 政策文件 > 通知公告', '打印本页']);
  });
});

describe('a table of contents before the body', () => {
  it('is recorded outside; the body is read once', () => {
    const d = parse(
      '某某市实施方案\n一、总体要求\n二、重点任务\n（一）加强科普\n一、总体要求\n坚持科学发展。\n二、重点任务\n（一）加强科普\n普及知识。\n',
    );
    expect(
      outline('一、总体要求\n二、重点任务\n（一）加强科普\n一、总体要求\n坚持科学发展。\n二、重点任务\n（一）加强科普\n普及知识。\n'),
    ).toEqual(['1 总体要求', '2 重点任务', '2.1 加强科普']);
    expect(d.outside.map((o) => o.text)).toEqual(['一、总体要求', '二、重点任务', '（一）加强科普']);
  });
  it('headings without text that the body does not repeat stay chapters', () => {
    expect(outline('一、总体要求\n二、重点任务\n三、保障措施\n加强领导。\n')).toEqual(['1 总体要求', '2 重点任务', '3 保障措施']);
  });
});

describe('a task table flattened to one cell a line (a gazette page copied as text)', () => {
  const body = '某某区科普实施方案\n一、重点任务\n（一）加强青少年科学教育。\n（二）建设科普基地。\n（三）培育科普人才。\n';
  const rows = (text: string) => parse(text).taskTable?.rows.map((r) => [r.point, r.lead, r.support, r.matchedId]);

  it('rows start at the next 序号; a cell wrapped over two lines stays one cell', () => {
    const table =
      '某某区科普实施方案任务分工表\n序号\n工作任务\n牵头单位\n配合单位\n1\n加强青少年科学教育\n区教育局\n区科协、团区委\n' +
      '2\n建设科普基地\n区科技局\n区文化广电旅游\n体育局\n3\n培育科普人才\n区人社局\n区科协\n抄送：市科协。\n';
    expect(rows(body + table)).toEqual([
      ['加强青少年科学教育', '区教育局', '区科协、团区委', '1.1'],
      ['建设科普基地', '区科技局', '区文化广电旅游体育局', '1.2'],
      ['培育科普人才', '区人社局', '区科协', '1.3'],
    ]);
    expect(parse(body + table).diagnostics).toEqual([]);
  });

  it('without 序号, a row every as many lines as the header has cells', () => {
    const table = '任务分工表\n工作任务\n牵头单位\n配合单位\n加强青少年科学教育\n区教育局\n区科协\n建设科普基地\n区科技局\n区文旅局\n';
    expect(rows(body + table)?.map((r) => r.slice(0, 3))).toEqual([
      ['加强青少年科学教育', '区教育局', '区科协'],
      ['建设科普基地', '区科技局', '区文旅局'],
    ]);
  });

  it('a title followed by ordinary lines is no flattened table', () => {
    const d = parse(body + '任务分工表\n工作任务\t牵头单位\t配合单位\n加强青少年科学教育\t区教育局\t区科协\n');
    expect(d.taskTable?.rows).toHaveLength(1);
  });
});

describe('line ends', () => {
  it('U+2028, U+2029, NEL and a lone CR end lines as LF does', () => {
    const text = '某某实施方案\u2028一、总体要求\u2028（一）甲。\u2029二、重点任务\u0085（一）乙。\r三、保障措施\r加强领导。\n';
    expect(outline(text)).toEqual(['1 总体要求', '1.1 甲', '2 重点任务', '2.1 乙', '3 保障措施']);
    expect(parse(text).sections[2]!.text).toBe('加强领导。');
  });
});

describe('nothing above the notice title is dropped', () => {
  it('a line taken for the issuer above the title, when the signature names the issuer, is reported', () => {
    const d = parse(
      '长者服务专区\n广东省人民政府办公厅关于印发某某实施方案的通知\n粤府办〔2023〕5号\n各地级以上市人民政府：\n现将方案印发给你们，请认真组织实施。\n广东省人民政府办公厅\n2023年3月17日\n某某实施方案\n一、总体要求\n加强领导。\n',
    );
    expect(d.meta.issuer).toBe('广东省人民政府办公厅');
    expect(d.diagnostics).toMatchObject([{ code: 'unplaced-header-text', line: 1, message: expect.stringContaining('长者服务专区') }]);
  });
  it('the issuer printed above its own title is no stray line', () => {
    const d = parse(
      '广东省人民政府办公厅\n广东省人民政府办公厅关于印发某某实施方案的通知\n粤府办〔2023〕5号\n某某实施方案\n一、总体要求\n加强领导。\n',
    );
    expect(d.diagnostics).toEqual([]);
  });
});

describe('nothing after the body is dropped', () => {
  it('a chapter after the task table keeps its title and its sections', () => {
    const text =
      '某某实施方案\n一、总体要求\n（一）加强领导。\n任务分工表\n项目\t要点\t牵头单位\t配合单位\n\t（一）加强领导。\t区科协\t\n二、保障措施\n（一）加强保障。\n';
    expect(outline(text)).toEqual(['1 总体要求', '1.1 加强领导', '2 保障措施', '2.1 加强保障']);
    expect(parse(text).diagnostics.filter((d) => d.code === 'parse-error')).toEqual([]);
  });
  it('a group heading inside the table still groups its rows', () => {
    const d = parse(
      '某某实施方案\n一、提升行动\n（一）加强领导。\n任务分工表\n一、提升行动\n项目\t要点\t牵头单位\t配合单位\n\t（一）加强领导。\t区科协\t\n',
    );
    expect(d.taskTable?.rows.map((r) => [r.part, r.lead])).toEqual([['提升行动', '区科协']]);
    expect(d.sections).toHaveLength(1);
  });
  it('a second 印发 line is reported, not written over the first', () => {
    const d = parse(
      '某某实施方案\n一、总体要求\n加强领导。\n抄送：市科协。\n某某区人民政府办公室    2022年6月27日印发\n某某区科协    2022年6月28日印发\n',
    );
    expect(d.meta).toMatchObject({ printedBy: '某某区人民政府办公室', printedDate: '2022-06-27' });
    expect(d.diagnostics.map((x) => x.message).join('\n')).toMatch(/某某区科协[\s\S]*2022年6月28日印发/);
  });
  it('a second publicity line is reported', () => {
    const d = parse('某某实施方案\n一、总体要求\n加强领导。\n（此件公开发布）\n（此件主动公开）\n');
    expect(d.meta.publicity).toBe('此件公开发布');
    expect(d.diagnostics.map((x) => x.message).join('\n')).toContain('此件主动公开');
  });
});

describe('Markdown that remark reads as markup', () => {
  it('footnotes and link definitions are kept as text, not dropped', () => {
    const d = parseNotice('# 某某实施方案\n\n一、总体要求\n\n加强领导。[^1]\n\n[^1]: 脚注内容。\n\n[附件1]: http://example.com/a.pdf\n', {
      format: 'markdown',
    });
    const everything = JSON.stringify(d);
    expect(d.sections[0]!.text).toContain('加强领导。[^1]');
    expect(everything).toContain('脚注内容。');
    expect(everything).toContain('[附件1]: http://example.com/a.pdf');
  });
});
