// Documents: each seed rendered as .docx, .doc, .odt and .pdf must give what
// its text gives; the typeset PDF and the OFD their header and body without
// page numbers; every kind of bad document one InputError.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/parse/decode.js';
import { parseNotice, readNotice, readNoticeText } from '../src/parse/parse-notice.js';
import { PlanDocument } from '../src/model/schema.js';
import { docx, odt, paragraph, pdf } from './documents.js';
import { rebuildTables, type TableLine } from '../src/parse/ingest/documents/layout-table.js';
import { fixture, parseFixture, runPlan } from './helpers.js';

const read = (name: string) => readNotice(fixture(`formats/${name}`), { path: `fixtures/formats/${name}` });
const titles = (doc: PlanDocument): string[] => {
  const out: string[] = [];
  const walk = (nodes: PlanDocument['sections']) => nodes.forEach((n) => (out.push(`${n.marker}${n.title}`), walk(n.children)));
  walk(doc.sections);
  return out;
};

/** What must not depend on the format: everything but positions, the source and the diagnostics' places. `loose`: white space aside (a PDF prints gaps, not spaces). */
function comparable(doc: unknown, loose = false): unknown {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === 'object')
      return Object.fromEntries(
        Object.entries(value)
          .filter(([key]) => !['span', 'source', 'diagnostics', 'outside', 'line', 'column'].includes(key))
          .map(([key, v]) => [key, strip(v)]),
      );
    return loose && typeof value === 'string' ? value.replace(/\s+/g, '') : value;
  };
  return strip(doc);
}

describe.each(['nansha-district-2022', 'quanzhou-city-2022', 'zhangping-city-2022'])('%s rendered as documents', (seed) => {
  const text = parseFixture(`${seed}.txt`);

  it.each(['docx', 'doc', 'odt'])('.%s gives the text’s metadata, tree, targets, responsibilities and task table', async (ext) => {
    const doc = await read(`${seed}.${ext}`);
    expect(doc.source).toMatchObject({ format: ext, encoding: 'binary' });
    expect(comparable(doc)).toEqual(comparable(text));
  });

  it('.pdf gives the same, white space aside, every span on its pages', async () => {
    const doc = await read(`${seed}.pdf`);
    expect(doc.source.format).toBe('pdf');
    expect(comparable(doc.meta, true)).toEqual(comparable(text.meta, true));
    expect(titles(doc).slice(0, titles(text).length)).toEqual(titles(text));
    expect(comparable(doc.targets, true)).toEqual(comparable(text.targets, true));
    expect(doc.sections[0]!.span.startPage).toBe(1);
    expect(doc.sections.at(-1)!.span.endPage).toBeGreaterThan(1);
    expect(comparable(doc, true)).toEqual(comparable(text, true));
  });
});

describe('nansha’s task table read from Word, .doc and OpenDocument tables, and rebuilt from a PDF’s text positions', () => {
  it.each(['docx', 'doc', 'odt', 'pdf'])('.%s: 39 rows, each merged into its item', async (ext) => {
    const doc = await read(`nansha-district-2022.${ext}`);
    expect(doc.taskTable?.rows).toHaveLength(39);
    expect(doc.tasks.filter((t) => t.responsibility)).toHaveLength(39);
    // a cell centred beside a two-line item (区委组织 / 部) and a word run into the next cell in one text item (。 区人社局)
    const row = (point: string) => doc.taskTable!.rows.find((r) => r.point.startsWith(point))!;
    expect(row('1.实施智慧助老行动')).toMatchObject({ lead: '区委组织部' });
    expect(row('2.大规模开展职业培训')).toMatchObject({ point: '2.大规模开展职业培训。', lead: '区人社局' });
  });
});

describe('a task table printed without rules, rebuilt from where its text stands', () => {
  // a line of cells: [x, text] at baseline y, type 10 units high, each character 10 wide
  let number = 0;
  const line = (y: number, ...cells: [number, string][]): TableLine => ({
    number: ++number,
    y,
    size: 10,
    text: cells.map(([, t]) => t).join(' '),
    runs: cells.map(([x, text]) => ({ x, right: x + 10 * [...text].length, text })),
  });

  it('cuts columns where cells start and rows at the numbered items; centred and wrapped cells join their row', () => {
    const lines = [
      line(0, [0, '附件：任务分工表']),
      line(20, [0, '工作任务'], [200, '牵头单位'], [300, '配合单位']),
      line(40, [0, '1.加强青少年科学教'], [200, '区教育局'], [300, '区科协、团区委、']),
      line(54, [0, '育。'], [300, '区妇联']),
      // the lead cell of row 2 is centred on its three lines: it prints on the middle one
      line(80, [0, '2.建设科普基地，完'], [300, '区文化广电旅游体']),
      line(94, [0, '善科普设施布局。'], [200, '区科技局'], [300, '育局']),
      line(108, [0, '推动场馆开放。']),
      line(130, [0, '抄送：市科协。']),
    ];
    const rows = [...rebuildTables(lines).values()].map((r) => r.text.split('\t'));
    expect(rows).toEqual([
      ['工作任务', '牵头单位', '配合单位'],
      ['1.加强青少年科学教育。', '区教育局', '区科协、团区委、区妇联'],
      ['2.建设科普基地，完善科普设施布局。推动场馆开放。', '区科技局', '区文化广电旅游体育局'],
    ]);
  });

  it('reads nothing where there is no task table, nor under a header without a task column', () => {
    expect(rebuildTables([line(0, [0, '一、总体要求']), line(20, [0, '工作任务'], [200, '牵头单位'])]).size).toBe(0);
    const noTasks = [line(0, [0, '任务分工表']), line(20, [0, '牵头单位'], [200, '配合单位']), line(40, [0, '区教育局'], [200, '区科协'])];
    expect(rebuildTables(noTasks).size).toBe(0);
  });
});

describe('a typeset 公文 PDF (发改办财金规〔2019〕860号)', () => {
  it('gives its 文号, joint issuers, title and body; the page numbers are outside, each on its page', async () => {
    const doc = await read('01-govdoc-cn-397-fagaiban-shuiwu-2019-860-typeset.pdf');
    expect(doc.meta).toMatchObject({
      docNumber: '发改办财金规〔2019〕860号',
      issuers: ['发展改革委办公厅', '税务总局办公厅'],
      noticeTitle: '关于加强个人所得税纳税信用建设的通知',
      signedDate: '2019-08-20',
    });
    expect(doc.sections.map((s) => s.title)).toEqual([
      '总体要求',
      '建立个人所得税纳税信用管理机制',
      '完善守信联合激励和失信联合惩戒机制',
      '加强信息安全和权益维护',
      '强化组织实施',
    ]);
    expect(doc.outside.map((o) => [o.text, o.span.startPage])).toEqual([1, 2, 3, 4, 5].map((n) => [`— ${n} —`, n]));
    // a paragraph broken by the page turn is one paragraph, without the page number
    expect(doc.sections[0]!.text).toContain('推动经济发展、惠及百姓民生');
    expect(JSON.stringify(doc.sections)).not.toMatch(/— \d —/);
  });
});

describe('a red-header OFD (路卫发〔2011〕76号)', () => {
  it('gives its 文号, issuer, title, addressee, body, signature and 版记 without page numbers', async () => {
    const doc = await read('02-luqiao-weishengju-2011-76-pifu-redheader.ofd');
    expect(doc.source.format).toBe('ofd');
    expect(doc.meta).toMatchObject({
      docNumber: '路卫发〔2011〕76号',
      noticeTitle: '关于同意张阿三同志辞职的批复',
      addressees: ['区中医院'],
      signedDate: '2011-03-10',
      printedDate: '2011-03-10',
    });
    // the demo file's watermark 测试符 is printed inside the issuer's text run
    expect(doc.meta.issuer).toMatch(/路桥区卫生局$/);
    expect(doc.meta.cover).toContain('（路中医发〔2011〕10号）收悉。');
    expect(doc.meta.cover).toContain('（浙人才〔1993〕73号）文件精神，经研究，同意张阿三同志辞职。');
    expect(doc.outside.map((o) => o.text)).toEqual(['— 1 —', '— 2 —']);
  });
});

describe('Word files made from a crawler’s Markdown (python-docx)', () => {
  it.each([
    ['04-shanghai-gaoduanyiliaoqixie-2025-17-python-docx.docx', '沪府办发〔2025〕17号', 20],
    ['05-shanghai-kejifuwuye-2025-11-python-docx.docx', '沪府办发〔2025〕11号', 16],
  ])('%s: 文号, the page’s metadata and every task with its units', async (name, docNumber, tasks) => {
    const doc = await read(name);
    expect(doc.meta.docNumber).toBe(docNumber);
    expect(doc.meta.web['发布机构']).toBe('上海市科学技术委员会');
    expect(doc.tasks).toHaveLength(tasks);
    expect(doc.tasks.every((t) => t.responsibility)).toBe(true);
  });
});

describe('Word features the text does not hold', () => {
  it('automatic numbering becomes the markers a reader sees, counters restarting under a new parent', async () => {
    const bytes = await docx(
      [
        paragraph('总体要求', { numId: 1, level: 0 }),
        paragraph('重点任务', { numId: 1, level: 0 }),
        paragraph('青少年科学素质提升行动', { numId: 1, level: 1 }),
        paragraph('弘扬科学精神。', { numId: 1, level: 2 }),
        paragraph('提升教育水平。', { numId: 1, level: 2 }),
        paragraph('农民科学素质提升行动', { numId: 1, level: 1 }),
        paragraph('开展培训。', { numId: 1, level: 2 }),
      ].join(''),
    );
    const { text } = await readNoticeText(bytes);
    expect(text.split('\n')).toEqual([
      '一、总体要求',
      '二、重点任务',
      '（一）青少年科学素质提升行动',
      '1.弘扬科学精神。',
      '2.提升教育水平。',
      '（二）农民科学素质提升行动',
      '1.开展培训。',
    ]);
  });

  it('tables with merged cells, text boxes once, no deleted text, footnotes after the body', async () => {
    const cell = (text: string, props = '') => `<w:tc><w:tcPr>${props}</w:tcPr>${paragraph(text)}</w:tc>`;
    const body =
      paragraph('正文<w:del><w:r><w:delText>删去的字</w:delText></w:r></w:del>') +
      '<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice>' +
      '<w:txbxContent>' +
      paragraph('文本框') +
      '</w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent>' +
      paragraph('文本框') +
      '</w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>' +
      '<w:tbl>' +
      `<w:tr>${cell('工作任务')}${cell('牵头单位')}${cell('配合单位')}</w:tr>` +
      `<w:tr>${cell('1.甲', '<w:vMerge w:val="restart"/>')}${cell('区教育局')}${cell('区科协')}</w:tr>` +
      `<w:tr>${cell('', '<w:vMerge/>')}${cell('区科技局', '<w:gridSpan w:val="2"/>')}</w:tr>` +
      '</w:tbl>';
    const footnotes = `<?xml version="1.0"?><w:footnotes ${'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'}><w:footnote w:type="separator" w:id="-1">${paragraph('')}</w:footnote><w:footnote w:id="1">${paragraph('脚注的话。')}</w:footnote></w:footnotes>`;
    const { text } = await readNoticeText(await docx(body, { 'word/footnotes.xml': footnotes }));
    expect(text.split('\n')).toEqual([
      '正文',
      '文本框',
      '',
      '工作任务\t牵头单位\t配合单位',
      '1.甲\t区教育局\t区科协',
      '1.甲\t区科技局',
      '[1]脚注的话。',
    ]);
  });

  it('OpenDocument lists draw their markers; nested lists count on their own', async () => {
    const item = (text: string, inner = '') => `<text:list-item><text:p>${text}</text:p>${inner}</text:list-item>`;
    const bytes = await odt(
      `<text:list text:style-name="L1">${item('总体要求')}${item('重点任务', `<text:list>${item('甲')}${item('乙')}</text:list>`)}</text:list>`,
    );
    const { text, doc } = await readNoticeText(bytes);
    expect(doc.source.format).toBe('odt');
    expect(text.split('\n')).toEqual(['一、总体要求', '二、重点任务', '（一）甲', '（二）乙']);
  });
});

describe('bad documents: one InputError that says what is wrong', () => {
  const fails = (bytes: Uint8Array, message: RegExp, options = {}) => expect(readNotice(bytes, options)).rejects.toThrow(message);

  it('a damaged zip', async () => {
    await fails(fixture('formats/nansha-district-2022.docx').subarray(0, 3000), /damaged zip archive/);
  });
  it('a zip that is no document', async () => {
    const JSZip = (await import('jszip')).default;
    await fails(
      await new JSZip().file('a.txt', 'x').generateAsync({ type: 'uint8array' }),
      /no Word \(\.docx\), OpenDocument \(\.odt\) or OFD/,
    );
  });
  it('a PDF protected by a password', async () => {
    await fails(pdf('', true), /protected by a password/);
  });
  it('a PDF without a text layer (a scan)', async () => {
    await fails(pdf('0 0 m 100 100 l S'), /no text layer .*OCR/);
  });
  it('a damaged PDF', async () => {
    await fails(new TextEncoder().encode('%PDF-1.4\ngarbage'), /not a valid PDF|cannot be opened|no text layer/);
  });
  it('a Word file with no text', async () => {
    await fails(await docx(''), /holds no text/);
  });
  it('a part that inflates past the limit (a zip bomb)', async () => {
    await fails(fixture('formats/nansha-district-2022.docx'), /inflates to \d+ bytes, more than the limit of 1000/, {
      limits: { maxPartBytes: 1000 },
    });
  });
  it('a file over the size limit', async () => {
    await fails(fixture('formats/nansha-district-2022.pdf'), /more than the limit of 1024/, { limits: { maxBytes: 1024 } });
  });
  it('parseNotice, which reads text, names readNotice for a document', () => {
    expect(() => parseNotice(fixture('formats/nansha-district-2022.pdf'))).toThrow(InputError);
    expect(() => parseNotice(fixture('formats/nansha-district-2022.pdf'))).toThrow(/read it with readNotice/);
  });
  it('a .docx that is really a .doc is read as what it is', async () => {
    const doc = await readNotice(fixture('formats/quanzhou-city-2022.doc'), { path: 'misnamed.docx' });
    expect(doc.source.format).toBe('doc');
    expect(doc.meta.docNumber).toBe('泉政办〔2022〕25号');
    expect(doc.diagnostics[0]).toMatchObject({ code: 'misnamed-file', severity: 'info', line: 1 });
    const named = await readNotice(fixture('formats/quanzhou-city-2022.doc'), { path: 'quanzhou.doc' });
    expect(named.diagnostics.map((d) => d.code)).not.toContain('misnamed-file');
  });
});

describe('damaged documents never throw anything but InputError', () => {
  it.each([
    'quanzhou-city-2022.docx',
    'quanzhou-city-2022.odt',
    'zhangping-city-2022.pdf',
    '02-luqiao-weishengju-2011-76-pifu-redheader.ofd',
    'quanzhou-city-2022.doc',
  ])(
    '%s with bytes changed or cut',
    async (name) => {
      const original = fixture(`formats/${name}`);
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(fc.nat(original.length - 1), fc.nat(255)), { maxLength: 40 }),
          fc.nat(original.length),
          async (changes, cut) => {
            const bytes = Uint8Array.from(original.subarray(0, Math.max(cut, 1)));
            for (const [at, value] of changes) if (at < bytes.length) bytes[at] = value;
            try {
              PlanDocument.parse(await readNotice(bytes));
            } catch (error) {
              expect(error).toBeInstanceOf(InputError);
            }
          },
        ),
        { numRuns: 25, seed: 42 },
      );
    },
    60_000,
  );
});

describe('the CLI reads documents', () => {
  it('plan parse of a .docx and of a PDF on standard input', () => {
    const word = runPlan(['parse', '--format', 'outline', 'fixtures/formats/quanzhou-city-2022.docx']);
    expect(word.code).toBe(0);
    expect(word.stdout).toContain('泉政办〔2022〕25号');
    const piped = runPlan(['parse', '-q', '-'], { input: readFileSync('fixtures/formats/zhangping-city-2022.pdf') });
    expect(piped.code).toBe(0);
    expect(JSON.parse(piped.stdout).source.format).toBe('pdf');
  });

  it('a bad document is one line on standard error and exit 2', () => {
    const result = runPlan(['parse', '--max-size', '0.01', 'fixtures/formats/nansha-district-2022.pdf']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/more than the limit of 10485 \(--max-size\)/);
    const wrong = runPlan(['parse', '--input-format', 'pdf', 'fixtures/quanzhou-city-2022.txt']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^plan: cannot read .*not a valid PDF/);
  });

  it('plan validate finds documents in a folder', () => {
    const result = runPlan(['validate', '--format', 'json', 'fixtures/formats']);
    const files = (JSON.parse(result.stdout) as { files: { file: string }[] }).files.map((r) => r.file.replace(/.*\//, ''));
    expect(files).toContain('nansha-district-2022.odt');
    expect(files).toContain('02-luqiao-weishengju-2011-76-pifu-redheader.ofd');
  });
});
