// Writes fixtures/golden/*.json from the current parser. A golden is accepted
// only after it has been read against the notice: run this, then review the
// diff (git diff fixtures/golden) line by line before committing.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseNotice } from '../dist/src/index.js';

const dir = new URL('../fixtures/', import.meta.url);
for (const name of readdirSync(dir).filter((n) => /\.(txt|md)$/.test(n)).sort()) {
  const doc = parseNotice(readFileSync(new URL(name, dir)), { path: `fixtures/${name}` });
  const out = new URL(`golden/${name.replace(/\.(txt|md)$/, '.json')}`, dir);
  writeFileSync(out, `${JSON.stringify(doc, null, 2)}\n`);
  console.log(`wrote ${out.pathname}`);
}
