import { describe, expect, it } from 'vitest';
import { ingest } from '../src/parse/ingest/ingest.js';
import { removeCjkSpaces, repair } from '../src/parse/repair.js';

const texts = (text: string, format: 'text' | 'markdown' = 'text') => repair(ingest(text, format), format).map((l) => l.text);

describe('line repair', () => {
  it('joins a sentence broken by a blank line (haicang 康乐家 / 园)', () => {
    expect(texts('13. 加强健康科普服务。普及知识。参与“老年人健身康乐家\n\n园”创建活动。\n')).toEqual([
      '13.加强健康科普服务。普及知识。参与“老年人健身康乐家园”创建活动。',
    ]);
  });

  it('records page numbers outside and joins across them (nansha 实施5 / — 5 **—** / 项提升行动)', () => {
    const notice = (text: string) =>
      repair(ingest(text, 'text'), 'text')
        .filter((l) => !l.outside)
        .map((l) => l.text);
    const outside = (text: string) =>
      repair(ingest(text, 'text'), 'text')
        .filter((l) => l.outside)
        .map((l) => l.text);
    const broken = '提高劳动、生产、创新创造的技能,在"十四五"时期实施5\n\n— 5 **—**\n\n项提升行动。\n';
    expect(notice(broken)).toEqual(['提高劳动、生产、创新创造的技能,在"十四五"时期实施5项提升行动。']);
    expect(outside(broken)).toEqual(['— 5 **—**']);
    expect(notice('— 7 —\n— 12 **—**\n第3页\n')).toEqual([]);
    expect(outside('— 7 —\n— 12 **—**\n第3页\n')).toEqual(['— 7 —', '— 12 **—**', '第3页']);
  });

  it('removes spaces that extraction put inside CJK text, keeps them between Latin words', () => {
    expect(removeCjkSpaces('区卫生健 康局')).toBe('区卫生健康局');
    expect(removeCjkSpaces('到 2025 年，比例超过 16%')).toBe('到2025年，比例超过16%');
    expect(removeCjkSpaces('时间:2022-07-13 16:28')).toBe('时间:2022-07-13 16:28');
  });

  it('strips PDF bullet prefixes and reads 一一 as a dash bullet', () => {
    expect(texts('- 1.将弘扬科学精神。\n - ——坚持协同推进。\n- 一一扩大开放合作。\n')).toEqual([
      '1.将弘扬科学精神。',
      '——坚持协同推进。',
      '——扩大开放合作。',
    ]);
  });

  it('does not join a title line to the paragraph after it', () => {
    expect(texts('（一）指导思想\n以习近平新时代中国特色社会主义思想为指导，深入贯彻。\n')).toHaveLength(2);
    expect(texts('漳平市“十四五”全民科学素质行动规划纲要实施方案\n\n为深入实施国务院纲要，制定本方案。\n')).toHaveLength(2);
  });

  it('joins a title split across lines (huancui 纲要 / 实施方案（2021—2025年）)', () => {
    expect(texts('威海市环翠区全民科学素质行动规划纲要\n\n实施方案（2021—2025年）\n')).toEqual([
      '威海市环翠区全民科学素质行动规划纲要实施方案（2021—2025年）',
    ]);
  });

  it('never joins onto a new element', () => {
    expect(texts('加强科学素质在线开放课程建设和共享普及，加强\n责任单位：区科协牵头。\n')).toHaveLength(2);
    expect(texts('厦门市海沧区人民政府办公室文件\n厦海政办〔2022〕17号\n')).toHaveLength(2);
    expect(texts('厦门市海沧区人民政府办公室\n2022年6月27日\n')).toHaveLength(2);
  });

  it('marks web-page junk as outside the notice, never joined to a line', () => {
    const lines = repair(
      ingest('（此件主动公开）\n\n附件下载\n\n扫一扫在手机上查看当前页面\n\n相关解读\n文字解读\n媒体报道\n', 'text'),
      'text',
    );
    expect(lines.filter((l) => !l.outside).map((l) => l.text)).toEqual(['（此件主动公开）']);
    expect(lines.filter((l) => l.outside).map((l) => l.text)).toEqual([
      '附件下载',
      '扫一扫在手机上查看当前页面',
      '相关解读',
      '文字解读',
      '媒体报道',
    ]);
  });

  it('tells furniture from a paragraph that mentions it', () => {
    const lines = repair(
      ingest('您现在的位置:首页 > 科技创新 > 政策动态\n借助各类科普微信公众号、QQ群等信息化途径，增加农民学习科学知识渠道。\n', 'text'),
      'text',
    );
    expect(lines.map((l) => l.outside ?? false)).toEqual([true, false]);
  });

  it('keeps Markdown markup out of the text and keeps ordered-list numbers', () => {
    expect(texts('## 一、总体要求\n\n#### **四、组织实施**\n\n---\n\n1. 加强青少年科学教育。\n', 'markdown')).toEqual([
      '一、总体要求',
      '四、组织实施',
      '1.加强青少年科学教育。',
    ]);
  });

  it('splits a Markdown hard break into lines and joins what was broken (haicang 培训 / 工作。)', () => {
    expect(
      texts('16. 加强科学素质教育培训。大力开展基层领导干部和公务员科学素质培训\n\n工作。  \n责任单位：区委组织部牵头。\n', 'markdown'),
    ).toEqual(['16.加强科学素质教育培训。大力开展基层领导干部和公务员科学素质培训工作。', '责任单位：区委组织部牵头。']);
  });

  it('maps joined lines back to the input lines they came from', () => {
    const [line] = repair(ingest('第一行很长很长很长很长很长很长很长的句子，\n\n第二行。\n', 'text'), 'text');
    expect(line).toMatchObject({ startLine: 1, endLine: 3 });
    expect(line!.segments.map((s) => s.line)).toEqual([1, 3]);
  });

  it('joins a plan title set on two short lines, and nothing that only looks like one', () => {
    expect(texts('广东省进一步加大力度支持民间\n\n投资发展的实施方案\n')).toEqual(['广东省进一步加大力度支持民间投资发展的实施方案']);
    expect(texts('某某市科学素质\n行动规划纲要（2021—2025年）\n')).toEqual(['某某市科学素质行动规划纲要（2021—2025年）']);
    // an issuer above a title, a finished title, a sentence: apart
    expect(texts('广东省人民政府办公厅\n广东省科普实施方案\n')).toEqual(['广东省人民政府办公厅', '广东省科普实施方案']);
    expect(texts('某某市实施方案\n保障措施\n')).toEqual(['某某市实施方案', '保障措施']);
    expect(texts('现将方案印发给你们，请认真执行。\n某某市实施方案\n')).toEqual(['现将方案印发给你们，请认真执行。', '某某市实施方案']);
  });
});
