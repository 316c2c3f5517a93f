import { describe, expect, it } from 'vitest';
import { canonicalAgency, isSuspectName, readRun, toAgencies, type NameProblem } from '../src/parse/responsibility/agencies.js';
import { attributions, readAttributions, responsibilityFromLine, tableResponsibility } from '../src/parse/responsibility/statement.js';
import type { Span } from '../src/model/schema.js';

const textResponsibility = (text: string, span: Span) => readAttributions(attributions(text), span);
import { names } from './helpers.js';

const span = { startLine: 1, endLine: 1 };

describe('responsibility forms', () => {
  it('form 1: a line after a group, 牵头 and 参加', () => {
    const { responsibility: r } = responsibilityFromLine(
      '责任单位：区教育局、区科协牵头，区委文明办、区工信局（科技局）、海沧生态环境局、团区委等参加。',
      span,
    );
    expect(names(r.lead)).toEqual(['区教育局', '区科协']);
    expect(names(r.support)).toEqual(['区委文明办', '区工信局（科技局）', '海沧生态环境局', '团区委']);
    expect(r.responsible).toEqual([]);
    expect(r.form).toBe('line');
  });

  it('form 1: support words vary (配合, 等单位配合), 和各街道 splits', () => {
    const a = responsibilityFromLine(
      '责任单位：市总工会牵头，市委宣传部、文明办，市教育局、科技局，团市委、妇联、科协等单位配合。',
      span,
    ).responsibility;
    expect(names(a.support)).toEqual(['市委宣传部', '市委文明办', '市教育局', '市科技局', '团市委', '市妇联', '市科协']);
    const b = responsibilityFromLine('责任单位：区农业农村局牵头，区妇联、区科协和各街道参加。', span).responsibility;
    expect(names(b.support)).toEqual(['区妇联', '区科协', '各街道']);
  });

  it('form 2: inline 牵头部门 in a section introduction', () => {
    const read = textResponsibility('激发青少年好奇心和想象力。（牵头部门：区教育和体育局、区科学技术协会）', span)!;
    expect(names(read.responsibility.lead)).toEqual(['区教育和体育局', '区科学技术协会']);
    expect(read.responsibility.form).toBe('inline');
  });

  it('form 2: 牵头单位 and 配合单位 in one bracket', () => {
    const r = textResponsibility('开展活动。（牵头单位：市科协；配合单位：市教育局、市科技局）', span)!.responsibility;
    expect(names(r.lead)).toEqual(['市科协']);
    expect(names(r.support)).toEqual(['市教育局', '市科技局']);
  });

  it('form 3: item-level 按职责分工负责 and 负责 give responsible', () => {
    const a = textResponsibility(
      '培养实践能力。（区委宣传部、区教育和体育局、团区委、区科学技术协会按职责分工负责）',
      span,
    )!.responsibility;
    expect(names(a.responsible)).toEqual(['区委宣传部', '区教育和体育局', '团区委', '区科学技术协会']);
    expect(a.lead).toEqual([]);
    expect(names(textResponsibility('有效落实。（区委组织部负责）', span)!.responsibility.responsible)).toEqual(['区委组织部']);
    expect(textResponsibility('依托老年大学（学校、教学点）等开展活动。', span)).toBeNull();
  });

  it('form 4: a task table row', () => {
    const r = tableResponsibility('row', '区总工会', '区人社局、区妇联', span).responsibility;
    expect(names(r.lead)).toEqual(['区总工会']);
    expect(names(r.support)).toEqual(['区人社局', '区妇联']);
    expect(r.form).toBe('table');
  });

  it('form 5: a closing line without 牵头 gives responsible', () => {
    const r = responsibilityFromLine('责任单位:市全民科学素质工作领导小组成员单位,各乡镇(街道)人民政府(办事处)。', span).responsibility;
    expect(names(r.responsible)).toEqual(['市全民科学素质工作领导小组成员单位', '各乡镇(街道)人民政府(办事处)']);
    expect(r.lead).toEqual([]);
  });

  it('other forms: （责任单位：…） and （各成员单位）', () => {
    expect(names(textResponsibility('加强统筹。（责任单位：市发改委、市财政局）', span)!.responsibility.responsible)).toEqual([
      '市发改委',
      '市财政局',
    ]);
    expect(names(textResponsibility('加强统筹。（责任部门：市科协）', span)!.responsibility.responsible)).toEqual(['市科协']);
  });
});

describe('agency names', () => {
  it('inherits the prefix within a run', () => {
    expect(readRun('市委宣传部、文明办').map((n) => n.name)).toEqual(['市委宣传部', '市委文明办']);
    expect(readRun('市科技局、工信局、人社局').map((n) => n.name)).toEqual(['市科技局', '市工信局', '市人社局']);
    expect(readRun('团市委、妇联、社科联').map((n) => n.name)).toEqual(['团市委', '市妇联', '市社科联']);
    expect(readRun('市委组织部、宣传部、文明办').map((n) => n.name)).toEqual(['市委组织部', '市委宣传部', '市委文明办']);
  });

  it('keeps 区工信局（科技局） as one agency with an alias', () => {
    const run = readRun('区工信局（科技局）、区财政局');
    expect(run.map((n) => n.name)).toEqual(['区工信局（科技局）', '区财政局']);
    expect(canonicalAgency('区工信局（科技局）')).toBe(canonicalAgency('区工信局'));
  });

  it.each([
    ['区科学技术协会', '区科协'],
    ['区卫生健康局', '区卫健局'],
    ['区人力资源和社会保障局', '区人社局'],
    ['市科协', '区科协'],
    ['市卫健委', '区卫生健康局'],
    ['团市委', '团区委'],
  ])('%s and %s share one canonical key', (a, b) => {
    expect(canonicalAgency(a)).toBe(canonicalAgency(b));
  });

  it('distinguishes different bodies', () => {
    expect(canonicalAgency('区科学技术局')).not.toBe(canonicalAgency('区科学技术协会'));
    expect(canonicalAgency('区委宣传部')).not.toBe(canonicalAgency('区委组织部'));
  });

  it('treats OCR garbage as suspect, real names as not', () => {
    for (const bad of ['区政局', '区政局局', '区区政局局', '区域局局', '区域市区区域', '区域', '下规划和自然资源局', '区住房城乡建商局'])
      expect(isSuspectName(bad), bad).toBe(true);
    for (const good of [
      '区民政局',
      '工业园区管委会',
      '明珠科学园筹建办',
      '市公安局南沙区分局',
      '各街道',
      '海沧生态环境局',
      '市全民科学素质工作领导小组成员单位',
      // a generic 行政部门 or 机关 is a name of its own, not damage (国发〔2019〕4号)
      '人力资源社会保障行政部门',
      '各级教育行政部门',
      '县级以上地方人民政府有关部门',
      '税务机关',
    ]) {
      expect(isSuspectName(good), good).toBe(false);
    }
  });

  it('drops repeats and keeps garbage marked suspect, reporting each name once', () => {
    const problems: NameProblem[] = [];
    const agencies = toAgencies(readRun('区委宣传部、区教育局、区教育局、区政局、区政局、区域、区域'), problems);
    expect(names(agencies)).toEqual(['区委宣传部', '区教育局', '区政局', '区域']);
    expect(agencies.map((a) => a.suspect ?? false)).toEqual([false, false, true, true]);
    expect(problems).toEqual([
      { code: 'repeated-agency', name: '区教育局', raw: '区教育局' },
      { code: 'suspect-agency', name: '区政局', raw: '区政局' },
      { code: 'suspect-agency', name: '区域', raw: '区域' },
    ]);
  });
});
