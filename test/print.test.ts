// The 任务分工表 as a 科协 office prints it: the workbook converted to PDF by
// LibreOffice (as users open it), then read back with pdf.js. Skips only where
// LibreOffice or a Chinese font is not installed (.ci/run installs both).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPlan } from '../src/export/export.js';
import { taskRows } from '../src/export/rows.js';
import { Chalk } from 'chalk';
import { diffPlans } from '../src/diff/diff.js';
import { DIFF_FORMATS } from '../src/diff/render/index.js';
import { parseFixture } from './helpers.js';

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
// LibreOffice's Writer, which opens .docx (Debian's libreoffice-writer-nogui)
const hasWriter = existsSync('/usr/lib/libreoffice/program/libswlo.so');
// without a Chinese font LibreOffice prints every character as one fallback glyph
const hasChineseFont = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).stdout?.trim().length > 0;
const pdfjsDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

interface Item {
  text: string;
  x: number;
  y: number;
}

async function printed(bytes: Uint8Array, extension: 'xlsx' | 'docx' = 'xlsx') {
  const dir = mkdtempSync(join(tmpdir(), 'plan-print-'));
  writeFileSync(join(dir, `book.${extension}`), bytes);
  execFileSync(
    SOFFICE!,
    ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, join(dir, `book.${extension}`)],
    {
      stdio: 'ignore',
      timeout: 120_000,
    },
  );
  const pdf = readFileSync(join(dir, 'book.pdf'));
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(pdf),
    verbosity: 0,
    cMapUrl: `${pdfjsDir}/cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${pdfjsDir}/standard_fonts/`,
  }).promise;
  const pages: { width: number; height: number; items: Item[] }[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const [, , width, height] = page.view as number[];
    const items = (await page.getTextContent()).items
      .filter((t) => 'str' in t && t.str.trim())
      .map((t) => ({
        text: (t as { str: string }).str,
        x: (t as { transform: number[] }).transform[4]!,
        y: (t as { transform: number[] }).transform[5]!,
      }));
    pages.push({ width: width!, height: height!, items });
  }
  return { pdf, pages, page1: doc };
}

/** npm run print-preview: the first page as a picture in docs/, for the README. */
async function preview(doc: Awaited<ReturnType<typeof printed>>['page1'], name: string) {
  if (!process.env.PRINT_PREVIEW) return;
  const { createCanvas } = await import('@napi-rs/canvas');
  const page = await doc.getPage(1);
  const viewport = page.getViewport({ scale: 1.25 });
  const canvas = createCanvas(viewport.width, viewport.height);
  await page.render({ canvas: canvas as unknown as HTMLCanvasElement, viewport }).promise;
  writeFileSync(join(process.env.PRINT_PREVIEW, name), canvas.toBuffer('image/png'));
}

/** How often each character other than white space occurs. */
function count(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of text.replace(/\s+/g, '')) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

describe.skipIf(!SOFFICE || !hasChineseFont)('the workbook printed by LibreOffice', () => {
  it('A4 landscape, the task sheet one page wide with its header on every page, every wrapped cell whole within its row', async () => {
    const doc = parseFixture('nansha-district-2022.txt');
    const { pages, page1 } = await printed(await exportPlan([doc], 'xlsx'));
    for (const p of pages) expect([Math.round(p.width), Math.round(p.height)]).toEqual([842, 595]);
    const taskPages = pages.filter((p) => p.items.some((i) => i.text === '任务分工'));
    // 39 tasks: fit to width, so no page holds the right-hand columns alone
    expect(taskPages.length).toBeLessThanOrEqual(4);
    for (const p of taskPages)
      expect(p.items.map((i) => i.text)).toEqual(expect.arrayContaining(['序号', '编号', '要点', '牵头单位', '配合单位', '完成时限']));

    // a row's text lies between its id and the next row's id: a row too short would push it below
    let checked = 0;
    for (const p of taskPages) {
      // pdf.js joins a visual line's neighbouring cells: the 序号 and the id are one item, 1 3.1.1
      const ids = p.items
        .map((i) => ({ ...i, id: /(?:^|\s)(\d+(?:\.\d+)+)$/.exec(i.text)?.[1] }))
        .filter((i) => i.id)
        .sort((a, b) => b.y - a.y);
      ids.forEach((id, k) => {
        const task = doc.tasks.find((t) => t.id === id.id);
        if (!task || k === ids.length - 1) return;
        const below = ids[k + 1]!.y;
        // every character of the row's cells is printed within the row (pdf.js interleaves the lines of
        // neighbouring cells, so the row's text is compared as a multiset of characters)
        const printedChars = count(
          p.items
            .filter((i) => i.y <= id.y + 1 && i.y > below + 1)
            .map((i) => i.text)
            .join(''),
        );
        const row = taskRows(doc).find((r) => r[1] === task.id)!;
        for (const [ch, n] of count(row.join(''))) expect(printedChars.get(ch) ?? 0, `${task.id}: ${ch}`).toBeGreaterThanOrEqual(n);
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(30);

    await preview(page1, 'printed-workbook.png');
  }, 180_000);

  it('ids stay text: 1.10 is not 1.1', async () => {
    const doc = parseFixture('nansha-district-2022.txt');
    const ids = doc.tasks.map((t) => t.id);
    const { pages } = await printed(await exportPlan([doc], 'xlsx'));
    const printedIds = new Set(pages.flatMap((p) => p.items.flatMap((i) => i.text.split(/\s+/))));
    for (const id of ids) expect(printedIds.has(id), id).toBe(true);
  }, 180_000);
});

describe.skipIf(!SOFFICE || !hasWriter || !hasChineseFont)('the 新旧对照表 printed by LibreOffice Writer', () => {
  it('A4 landscape, the header row and 第 N 页，共 M 页 on every page, every row of the diff in order', async () => {
    const d = diffPlans(parseFixture('haicang-district-2022.md'), parseFixture('zhangping-city-2022.txt'));
    const { pages, page1 } = await printed(
      (await DIFF_FORMATS.docx(d, { colors: new Chalk({ level: 0 }), lang: 'zh' })) as Uint8Array,
      'docx',
    );
    expect(pages.length).toBeGreaterThan(5);
    pages.forEach((p, i) => {
      expect([Math.round(p.width), Math.round(p.height)]).toEqual([842, 595]);
      const words = p.items.map((item) => item.text.trim());
      expect(words).toEqual(expect.arrayContaining(['序号', '原文', '修改后', '说明']));
      expect(words.join('')).toContain(`第${i + 1}页，共${pages.length}页`);
    });
    // the 序号 column counts every row of the diff once, in order, across the pages
    const numbers = pages.flatMap((p) =>
      p.items.filter((item) => item.x < 80 && /^\d+$/.test(item.text.trim())).map((item) => Number(item.text)),
    );
    expect(numbers).toEqual(d.structure.map((_, i) => i + 1));
    await preview(page1, 'revision-table.png');
  }, 180_000);
});
