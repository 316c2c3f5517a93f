import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../grammars/lexer.js';
import { isNoticeTitle } from '../grammars/patterns.js';

function kinds(text: string): string[] {
  const { tokens, errors } = tokenize(text);
  expect(errors).toEqual([]);
  return tokens.map((t) => t.tokenType.name).filter((n) => n !== 'Newline');
}

describe('lexer: one token per line-start element', () => {
  it.each([
    ['一、总体要求', ['ChapterMarker', 'Text']],
    ['十二、附则', ['ChapterMarker', 'Text']],
    ['（一）指导思想', ['SectionMarker', 'Text']],
    ['(一)青少年科学素质提升行动', ['SectionMarker', 'Text']],
    ['（ 一 ）指导思想', ['SectionMarker', 'Text']],
    ['1.加强青少年科学教育。', ['ItemMarker', 'Text']],
    ['1．加强青少年科学教育。', ['ItemMarker', 'Text']],
    ['1、加强青少年科学教育。', ['ItemMarker', 'Text']],
    ['17. 加强心理危机干预。', ['ItemMarker', 'Text']],
    ['（1）开展活动。', ['SubItemMarker', 'Text']],
    ['(2)开展活动。', ['SubItemMarker', 'Text']],
    ['①开展活动。', ['CircledMarker', 'Text']],
    ['——坚持协同推进。', ['DashMarker', 'Text']],
    ['责任单位：区教育局牵头，区科协参加。', ['ResponsibilityKey', 'Text']],
    ['牵头部门:区科协', ['ResponsibilityKey', 'Text']],
    ['抄送：区委办、区人大办。', ['CcKey', 'Text']],
    ['相关单位：区科协', ['RelatedKey', 'Text']],
    ['厦海政办〔2022〕17号', ['DocNumberLine']],
    ['穗南府[2022]7号', ['DocNumberLine']],
    ['2022年6月27日', ['DateLine']],
    ['广州市南沙区人民政府2022年12月9日', ['SignatureLine']],
    ['2022年6月27日印发', ['PrintedLine']],
    ['（此件主动公开）', ['PublicityLine']],
    ['公开方式:主动公开', ['PublicityLine']],
    ['厦门市海沧区人民政府办公室关于印发海沧区实施方案的通知', ['NoticeTitleLine']],
    ['备注/文号:漳政综〔2022〕37号', ['WebMetaLine']],
    ['南沙区实施方案(2022-2025年)任务分工表', ['TaskTableTitle']],
    ['\t1.将弘扬科学精神贯穿于育人全链条。\t区教育局\t区科协', ['TableRow']],
    ['为进一步明确重点任务，制定本方案。', ['Text']],
  ])('%s', (line, expected) => {
    expect(kinds(`${line}\n`)).toEqual(expected);
  });

  it('does not take numbers inside a line for markers', () => {
    expect(kinds('实施计划2.0，培训1.2万人次。\n')).toEqual(['Text']);
    expect(kinds('2025年全区公民具备科学素质的比例达到18%。\n')).toEqual(['Text']);
    expect(kinds('2.5元/人\n')).toEqual(['Text']);
  });

  it('matches markers only at the start of a line', () => {
    expect(kinds('见（一）和1.所述。\n')).toEqual(['Text']);
  });
});

describe('isNoticeTitle reads a line from both ends', () => {
  // the pattern it replaces, which backtracked through a long line
  const PATTERN = /(?:关于)?印发.+(?:的通知|》)$|关于.+的[\u4e00-\u9fa5]{0,4}(?:通知|意见|决定|批复|规定|办法)$/;
  it('agrees with the pattern on every line made of title pieces', () => {
    const pieces = ['关于', '印发', '的', '通知', '》', '《', '意见', '实施', '市', '、', '办法', '决定', 'A', '于', '发'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const line = parts.join('');
        expect(isNoticeTitle(line), line).toBe(PATTERN.test(line));
      }),
      { numRuns: 5000, seed: 7 },
    );
  });
  it('reads a line of 87,000 关于印发', () => {
    expect(isNoticeTitle('关于印发'.repeat(87_000))).toBe(false);
    expect(isNoticeTitle(`${'关于印发'.repeat(87_000)}的通知`)).toBe(true);
  });
});
