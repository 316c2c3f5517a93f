// The HTML reader on small pages, one family of page each: the article found
// among site furniture, a metadata table, a task table with spans, a hidden copy.
import { describe, expect, it } from 'vitest';
import { readHtml } from '../src/parse/ingest/html.js';
import { detectFormat } from '../src/parse/ingest/ingest.js';
import { parseNotice } from '../src/parse/parse-notice.js';

const PAGE = `<!doctype html><html><head><title>某区人民政府办公室关于印发科普方案的通知 - 某区政府网</title><script>var x = "<p>no</p>";</script></head>
<body>
<div class="nav"><a href="/">首页</a><a href="/zw">政务公开</a><a href="/hd">互动交流</a><a href="/fw">办事服务</a><a href="/gk">信息公开目录</a></div>
<table class="meta"><tr><td>索 引 号：</td><td>XM-2022-17</td><td>发文字号：</td><td>厦海政办〔2022〕17号</td></tr>
<tr><td>标　　题：</td><td colspan="3">某区人民政府办公室关于印发科普方案的通知</td></tr></table>
<div class="main"><h1>某区人民政府办公室关于印发科普方案的通知</h1>
<div class="article"><p>厦海政办〔2022〕17号</p><p>各街道办事处，区直各部门：</p>
<p>　　现将《科普方案》印发给你们，请认真贯彻执行。</p><p>某区人民政府办公室</p><p>2022年6月27日</p>
<p style="text-align:center"><strong>科普方案</strong></p>
<p>　　一、重点任务</p><p>　　（一）加强青少年科学教育。开展科学教育活动，覆盖全部中小学。（区教育局牵头，区科协参与）</p>
<p>　　（二）提升农民科学素质。组织科技下乡活动。</p>
<p>附件：任务分工表</p></div>
<div class="copy" style="display:none">某区人民政府办公室关于印发科普方案的通知全文副本</div>
<table><tr><th>项目</th><th>要点</th><th>牵头单位</th><th>配合单位</th></tr>
<tr><td rowspan="2">一、重点任务</td><td>加强青少年科学教育</td><td>区教育局</td><td>区科协</td></tr>
<tr><td>提升农民科学素质</td><td>区农业农村局</td><td>/</td></tr></table>
</div>
<div class="footer">主办单位：某区人民政府办公室　备案号：闽ICP备00000000号</div>
</body></html>`;

describe('the HTML reader', () => {
  const lines = readHtml(PAGE);
  const inside = lines.filter((l) => !l.outside).map((l) => l.text.trim());
  const outside = lines.filter((l) => l.outside).map((l) => l.text.trim());

  it('tells a page by its markup, whatever its name', () => {
    expect(detectFormat(PAGE)).toBe('html');
    expect(detectFormat('<div>一、总体要求</div>\n<p>正文</p>')).toBe('html');
    expect(detectFormat('一、总体要求 <p align="left"> 正文')).toBe('text');
  });

  it('reads the article, never the scripts, and keeps the site around it outside', () => {
    expect(inside).toContain('厦海政办〔2022〕17号');
    expect(inside).toContain('（二）提升农民科学素质。组织科技下乡活动。');
    expect(lines.some((l) => l.text.includes('no</p>'))).toBe(false);
    expect(outside).toEqual(
      expect.arrayContaining(['首页政务公开互动交流办事服务信息公开目录', '某区人民政府办公室关于印发科普方案的通知全文副本']),
    );
    expect(outside.some((t) => t.startsWith('主办单位'))).toBe(true);
  });

  it('reads a label/value table as one line a pair, kept in the notice', () => {
    expect(inside).toContain('索 引 号：XM-2022-17');
    expect(inside).toContain('发文字号：厦海政办〔2022〕17号');
    expect(inside).toContain('标　　题：某区人民政府办公室关于印发科普方案的通知');
  });

  it('reads a data table as tab-separated rows, a rowspan repeated in each row it spans', () => {
    expect(inside).toContain('一、重点任务\t提升农民科学素质\t区农业农村局\t/');
  });

  it('gives the line and column where each paragraph starts in the page', () => {
    const number = lines.find((l) => l.text === '厦海政办〔2022〕17号')!;
    expect(PAGE.split('\n')[number.line - 1]!.slice(number.column - 1)).toMatch(/^厦海政办/);
  });

  it('parses the page into the model', () => {
    const doc = parseNotice(PAGE, { path: 'page.html' });
    expect(doc.source.format).toBe('html');
    expect(doc.meta.docNumber).toBe('厦海政办〔2022〕17号');
    expect(doc.meta.web).toMatchObject({ 索引号: 'XM-2022-17' });
    expect(doc.sections[0]!.children.map((s) => s.title)).toEqual(['加强青少年科学教育', '提升农民科学素质']);
    expect(doc.sections[0]!.children[0]!.responsibility!.lead.map((a) => a.name)).toEqual(['区教育局']);
    expect(doc.sections[0]!.children[1]!.responsibility!.lead.map((a) => a.name)).toEqual(['区农业农村局']);
    expect(doc.sections[0]!.children[1]!.responsibility!.support).toEqual([]);
  });

  it('reads a fragment without <body> as all article, its source line breaks kept', () => {
    const fragment =
      '<div style="text-align:center">某市人民政府办公厅关于印发办法的通知\n（某政办发〔2007〕153号）\n</div>\n各区人民政府：\n现将办法印发给你们。';
    const texts = readHtml(fragment).map((l) => l.text.trim());
    expect(texts).toEqual(['某市人民政府办公厅关于印发办法的通知', '（某政办发〔2007〕153号）', '各区人民政府：', '现将办法印发给你们。']);
    expect(readHtml(fragment).every((l) => !l.outside)).toBe(true);
  });
});
