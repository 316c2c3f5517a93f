// The vocabulary in data/ has the shape its schema says, and no word means two things.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AgencyTable, DeadlineWords, RoleWords, TargetWords, WebPageWords } from '../src/model/vocabulary.js';

const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`../data/${name}`, import.meta.url), 'utf8'));
const repeated = (words: string[]) => words.filter((w, i) => words.indexOf(w) !== i);

describe('data files', () => {
  it('agencies.json: every name belongs to one body, every key is one body', () => {
    const table = AgencyTable.parse(read('agencies.json'));
    expect(repeated(table.bodies.flatMap((b) => b.names))).toEqual([]);
    expect(repeated(table.bodies.map((b) => b.key))).toEqual([]);
    expect(repeated(table.levels)).toEqual([]);
  });

  it('roles.json: no key or verb gives two roles', () => {
    const roles = RoleWords.parse(read('roles.json'));
    expect(repeated(Object.values(roles.keys).flat())).toEqual([]);
    expect(repeated(Object.values(roles.verbs).flat())).toEqual([]);
  });

  it('web-page.json: no word listed twice', () => {
    const page = WebPageWords.parse(read('web-page.json'));
    expect(repeated(page.metadataKeys)).toEqual([]);
    expect(repeated(page.junk)).toEqual([]);
  });

  it('targets.json: no word listed twice, no comparator that is also a count verb', () => {
    const words = TargetWords.parse(read('targets.json'));
    expect(repeated([...words.comparators, ...words.countVerbs])).toEqual([]);
    expect(repeated(words.units)).toEqual([]);
  });

  it('deadlines.json: no word listed twice', () => {
    const words = DeadlineWords.parse(read('deadlines.json'));
    expect(repeated([...words.ongoing, ...words.recurring])).toEqual([]);
    expect(repeated(words.lineKeys)).toEqual([]);
  });

  it('a misspelt field is rejected, not ignored', () => {
    expect(RoleWords.safeParse({ ...(read('roles.json') as object), verb: {} }).success).toBe(false);
  });
});
