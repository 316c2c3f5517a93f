import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportPlan } from '../src/export/export.js';
import { TASK_COLUMNS } from '../src/export/rows.js';
import { renderPlanMarkdown } from '../src/export/markdown.js';
import { parseNotice } from '../src/parse/parse-notice.js';
import { hasChromium, inBrowser, parseFixture, REAL_NOTICES, runPlan, SEEDS } from './helpers.js';
import { essence } from './roundtrip.js';

const tmp = mkdtempSync(join(tmpdir(), 'plan-export-'));

async function workbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

const values = (ws: ExcelJS.Worksheet, row: number) => (ws.getRow(row).values as unknown[]).slice(1);

describe('xlsx', () => {
  it('the task-division workbook of a seed, read back', async () => {
    const doc = parseFixture('nansha-district-2022.txt');
    const wb = await workbook(await exportPlan([doc], 'xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['任务分工', '目标', '单位']);
    const tasks = wb.getWorksheet('任务分工')!;
    expect(values(tasks, 1)).toEqual([...TASK_COLUMNS]);
    expect(tasks.rowCount).toBe(1 + 39);
    expect(tasks.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(tasks.getRow(1).font?.bold).toBe(true);
    expect(tasks.getColumn(4).width).toBeGreaterThan(20);
    expect(tasks.getCell('D2').alignment?.wrapText).toBe(true);
    const union = tasks.getRows(2, 39)!.find((r) => r.getCell(2).value === '3.3.1')!;
    // an empty cell (完成时限 to fill in) reads back as no value
    expect(Array.from((union.values as unknown[]).slice(1, 9), (v) => v ?? '')).toEqual([
      11,
      '3.3.1',
      '提升行动 / 实施产业工人科学素质提升行动',
      '开展理想信念和职业精神宣传教育',
      '区总工会',
      '区人社局、区妇联',
      '',
      '任务分工表',
    ]);
    expect(wb.getWorksheet('目标')!.rowCount).toBe(1);
    const agencies = wb.getWorksheet('单位')!;
    expect(values(agencies, 2).slice(0, 3)).toEqual(['科协', '区科协', 15]);
  });

  it('several notices: one workbook, combined sheets and a group per notice', async () => {
    const docs = SEEDS.map(parseFixture);
    const wb = await workbook(await exportPlan(docs, 'xlsx'));
    expect(wb.worksheets.map((w) => w.name).slice(0, 3)).toEqual(['全部任务', '全部目标', '全部单位']);
    expect(wb.worksheets).toHaveLength(3 + 3 * 5);
    const all = wb.getWorksheet('全部任务')!;
    expect(values(all, 1)[0]).toBe('方案');
    expect(all.rowCount).toBe(1 + docs.reduce((n, d) => n + d.tasks.length, 0));
    expect(wb.getWorksheet('全部目标')!.rowCount).toBe(1 + docs.reduce((n, d) => n + d.targets.length, 0));
    expect(wb.worksheets.every((w) => w.name.length <= 31)).toBe(true);
  });

  it('a corpus: the combined sheets only, every task and target in them', async () => {
    const docs = Array.from({ length: 31 }, (_, i) => parseFixture(SEEDS[i % SEEDS.length]!));
    const wb = await workbook(await exportPlan(docs, 'xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['全部任务', '全部目标', '全部单位']);
    expect(wb.getWorksheet('全部任务')!.rowCount).toBe(1 + docs.reduce((n, d) => n + d.tasks.length, 0));
    expect(wb.getWorksheet('全部目标')!.rowCount).toBe(1 + docs.reduce((n, d) => n + d.targets.length, 0));
  });

  it('is byte-identical in every time zone', () => {
    const bytes = (tz: string) => runPlan(['export', 'fixtures/quanzhou-city-2022.txt', '-o', '-'], { env: { TZ: tz } }).stdoutBytes;
    expect(bytes('Asia/Shanghai').equals(bytes('America/New_York'))).toBe(true);
    expect(bytes('Asia/Shanghai').equals(bytes('Pacific/Kiritimati'))).toBe(true);
  });

  it('is byte-identical for the same plans', async () => {
    const doc = parseFixture('haicang-district-2022.md');
    expect(Buffer.from(await exportPlan([doc], 'xlsx')).equals(Buffer.from(await exportPlan([doc], 'xlsx')))).toBe(true);
  });
});

describe('csv', () => {
  it('parsed back, equals the task list', async () => {
    const doc = parseFixture('quanzhou-city-2022.txt');
    const csv = await exportPlan([doc], 'csv', { bom: true });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows: string[][] = parseCsv(csv, { bom: true });
    expect(rows[0]).toEqual([...TASK_COLUMNS]);
    expect(rows.slice(1).map((r) => r[1])).toEqual(doc.tasks.map((t) => t.id));
    expect(rows.slice(1).map((r) => r[3])).toEqual(doc.tasks.map((t) => t.title));
    expect(rows.slice(1).map((r) => r[4])).toEqual(doc.tasks.map((t) => t.responsibility!.lead.map((a) => a.name).join('、')));
  });

  it('quotes as RFC 4180 requires', async () => {
    const doc = parseNotice('一、重点任务\n（一）行动\n1.甲,"乙"。内容。\n责任单位：市科协牵头。\n', { format: 'text' });
    const csv = await exportPlan([doc], 'csv');
    expect(csv).toContain(',"甲,""乙""",');
    expect((parseCsv(csv) as string[][])[1]![3]).toBe('甲,"乙"');
  });
});

describe('markdown round trip', () => {
  it.each(SEEDS)('%s: plan parse of the exported Markdown gives back the same model', (seed) => {
    const doc = parseFixture(seed);
    const back = parseNotice(renderPlanMarkdown(doc), { path: 'x.md', format: 'markdown' });
    expect(essence(back)).toEqual(essence(doc));
  });

  it.each(REAL_NOTICES)('%s: the exported Markdown parses back to the same model', (name) => {
    const doc = parseFixture(name);
    expect(essence(parseNotice(renderPlanMarkdown(doc), { path: 'x.md', format: 'markdown' }))).toEqual(essence(doc));
  });

  it('keeps web addresses and _ inside words as written', () => {
    const doc = parseNotice('来源: https://www.gov.cn/zhengce/content_5620813.htm\n一、总体要求\n（一）a_b，_c_，*d*。\n', {
      format: 'text',
    });
    const markdown = renderPlanMarkdown(doc);
    expect(markdown).toContain('https://www.gov.cn/zhengce/content_5620813.htm');
    expect(markdown).toContain('a_b，\\_c\\_，\\*d\\*');
    expect(essence(parseNotice(markdown, { path: 'x.md' }))).toEqual(essence(doc));
  });

  it('holds for generated plans too', () => {
    const words = fc.constantFrom(
      '加强科普',
      '青少年',
      '科学素质',
      '提升行动',
      '基础设施',
      '应急科普',
      '人才队伍',
      '数字化',
      '合作交流',
      '*重点*',
      '#1',
      '[注]',
      '<b>',
      'a_b',
      '1. 项',
      '100%',
    );
    const sentence = fc.array(words, { minLength: 1, maxLength: 5 }).map((w) => w.join(''));
    const item = fc.record({ title: sentence, text: fc.option(sentence, { nil: undefined }) });
    const section = fc.record({
      title: sentence,
      items: fc.array(item, { maxLength: 4 }),
      lead: fc.constantFrom('市科协', '市教育局', '市卫健委'),
    });
    const chapter = fc.record({ title: sentence, sections: fc.array(section, { minLength: 1, maxLength: 3 }) });
    const CN = '一二三四五六七八九十';
    fc.assert(
      fc.property(fc.array(chapter, { minLength: 1, maxLength: 4 }), (chapters) => {
        const lines = [
          '关于印发示范市实施方案的通知',
          '各单位：',
          '现印发给你们。',
          '示范市人民政府',
          '2023年3月1日',
          '示范市实施方案',
          '为推进工作，制定本方案。',
        ];
        chapters.forEach((c, i) => {
          lines.push(`${CN[i]}、${c.title}`);
          c.sections.forEach((s, j) => {
            lines.push(`（${CN[j]}）${s.title}`);
            s.items.forEach((it, k) => lines.push(`${k + 1}.${it.title}。${it.text ? `${it.text}。` : ''}`));
            lines.push(`责任单位：${s.lead}牵头，市财政局参加。`);
          });
        });
        const doc = parseNotice(lines.join('\n'), { format: 'text' });
        const back = parseNotice(renderPlanMarkdown(doc), { format: 'markdown' });
        expect(essence(back)).toEqual(essence(doc));
      }),
      { numRuns: 150 },
    );
  });
});

describe('plan export (CLI)', () => {
  const plan = (args: string[]) => runPlan(args);

  it('writes the file even when the notice has diagnostics, and prints them on stderr', () => {
    const out = join(tmp, 'nansha.xlsx');
    const r = plan(['export', 'fixtures/nansha-district-2022.txt', '-o', out]);
    expect(r.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(r.stderr).toContain('suspect-agency');
  });

  it('an unwritable output path is one line and exit 2', () => {
    const r = plan(['export', 'fixtures/nansha-district-2022.txt', '-q', '-o', join(tmp, 'no/such/dir/x.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/cannot write/);
  });

  it('json is the model, as plan parse gives it', () => {
    expect(plan(['export', 'fixtures/huancui-district-2022.txt', '-f', 'json', '-q']).stdout).toBe(
      plan(['parse', 'fixtures/huancui-district-2022.txt', '-q']).stdout,
    );
  });

  it('md renders one notice; exported Markdown parses back through the CLI', () => {
    const out = join(tmp, 'q.md');
    expect(plan(['export', 'fixtures/quanzhou-city-2022.txt', '-f', 'md', '-o', out, '-q']).code).toBe(0);
    const back = JSON.parse(plan(['parse', out, '-q']).stdout);
    expect(back.meta.docNumber).toBe('泉政办〔2022〕25号');
    expect(plan(['export', 'fixtures/quanzhou-city-2022.txt', 'fixtures/huancui-district-2022.txt', '-f', 'md']).code).toBe(2);
  });

  it.skipIf(!hasChromium)('the HTML page loads in a real browser with its task table', async () => {
    const out = join(tmp, 'nansha.html');
    expect(plan(['export', 'fixtures/nansha-district-2022.txt', '-f', 'html', '-o', out, '-q']).code).toBe(0);
    expect(readFileSync(out, 'utf8')).not.toMatch(/<script|<link|src=/);
    await inBrowser(out, async (page) => {
      expect(await page.locator('h1').textContent()).toContain('南沙区全民科学素质行动规划纲要实施方案');
      const taskTable = page.locator('h2:has-text("任务分工") + table');
      expect(await taskTable.locator('tbody tr').count()).toBe(39);
      expect(await taskTable.locator('tbody tr', { hasText: '3.3.1' }).locator('td').nth(4).textContent()).toBe('区总工会');
      expect(await page.locator('li.node.chapter').count()).toBe(5);
      expect(await page.locator('.diag.warning').count()).toBeGreaterThan(0);
      // 序号 and 编号 on one line, on a narrow screen too; agency lists broken between names only;
      // printed A4 landscape with the header repeated
      await page.setViewportSize({ width: 640, height: 900 });
      const oneLine = await taskTable.locator('.num').evaluateAll((cells) =>
        cells.every((c) => {
          const range = document.createRange();
          range.selectNodeContents(c);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size === 1;
        }),
      );
      expect(oneLine).toBe(true);
      expect(
        await taskTable
          .locator('td.agencies')
          .first()
          .evaluate((c) => getComputedStyle(c).wordBreak),
      ).toBe('keep-all');
      await page.emulateMedia({ media: 'print' });
      expect(await taskTable.locator('thead').evaluate((c) => getComputedStyle(c).display)).toBe('table-header-group');
    });
  });
});
