// npm run bench: reading documents. PDF in pages per second, Word and HTML in
// megabytes per second; each the median of several timed runs, with their range.
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { readNotice } from '../dist/bundle/index.js';

const root = new URL('..', import.meta.url).pathname;
const RUNS = 7;
const load = (dir, pattern) =>
  readdirSync(`${root}${dir}`)
    .filter((n) => pattern.test(n))
    .sort()
    .map((n) => ({ name: n, bytes: readFileSync(`${root}${dir}/${n}`) }));

async function timed(inputs) {
  for (const i of inputs) await readNotice(i.bytes, { path: i.name }); // warm up: the readers load once
  const seconds = [];
  for (let r = 0; r < RUNS; r++) {
    const start = performance.now();
    for (const i of inputs) await readNotice(i.bytes, { path: i.name });
    seconds.push((performance.now() - start) / 1000);
  }
  return seconds.sort((a, b) => a - b);
}

function report(label, amount, unit, seconds) {
  const rate = (s) => (amount / s).toFixed(unit === 'pages/s' ? 1 : 2);
  const median = seconds[Math.floor(seconds.length / 2)];
  console.log(`${label.padEnd(40)} ${rate(median)} ${unit} (median of ${RUNS}; range ${rate(seconds.at(-1))}–${rate(seconds[0])})`);
}

const pdfs = load('fixtures/formats', /\.pdf$/);
// a document's pages: the last page any span of its model reaches
const lastPage = (doc) => Math.max(...[...JSON.stringify(doc).matchAll(/"endPage":(\d+)/g)].map((m) => Number(m[1])));
const pages = (await Promise.all(pdfs.map((p) => readNotice(p.bytes)))).reduce((n, doc) => n + lastPage(doc), 0);
report(`PDF (${pdfs.length} files, ${pages} pages)`, pages, 'pages/s', await timed(pdfs));
for (const [label, dir, pattern] of [
  ['DOCX', 'fixtures/formats', /\.docx$/],
  ['DOC', 'fixtures/formats', /\.doc$/],
  ['ODT', 'fixtures/formats', /\.odt$/],
  ['HTML', 'fixtures/real', /\.html$/],
]) {
  const inputs = load(dir, pattern);
  const mb = inputs.reduce((n, i) => n + i.bytes.length, 0) / 1e6;
  report(`${label} (${inputs.length} files, ${mb.toFixed(2)} MB)`, mb, 'MB/s', await timed(inputs));
}
