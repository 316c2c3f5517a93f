// The one stylesheet of the HTML pages plan writes (the plan page, the diff
// and coverage reports), inlined so that each page is a single file that works offline.
import { escapeHtml } from './escape.js';

const STYLESHEET = `
body{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#222;line-height:1.7}
body.wide{max-width:none}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2.2rem;border-bottom:1px solid #ddd}h3{font-size:1.05rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}
td,th{border:1px solid #ddd;padding:.35rem .5rem;vertical-align:top;text-align:left}
th{background:#f4f6fa;position:sticky;top:0}
ins{background:#d1f5d3;text-decoration:none}del{background:#ffd7d5}
.summary{background:#f6f8fa;padding:.6rem 1rem;border-radius:4px}
.meta{color:#555}.meta dt{float:left;clear:left;width:7rem;color:#888}.meta dd{margin-left:7.5rem}
ol.outline,ol.outline ol{list-style:none;padding-left:1.2rem}ol.outline{padding-left:0}
.node .id{color:#999;font-size:.8rem;margin-right:.4rem}.node .text{color:#444;font-size:.92rem;margin:.2rem 0 .6rem}
.who{font-size:.85rem;color:#1f4e79;background:#eef4fb;border-radius:3px;padding:0 .3rem}
.diag.error{color:#b42318}.diag.warning{color:#9a6700}
table.redline{table-layout:fixed}
col.change{width:8rem}td.change{font-size:.85rem;color:#555}
tr.added td.change{color:#1a7f37}tr.removed td.change{color:#b42318}
tr.moved td.change,tr.renumbered td.change{color:#7a4fb5}tr.modified td.change{color:#9a6700}
td.empty{background:repeating-linear-gradient(45deg,#fafafa,#fafafa 6px,#f0f0f0 6px,#f0f0f0 12px)}
td.chapter .head{font-size:1.05rem}td.item .head,td.dash .head,td.subitem .head,td.circled .head{padding-left:1.2rem}
td.section .head{padding-left:.6rem}
td .id{color:#888;font-size:.8rem;margin-right:.3rem}td .text{font-size:.9rem;color:#444;margin-top:.2rem}
tr.same .text{display:none}
td.num,th.num{white-space:nowrap}td.agencies,th.agencies{word-break:keep-all;min-width:7em}td.due{min-width:6em}
@page{size:A4 landscape;margin:12mm}
@media print{body{margin:0;max-width:none;padding:0;font-size:10pt;line-height:1.5}th{position:static}thead{display:table-header-group}tr{break-inside:avoid}h2{break-after:avoid}td,th{border-color:#999}}
`;

/**
 * A page plan writes: one self-contained file, the stylesheet inlined (a
 * page's own rules after it), the title escaped here; `body` is HTML already.
 */
export function htmlPage({
  lang,
  title,
  body,
  wide = false,
  css = '',
}: {
  lang: string;
  title: string;
  body: string;
  wide?: boolean;
  css?: string;
}): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLESHEET}${css}</style>
</head>
<body${wide ? ' class="wide"' : ''}>
${body}
</body>
</html>
`;
}
