// Goldens: each fixture's model as JSON, and beside it the readable outline
// and diagnostics, all made from src/ (not dist/). A golden is accepted only
// after it has been read against its notice: `npm run golden` rewrites them,
// then review `git diff fixtures/golden` line by line before committing.
// The CST types the visitor is typed with are generated here too.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { generateCstDts } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { noticeParser } from '../grammars/parser.js';
import { renderDiagnostics } from '../src/render/diagnostics.js';
import { renderOutline } from '../src/render/outline.js';
import { parseFixture } from './helpers.js';

const UPDATE = process.env.UPDATE === '1';
const root = new URL('..', import.meta.url);

/** Compares `content` with the file, or writes the file when updating. */
function golden(path: string, content: string): void {
  const url = new URL(path, root);
  if (UPDATE) writeFileSync(url, content);
  expect(existsSync(url), `${path} is missing: run npm run golden`).toBe(true);
  expect(content).toBe(readFileSync(url, 'utf8'));
}

const fixtures = readdirSync(new URL('fixtures/', root))
  .filter((n) => /\.(txt|md)$/.test(n))
  .sort();

describe.each(fixtures)('%s', (name) => {
  const doc = parseFixture(name);
  const base = `fixtures/golden/${name.replace(/\.(txt|md)$/, '')}`;
  it('matches its reviewed golden model', () => golden(`${base}.json`, `${JSON.stringify(doc, null, 2)}\n`));
  it('matches its readable outline', () => golden(`${base}.outline.txt`, renderOutline(doc)));
  it('matches its diagnostics', () => golden(`${base}.diagnostics.txt`, renderDiagnostics(doc.source.path, doc.diagnostics)));
});

it('the visitor is typed by the CST types of the grammar as it is', () => {
  golden('src/parse/cst.d.ts', generateCstDts(noticeParser.getGAstProductions()));
});
