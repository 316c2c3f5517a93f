import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { diffPlans, textDiff } from '../src/diff/diff.js';
import { coverPlans } from '../src/diff/coverage.js';
import { DIFF_FORMATS, renderHtml, renderMarkdown, renderText } from '../src/diff/render/index.js';
import { renderCoverageWorkbook } from '../src/diff/render/coverage.js';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { parseNotice } from '../src/parse/parse-notice.js';
import { fixture, hasChromium, inBrowser, parseFixture, runPlan } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'plan-diff-'));
const zhangping = fixture('zhangping-city-2022.txt').toString('utf8');

/** The zhangping notice with one item deleted, one reworded, two swapped and one department replaced. */
function edited(): string {
  const lines = zhangping.split('\n');
  const at = (start: string) => lines.findIndex((l) => l.trimStart().startsWith(start));
  lines.splice(at('17.注重干部科学素质培养'), 1);
  const nine = at('9.激发创新创造活力');
  lines[nine] = lines[nine]!.replace('创建劳模工作室3家', '创建劳模工作室5家');
  const five = at('5.开展农村科普服务');
  const six = at('6.培育高素质农民');
  [lines[five], lines[six]] = [lines[six]!.replace('6.', '5.'), lines[five]!.replace('5.', '6.')];
  const line = lines.findIndex((l) => l.includes('责任单位:市科协、市工信科技局牵头'));
  lines[line] = lines[line]!.replace('人社局', '财政局');
  return lines.join('\n');
}

describe('diffPlans', () => {
  it('a plan against itself: no changes', () => {
    const a = parseFixture('quanzhou-city-2022.txt');
    const d = diffPlans(a, a);
    expect(d.summary.differences).toBe(0);
    expect(d.structure.every((r) => r.change === 'same')).toBe(true);
  });

  it('a copy with one item deleted, one reworded, two swapped, one department replaced: exactly those changes', () => {
    const a = parseNotice(zhangping, { path: 'a.txt' });
    const b = parseNotice(edited(), { path: 'b.txt' });
    const d = diffPlans(a, b);
    const changed = d.structure
      .filter((r) => r.change !== 'same')
      .map((r) => [r.change, r.a?.id ?? null, r.b?.id ?? null, r.a?.title ?? r.b?.title]);
    expect(changed).toEqual([
      ['renumbered', '3.2.6', '3.2.5', '培育高素质农民'],
      ['renumbered', '3.2.5', '3.2.6', '开展农村科普服务'],
      ['modified', '3.3.9', '3.3.9', '激发创新创造活力'],
      ['removed', '3.5.17', null, '注重干部科学素质培养'],
    ]);
    const reworded = d.structure.find((r) => r.change === 'modified')!;
    expect(reworded.text.filter((s) => s.op !== 'equal')).toEqual([
      { op: 'delete', text: '3' },
      { op: 'insert', text: '5' },
    ]);
    expect(d.accountability).toEqual([
      {
        tasks: [
          { a: '4.1.1', b: '4.1.1', title: '完善科技资源科普化机制' },
          { a: '4.1.2', b: '4.1.2', title: '实施科技资源科普化专项行动' },
          { a: '4.1.3', b: '4.1.3', title: '强化科技工作者科普责任感' },
        ],
        lead: { added: [], removed: [] },
        support: { added: [{ canonical: '财政', name: '市财政局' }], removed: [{ canonical: '人力资源社会保障', name: '市人社局' }] },
        responsible: { added: [], removed: [] },
      },
    ]);
    expect(d.targets.every((t) => t.change === 'same')).toBe(true);
    expect(d.meta).toEqual([]);
    expect(d.summary).toMatchObject({ renumbered: 2, modified: 1, removed: 1, added: 0, moved: 0, accountability: 1, differences: 5 });
  });

  it('aligns haicang and zhangping, written from the same provincial plan, under different numbers', () => {
    const d = diffPlans(parseFixture('haicang-district-2022.md'), parseFixture('zhangping-city-2022.txt'));
    const row = d.structure.find((r) => r.a?.title === '加强科学教育师资队伍建设')!;
    expect(row.b).toMatchObject({ id: '3.1.4', title: '加强科学教育师资队伍建设' });
    expect(row.a!.id).toBe('2.1.4');
    const chapter = d.structure.find((r) => r.a?.title === '开展五项提升行动')!;
    expect(chapter).toMatchObject({ change: 'renumbered', b: { id: '3' } });
    // a chapter retitled 推动六个科普项目 -> 实施六大重点工程 is aligned through its sections
    expect(d.structure.find((r) => r.a?.title === '推动六个科普项目')!.b!.title).toBe('实施六大重点工程');
    expect(d.structure.find((r) => r.a?.title === '指导思想')).toMatchObject({ moved: true, b: { id: '1' } });
    expect(d.targets[0]).toMatchObject({ change: 'modified', fields: ['comparator', 'value'], a: { value: 17 }, b: { value: 16 } });
    expect(d.accountability.some((c) => c.lead.removed.some((x) => x.canonical === '总工会'))).toBe(true);
  });

  it('an item matched under another parent is moved', () => {
    const a = parseNotice(
      '一、甲\n（一）乙部分\n1.建设科普基地。建设科普基地的详细内容。\n（二）丙部分\n1.开展应急科普。开展应急科普的详细内容。\n',
      { format: 'text' },
    );
    const b = parseNotice(
      '一、甲\n（一）乙部分\n（二）丙部分\n1.开展应急科普。开展应急科普的详细内容。\n2.建设科普基地。建设科普基地的详细内容。\n',
      { format: 'text' },
    );
    const row = diffPlans(a, b).structure.find((r) => r.a?.title === '建设科普基地')!;
    expect(row).toMatchObject({ change: 'moved', moved: true, renumbered: true, b: { id: '1.2.2' } });
  });

  it('--only limits the report to one aspect', () => {
    const a = parseNotice(zhangping, { path: 'a.txt' });
    const b = parseNotice(edited(), { path: 'b.txt' });
    expect(diffPlans(a, b, { only: 'accountability' })).toMatchObject({
      structure: [],
      targets: [],
      meta: [],
      summary: { differences: 1 },
    });
    expect(diffPlans(a, b, { only: 'targets' }).summary.differences).toBe(0);
  });

  it('redlines sentence by sentence', () => {
    expect(textDiff('甲乙丙。丁戊己。庚辛壬。', '甲乙丙。丁戊己己。新的一句话。')).toEqual([
      { op: 'equal', text: '甲乙丙。丁戊己' },
      { op: 'insert', text: '己' },
      { op: 'equal', text: '。' },
      { op: 'delete', text: '庚辛壬。' },
      { op: 'insert', text: '新的一句话。' },
    ]);
  });
});

describe('renderers', () => {
  const d = diffPlans(parseNotice(zhangping, { path: 'a.txt' }), parseNotice(edited(), { path: 'b.txt' }));

  const en = { colors: new Chalk({ level: 0 }), lang: 'en' } as const;
  const zh = { colors: new Chalk({ level: 0 }), lang: 'zh' } as const;

  it('text: a summary line, then the changes in tree order', () => {
    const text = renderText(d, en);
    expect(text.split('\n')[0]).toBe('a.txt → b.txt: 1 modified, 2 renumbered, 1 removed, 1 responsibility changes (61 same)');
    expect(text).toContain('# 3.2.6 → 3.2.5 5.培育高素质农民  renumbered');
    expect(text).toContain('- 3.5.17 17.注重干部科学素质培养  removed');
    // agencies by the names the notice writes, not the canonical keys plans are compared by
    expect(text).toContain('support +市财政局 −市人社局');
  });

  it('Chinese labels by default: the kinds of change, the roles, the sections', () => {
    const text = renderText(d, zh);
    expect(text.split('\n')[0]).toBe('a.txt → b.txt: 修改 1，重新编号 2，删除 1，责任分工变化 1（未变 61）');
    expect(text).toContain('- 3.5.17 17.注重干部科学素质培养  删除');
    expect(text).toContain('责任分工:');
    expect(text).toContain('配合 +市财政局 −市人社局');
    const html = renderHtml(d, zh);
    expect(html).toContain('<h2>结构</h2>');
    expect(html).toContain('<th>牵头</th><th>配合</th><th>负责</th>');
    expect(html).not.toMatch(/>(removed|Structure|Responsibility|lead|support)</);
    expect(renderMarkdown(d, zh)).toContain('| 删除 | 3.5.17 17.注重干部科学素质培养 |  |  |');
  });

  it('metadata by their Chinese names (文号, 印发机关), not field names', () => {
    const a = parseNotice(zhangping, { path: 'a.txt' });
    const b = parseNotice(zhangping.replace('漳政综〔2022〕', '漳政综〔2023〕'), { path: 'b.txt' });
    const changed = diffPlans(a, b);
    expect(changed.meta.map((m) => m.field)).toContain('docNumber');
    expect(renderText(changed, zh)).toMatch(/公文要素:\n {2}文号: 漳政综〔2022〕37号 → 漳政综〔2023〕37号/);
    expect(renderHtml(changed, en)).toContain('<td>document number</td>');
  });

  it('markdown: tables of changes', () => {
    const md = renderMarkdown(d, en);
    expect(md).toContain('| removed | 3.5.17 17.注重干部科学素质培养 |  |  |');
    expect(md).toContain('## Responsibility');
  });

  it('html: one self-contained page', () => {
    const html = renderHtml(d, en);
    expect(html).not.toMatch(/<script|<link|src=/);
    expect(html).toContain('<tr class="row removed" data-a="3.5.17" data-b="">');
  });
});

describe('plan diff (CLI)', () => {
  const plan = (args: string[]) => runPlan(args);

  it('exit codes as diff(1)', () => {
    expect(plan(['diff', 'fixtures/nansha-district-2022.txt', 'fixtures/nansha-district-2022.txt']).code).toBe(0);
    expect(plan(['diff', 'fixtures/haicang-district-2022.md', 'fixtures/zhangping-city-2022.txt']).code).toBe(1);
    const missing = plan(['diff', 'fixtures/nansha-district-2022.txt', 'nope.txt']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read 'nope\.txt'/);
    expect(plan(['diff', 'a', 'b', '--threshold', '7']).code).toBe(2);
  });

  it('-o names the format by its extension: 新旧对照表.docx is a Word document, .xlsx a workbook; --coverage has no docx', () => {
    const pair = ['fixtures/haicang-district-2022.md', 'fixtures/zhangping-city-2022.txt'];
    for (const [name, magic] of [
      ['新旧对照表.docx', 'word/document.xml'],
      ['新旧对照表.xlsx', 'xl/workbook.xml'],
    ] as const) {
      const out = join(tmp, name);
      expect(plan(['diff', ...pair, '-o', out]).code).toBe(1);
      expect(readFileSync(out).includes(Buffer.from(magic))).toBe(true);
    }
    const refused = plan(['diff', ...pair, '--coverage', '-o', join(tmp, 'coverage.docx')]);
    expect([refused.code, refused.stderr.trim()]).toEqual([2, 'plan: --coverage is written as text, json, xlsx, markdown, html, not docx']);
  });

  it('json carries both paths and ids of every change', () => {
    writeFileSync(join(tmp, 'b.txt'), edited());
    const r = plan(['diff', 'fixtures/zhangping-city-2022.txt', join(tmp, 'b.txt'), '--format', 'json']);
    const d = JSON.parse(r.stdout);
    const removed = d.structure.find((x: { change: string }) => x.change === 'removed');
    expect(removed.a).toMatchObject({ id: '3.5.17', path: ['开展五项提升行动', '领导干部和公务员科学素质提升行动'] });
  });

  it.skipIf(!hasChromium)('the HTML report shows aligned rows in a real browser', async () => {
    const out = join(tmp, 'redline.html');
    expect(
      plan(['diff', 'fixtures/haicang-district-2022.md', 'fixtures/zhangping-city-2022.txt', '--format', 'html', '-o', out]).code,
    ).toBe(1);
    await inBrowser(out, async (page) => {
      expect(await page.title()).toContain('方案对照');
      expect(await page.locator('tr.row.aligned').count()).toBeGreaterThan(30);
      const row = page.locator('tr.row.aligned', { hasText: '加强科学教育师资队伍建设' });
      expect(await row.count()).toBe(1);
      const cells = await row.locator('td').allTextContents();
      expect(cells[1]).toContain('2.1.4');
      expect(cells[2]).toContain('3.1.4');
      expect(await page.locator('tr.row.removed').count()).toBeGreaterThan(0);
    });
  });
});

describe('--pairs: a reviewer fixes the pairs the alignment got wrong', () => {
  // the diff issue's example: quanzhou's 加强科普基础设施统筹规划与宏观指导 is not zhangping's 加强统筹规划和宏观指导,
  // which carries quanzhou's 进一步完善现代科技馆体系建设
  const quanzhou = parseFixture('quanzhou-city-2022.txt');
  const zhangping = parseFixture('zhangping-city-2022.txt');
  const partner = (d: ReturnType<typeof diffPlans>, id: string) => d.structure.find((r) => r.a?.id === id)?.b?.id ?? null;
  // the alignment pairs 广泛开展…各类科普活动 with zhangping's own 注重干部科学素质培养; it is merged into 加强科学素质教育培训
  const pairs = { force: [['2.5.2', '3.5.16']] as [string, string][], forbid: [['2.5.3', '3.5.17']] as [string, string][] };

  it('forced pairs are aligned first, with the basis manual; forbidden ones never', () => {
    const before = diffPlans(quanzhou, zhangping);
    expect(partner(before, '2.5.3')).toBe('3.5.17');
    const after = diffPlans(quanzhou, zhangping, { pairs });
    expect(partner(after, '2.5.2')).toBe('3.5.16');
    expect(after.structure.find((r) => r.a?.id === '2.5.2')!.basis).toBe('manual');
    // freed from the wrong pair, the item is found merged into the forced pair's node
    expect(after.structure.find((r) => r.a?.id === '2.5.3')).toMatchObject({ change: 'merged', b: { id: '3.5.16' } });
    expect(after.structure.find((r) => r.b?.id === '3.5.17')!.change).toBe('added');
  });

  it('the coverage report follows them', () => {
    const rows = coverPlans(quanzhou, zhangping, { pairs }).rows;
    expect(rows.find((r) => r.parent.id === '2.5.2')).toMatchObject({ how: 'aligned', child: { id: '3.5.16' } });
    expect(rows.find((r) => r.parent.id === '2.5.3')).toMatchObject({ how: 'merged', child: { id: '3.5.16' } });
  });

  it('on the command line, with one clear line for a bad file or an unknown id', () => {
    const file = join(tmp, 'pairs.json');
    writeFileSync(file, JSON.stringify(pairs));
    const args = ['diff', 'fixtures/quanzhou-city-2022.txt', 'fixtures/zhangping-city-2022.txt', '--format', 'json', '--pairs', file];
    const d = JSON.parse(runPlan(args).stdout);
    expect(d.structure.find((r: { a?: { id: string } }) => r.a?.id === '2.5.2').basis).toBe('manual');
    writeFileSync(file, JSON.stringify({ force: [['9.9.9', '4.3.7']] }));
    const unknown = runPlan(args);
    expect([unknown.code, unknown.stderr.trim()]).toEqual([
      2,
      `plan: ${file}: 9.9.9 is no section or item of fixtures/quanzhou-city-2022.txt`,
    ]);
    writeFileSync(file, JSON.stringify({ force: [['1']] }));
    expect(runPlan(args).stderr).toMatch(/not a pairs file/);
  });
});

describe('the 新旧对照表 and the coverage as workbooks', () => {
  const load = async (bytes: Uint8Array) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    return wb;
  };
  const runs = (value: ExcelJS.CellValue) => (value as ExcelJS.CellRichTextValue).richText;

  it('one row per pair in document order: 原文 with deletions struck through, 修改后 with insertions underlined, 说明', async () => {
    const d = diffPlans(parseNotice(zhangping, { path: 'a.txt' }), parseNotice(edited(), { path: 'b.txt' }));
    const wb = await load((await DIFF_FORMATS.xlsx(d, { colors: new Chalk({ level: 0 }), lang: 'zh' })) as Uint8Array);
    const ws = wb.getWorksheet('新旧对照表')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['序号', '原文', '修改后', '说明']);
    expect(ws.rowCount).toBe(1 + d.structure.length);
    const row = (id: string) => ws.getRow(2 + d.structure.findIndex((r) => r.a?.id === id));
    // 3.3.9 reworded one number: 3 struck in the original, 5 underlined in the revision
    const reworded = row('3.3.9');
    expect(
      runs(reworded.getCell(2).value)
        .filter((r) => r.font?.strike)
        .map((r) => r.text),
    ).toEqual(['3']);
    expect(
      runs(reworded.getCell(3).value)
        .filter((r) => r.font?.underline)
        .map((r) => r.text),
    ).toEqual(['5']);
    expect(reworded.getCell(4).value).toMatch(/^修改\n相似度 /);
    // 3.5.17 removed: its text on the left, nothing on the right
    const removed = row('3.5.17');
    expect(
      runs(removed.getCell(2).value)
        .map((r) => r.text)
        .join(''),
    ).toContain('注重干部科学素质培养');
    expect(removed.getCell(3).value ?? '').toBe('');
    expect(removed.getCell(4).value).toBe('删除');
  });

  it('as a Word document: A4 landscape, the header row on every page, the same runs struck and underlined, the same bytes twice', async () => {
    const a = parseNotice(zhangping, { path: 'a.txt' });
    // a notice's control characters and U+FFFF, which no XML may hold, are left out of the document
    const b = parseNotice(edited().replace('创建劳模工作室5家', '创建劳模工作室5家\u0001\uffff'), { path: 'b.txt' });
    const d = diffPlans(a, b);
    const render = () => DIFF_FORMATS.docx(d, { colors: new Chalk({ level: 0 }), lang: 'zh' }) as Promise<Uint8Array>;
    const bytes = await render();
    expect(Buffer.from(await render()).equals(Buffer.from(bytes))).toBe(true);
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('w:orient="landscape"');
    expect(xml).not.toMatch(/[\u0000-\u0008\uffff]/);
    const rows = xml.split('<w:tr>').slice(1);
    expect(rows.length).toBe(1 + d.structure.length);
    expect(rows[0]).toContain('<w:tblHeader/>');
    const cells = (row: string) => row.split('<w:tc>').slice(1);
    const TEXT = /<w:t(?: [^>]*)?>([^<]*)</;
    const runs = (cell: string, mark: string) =>
      [...cell.matchAll(/<w:r>(.*?)<\/w:r>/g)].filter((r) => r[1]!.includes(mark)).map((r) => TEXT.exec(r[1]!)![1]);
    expect(cells(rows[0]!).map((c) => TEXT.exec(c)![1])).toEqual(['序号', '原文', '修改后', '说明']);
    const reworded = cells(rows[1 + d.structure.findIndex((r) => r.a?.id === '3.3.9')]!);
    expect(runs(reworded[1]!, '<w:strike/>')).toEqual(['3']);
    expect(runs(reworded[2]!, '<w:u ')).toEqual(['5']);
    const footer = await zip.file(/word\/footer\d*\.xml/)[0]!.async('string');
    expect(footer).toMatch(/PAGE[\s\S]*NUMPAGES/);
    expect((await zip.file('docProps/core.xml')!.async('string')).match(/2000-01-01T00:00:00Z/g)).toHaveLength(2);
  });

  it('coverage: the parent tasks with the child tasks, then the child’s own', async () => {
    const c = coverPlans(parseFixture('quanzhou-city-2022.txt'), parseFixture('zhangping-city-2022.txt'));
    const wb = await load(await renderCoverageWorkbook(c, 'zh'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['任务覆盖', '下级新增任务']);
    expect(wb.getWorksheet('任务覆盖')!.rowCount).toBe(1 + c.rows.length + 1);
    expect(wb.getWorksheet('下级新增任务')!.rowCount).toBe(1 + c.additions.length);
  });
});
