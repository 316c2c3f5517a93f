import { describe, expect, it } from 'vitest';
import { normaliseDocNumber } from '../src/parse/header.js';
import { parseNotice } from '../src/parse/parse-notice.js';

const meta = (text: string) => parseNotice(text, { format: 'text' }).meta;

const NOTICE = `厦门市海沧区人民政府办公室文件
厦海政办〔2022〕17号
厦门市海沧区人民政府办公室关于印发海沧区全民科学素质行动规划纲要实施方案的通知
区直各办、局，各街道办事处，各有关单位：
《实施方案》已经区政府研究同意，现印发给你们，请认真贯彻执行。
厦门市海沧区人民政府办公室
2022年6月27日
（此件主动公开）
海沧区全民科学素质行动规划纲要实施方案
根据《厦门市实施方案》（厦府办〔2022〕44号）精神，制定本方案。
一、总体要求
抄送：区委办、区人大办、区政协办。
厦门市海沧区人民政府办公室
2022年6月27日印发
`;

describe('header and footer metadata', () => {
  it('reads every element of a regular notice', () => {
    expect(meta(NOTICE)).toMatchObject({
      docNumber: '厦海政办〔2022〕17号',
      issuer: '厦门市海沧区人民政府办公室',
      noticeTitle: '厦门市海沧区人民政府办公室关于印发海沧区全民科学素质行动规划纲要实施方案的通知',
      planTitle: '海沧区全民科学素质行动规划纲要实施方案',
      addressees: ['区直各办、局', '各街道办事处', '各有关单位'],
      signedDate: '2022-06-27',
      publicity: '此件主动公开',
      cc: ['区委办', '区人大办', '区政协办'],
      printedBy: '厦门市海沧区人民政府办公室',
      printedDate: '2022-06-27',
    });
  });

  it.each([
    ['穗南府[2022]7号', '穗南府〔2022〕7号'],
    ['穗南府【2022】7号', '穗南府〔2022〕7号'],
    ['泉政办（2022）25号', '泉政办〔2022〕25号'],
    ['厦海政办〔2022〕17号', '厦海政办〔2022〕17号'],
  ])('normalises the brackets of %s', (raw, expected) => {
    expect(normaliseDocNumber(raw)).toBe(expected);
    expect(meta(NOTICE.replace('厦海政办〔2022〕17号', raw))).toMatchObject({ docNumber: expected, docNumberRaw: raw });
  });

  it('never takes a number cited in the body', () => {
    expect(meta(NOTICE.replace('厦海政办〔2022〕17号\n', '')).docNumber).toBeNull();
  });

  it('reads a web page metadata block', () => {
    const m = meta(`• 索 引 号:LY07100-0300-2022-00006
  • 备注/文号:漳政综〔2022〕37号
  • 发布机构:漳平市人民政府
来源:漳平市人民政府 时间:2022-07-13 16:28
漳平市人民政府关于印发漳平市实施方案的通知
各乡(镇)人民政府、街道办事处,市直各有关单位:
现印发给你们。
漳平市人民政府
2022年7月1日
一、指导思想
`);
    expect(m).toMatchObject({ docNumber: '漳政综〔2022〕37号', issuer: '漳平市人民政府', signedDate: '2022-07-01' });
    expect(m.web).toMatchObject({ 索引号: 'LY07100-0300-2022-00006', 来源: '漳平市人民政府', 时间: '2022-07-13 16:28' });
  });

  it('reads joint signatures under a cover letter that ends without a full stop (a contact line)', () => {
    for (const format of ['text', 'markdown'] as const) {
      const m = parseNotice(
        '广州市卫生健康委等2部门关于印发某某实施方案的通知\n各区卫生健康局：\n现印发给你们，请贯彻执行。\n市卫生健康委联系人：孙某，联系电话：81085234\n' +
          '广州市卫生健康委员会\n广州市医疗保障局\n2023年10月19日\n某某实施方案\n一、主要目标\n到2025年，签约率达到40%。\n',
        { format },
      ).meta;
      expect(m.signatories).toEqual(['广州市卫生健康委员会', '广州市医疗保障局']);
      expect(m.cover?.endsWith('联系电话：81085234')).toBe(true);
      expect(m.signedDate).toBe('2023-10-19');
    }
  });

  it('reads a signature and date on one line, and 公开方式', () => {
    const m = meta(
      '关于印发实施方案的通知\n各单位:\n现印发。\n广州市南沙区人民政府 2022年12月9日\n一、前言\n公开方式: 主动公开\n抄送: 区人大办,区政协办。\n',
    );
    expect(m).toMatchObject({
      issuer: '广州市南沙区人民政府',
      signedDate: '2022-12-09',
      publicity: '主动公开',
      cc: ['区人大办', '区政协办'],
    });
  });

  it('reads a 印发 line that names the office', () => {
    const m = meta('一、甲\n抄送：区法院， \n\n区检察院，区人武部。\n威海市环翠区人民政府办公室              2022年7月20日印发\n');
    expect(m).toMatchObject({ printedBy: '威海市环翠区人民政府办公室', printedDate: '2022-07-20', cc: ['区法院', '区检察院', '区人武部'] });
  });
});
