import { describe, expect, it } from 'vitest';
import { findTargets } from '../src/parse/targets.js';

const span = { startLine: 1, endLine: 1 };
const read = (text: string) => findTargets(text, '1', span).map(({ text: _t, span: _s, nodeId: _n, ...t }) => t);

describe('targets', () => {
  it('reads the example of the issue', () => {
    expect(read('到2025年，我区公民具备科学素质比例超过17%。')).toEqual([
      { year: 2025, metric: '公民具备科学素质比例', comparator: '超过', value: 17, unit: '%', qualifier: null },
    ]);
  });

  it.each([
    ['2025年全区公民具备科学素质的比例达到18%。', 2025, '公民具备科学素质的比例', '达到', 18],
    ['到2025年,我市基层科普能力显著增强,公民具备科学素质比例力争达到16%,全市…。', 2025, '公民具备科学素质比例', '力争达到', 16],
    ['到2025年，参加科学体育健身老年人占全市老年人总数比例达60%以上。', 2025, '参加科学体育健身老年人占全市老年人总数比例', '达', 60],
  ])('%s', (text, year, metric, comparator, value) => {
    expect(read(text)[0]).toMatchObject({ year, metric, comparator, value, unit: '%' });
  });

  it('takes the year of a percentage from an earlier sentence of the section', () => {
    expect(read('到2025年，机制基本形成。\n公民科学素质持续提升。全市具备科学素质的公民比例超过16%，居全省前列。')[0]).toMatchObject({
      year: 2025,
      metric: '具备科学素质的公民比例',
      value: 16,
    });
  });

  it('reads counts only with a year in the same sentence', () => {
    expect(read('到2025年,注册科技志愿者达到500名以上。')[0]).toMatchObject({
      metric: '注册科技志愿者',
      value: 500,
      unit: '名',
      qualifier: '以上',
    });
    expect(read('每年培训科学及相关学科教师不少于1000人次。')).toEqual([]);
  });

  it('reads counts of things to build, the metric after the unit, a list sharing its verb', () => {
    expect(read('到2022年，一大批学校向应用型转变，建设50所高水平高等职业学校和150个骨干专业（群）。')).toEqual([
      { year: 2022, metric: '高水平高等职业学校', comparator: '建设', value: 50, unit: '所', qualifier: null },
      { year: 2022, metric: '骨干专业', comparator: '建设', value: 150, unit: '个', qualifier: null },
    ]);
    expect(read('到2025年,累计建设10家以上优秀科普教育基地。')[0]).toMatchObject({
      metric: '优秀科普教育基地',
      value: 10,
      unit: '家',
      qualifier: '以上',
    });
    // full-width digits and traditional script are read on the folded text
    expect(read('到２０２５年，培育３０個科普示範基地。')[0]).toMatchObject({ year: 2025, value: 30, unit: '个', metric: '科普示範基地' });
    // without its own year a count is no target
    expect(read('建设5所学校。')).toEqual([]);
  });
});
