// plan diff --coverage: a city plan and a county plan written from it, made
// for the test so that what the county takes up, merges, leaves out and adds is known.
import { Chalk } from 'chalk';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverPlans } from '../src/diff/coverage.js';
import { renderCoverageHtml, renderCoverageMarkdown, renderCoverageText } from '../src/diff/render/coverage.js';
import { parseNotice } from '../src/parse/parse-notice.js';
import { hasChromium, inBrowser, runPlan } from './helpers.js';

const CITY = `某市科普实施方案
一、重点任务
（一）青少年科学素质提升行动
1.实施科学家精神进校园行动。推进科学家精神进校园，组织院士专家作报告，培养青少年的科学兴趣和创新意识。（市教育局牵头）
2.促进校内外科学教育资源有效衔接。动员科技馆、博物馆、科普教育基地与学校开展共建，丰富校外科学教育活动。（市科协牵头）
（二）农民科学素质提升行动
3.实施乡村振兴科技支撑行动。组织科技特派员深入田间地头，推广农业新品种新技术，培育农村科普带头人。（市农业农村局牵头）
4.丰富农村科普活动内容。围绕移风易俗、卫生健康、防灾减灾开展科普进村入户，办好农民丰收节科普活动。（市卫健委牵头）
5.建设农村科普示范基地。每个乡镇建设一个农村科普示范基地，发挥示范带动作用。（市科协牵头）
`;

const COUNTY = `某县科普实施方案
一、重点任务
（一）青少年科学素质提升行动
1.实施科学家精神进校园行动。推进科学家精神进校园，组织院士专家作报告，培养青少年的科学兴趣和创新意识。（县教育局牵头）
2.促进校内外科学教育资源有效衔接。动员科技馆、博物馆、科普教育基地与学校开展共建，丰富校外科学教育活动。（县科技局牵头）
（二）农民科学素质提升行动
3.丰富农村科普活动内容。组织科技特派员深入田间地头，推广农业新品种新技术，培育农村科普带头人；围绕移风易俗、卫生健康、防灾减灾开展科普进村入户，办好农民丰收节科普活动。（县卫健局牵头）
4.开展农村电商科普培训。依托县电商中心，每年培训农村电商从业人员五百人次。（县商务局牵头）
`;

describe('coverage of a city plan by a county plan', () => {
  const c = coverPlans(
    parseNotice(CITY, { format: 'text', path: 'city.txt' }),
    parseNotice(COUNTY, { format: 'text', path: 'county.txt' }),
  );
  const row = (id: string) => c.rows.find((r) => r.parent.id === id)!;

  it('each task of the city: taken up where it stands, merged into another, or left out', () => {
    expect(row('1.1.1')).toMatchObject({ how: 'aligned', child: { id: '1.1.1' } });
    expect(row('1.1.2')).toMatchObject({ how: 'aligned', child: { id: '1.1.2' } });
    expect(row('1.2.4')).toMatchObject({ how: 'aligned', child: { id: '1.2.3' } });
    // the county's item 3 carries the city's items 3 and 4
    expect(row('1.2.3')).toMatchObject({ how: 'merged', child: { id: '1.2.3' } });
    expect(row('1.2.5')).toMatchObject({ how: 'missing', child: null });
  });

  it('who leads, compared across levels by canonical agency: 市教育局 is 县教育局, 市科协 is not 县科技局', () => {
    expect(row('1.1.1').sameLead).toBe(true);
    expect(row('1.1.2')).toMatchObject({
      sameLead: false,
      parent: { lead: [{ name: '市科协' }] },
      child: { lead: [{ name: '县科技局' }] },
    });
    expect(row('1.2.4').sameLead).toBe(true); // 市卫健委, 县卫健局
  });

  it("the county's own tasks and the figures", () => {
    expect(c.additions.map((t) => t.title)).toEqual(['开展农村电商科普培训']);
    // same lead: 1.1.1 and 1.2.4; not 1.1.2 (县科技局) nor the merged 1.2.3 (市农业农村局 → 县卫健局)
    expect(c.summary).toEqual({ parentTasks: 5, takenUp: 4, merged: 1, missing: 1, additions: 1, sameLead: 2, coverage: 0.8 });
  });

  it('as text, Markdown and HTML, in Chinese or English, and on the command line', () => {
    const text = renderCoverageText(c, new Chalk({ level: 0 }), 'zh');
    expect(text).toContain('上级任务 5 项，承接 4 项（其中合并 1 项），未承接 1 项，覆盖率 80.0%');
    expect(text).toContain('未承接  1.2.5 建设农村科普示范基地（市科协）');
    expect(renderCoverageMarkdown(c, 'en')).toContain('| 1.2.5 建设农村科普示范基地 | 市科协 | missing | — | — | — |  |');
    expect(renderCoverageHtml(c, 'zh')).toContain('<tr class="merged">');
    const r = runPlan(['diff', '-', 'county.txt', '--coverage', '--format', 'json'], { input: CITY, cwd: writeCounty() });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).summary.coverage).toBe(0.8);
  });
});

describe.skipIf(!hasChromium)('the coverage report in a browser', () => {
  it('one row per task of the city, the left-out ones in red, the merged child in amber, the county’s own listed', async () => {
    const file = join(writeCounty(), 'coverage.html');
    const c = coverPlans(
      parseNotice(CITY, { format: 'text', path: 'city.txt' }),
      parseNotice(COUNTY, { format: 'text', path: 'county.txt' }),
    );
    writeFileSync(file, renderCoverageHtml(c, 'zh'));
    await inBrowser(file, async (page) => {
      expect(await page.locator('tbody tr').count()).toBe(5);
      expect(await page.locator('p.summary').innerText()).toContain('覆盖率 80.0%');
      const missing = page.locator('tr.missing td').first();
      expect(await missing.innerText()).toContain('建设农村科普示范基地');
      expect(await missing.evaluate((td) => getComputedStyle(td).color)).toBe('rgb(180, 35, 24)');
      expect(await page.locator('tr.merged td:nth-child(3)').evaluate((td) => getComputedStyle(td).color)).toBe('rgb(154, 103, 0)');
      expect(await page.locator('li').allInnerTexts()).toEqual([expect.stringContaining('开展农村电商科普培训')]);
    });
  });
});

function writeCounty(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-coverage-'));
  writeFileSync(join(dir, 'county.txt'), COUNTY);
  return dir;
}
