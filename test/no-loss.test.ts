// No text of a notice is silently lost: every clause of every line that line
// repair keeps is found again in the model (in a field, or in a diagnostic).
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../src/parse/ingest/ingest.js';
import { fixture, parseFixture, REAL_NOTICES, SEEDS } from './helpers.js';
import { lostClauses } from './loss.js';

describe.each([...SEEDS, ...REAL_NOTICES])('%s', (name) => {
  it('keeps every clause of the body, header and footer', () => {
    const text = fixture(name).toString('utf8');
    expect(lostClauses(text, detectFormat(text, name), parseFixture(name))).toEqual([]);
  });
});
