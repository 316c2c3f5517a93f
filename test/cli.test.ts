import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { colorsFor } from '../src/cli/colors.js';
import { runPlan } from './helpers.js';

const root = new URL('..', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'plan-cli-'));

const plan = (args: string[], input?: string | Buffer) => runPlan(args, { input });

const golden = (name: string) => readFileSync(join(root, 'fixtures/golden', name), 'utf8');

describe('plan parse', () => {
  it('writes the model of a fixture to stdout', () => {
    const r = plan(['parse', 'fixtures/haicang-district-2022.md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(golden('haicang-district-2022.json'));
    expect(r.stderr).toBe('');
  });

  it('reads standard input as -', () => {
    const r = plan(['parse', '-', '--compact'], readFileSync(join(root, 'fixtures/quanzhou-city-2022.txt')));
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.source.path).toBe('<stdin>');
    expect(doc.meta.docNumber).toBe('泉政办〔2022〕25号');
  });

  it('writes a file with -o and prints diagnostics on stderr', () => {
    const out = join(tmp, 'nansha.json');
    const r = plan(['parse', 'fixtures/nansha-district-2022.txt', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(golden('nansha-district-2022.json'));
    expect(r.stderr).toMatch(/^fixtures\/nansha-district-2022\.txt:245:26 warning/m);
    expect(plan(['parse', 'fixtures/nansha-district-2022.txt', '-q', '-o', out]).stderr).toBe('');
  });

  it('prints an outline', () => {
    const r = plan(['parse', '--format', 'outline', 'fixtures/nansha-district-2022.txt', '-q']);
    expect(r.stdout).toContain('3.3.1  1.开展理想信念和职业精神宣传教育  [牵头 区总工会；配合 区人社局、区妇联]');
  });

  it('prints the JSON Schema derived from the zod model', () => {
    const schema = JSON.parse(plan(['parse', '--schema']).stdout);
    expect(schema.$schema).toContain('2020-12');
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['schemaVersion', 'source', 'meta', 'targets', 'sections', 'diagnostics']),
    );
  });

  it.each([
    ['a missing file', ['parse', 'no-such-file.txt'], /cannot read 'no-such-file\.txt': no such file/],
    ['a directory', ['parse', 'fixtures'], /it is a directory/],
    ['no file', ['parse'], /needs a file/],
    ['an unknown option', ['parse', '--frobnicate', 'x'], /unknown option/],
  ])('exits 2 with one line for %s', (_what, args, message) => {
    const r = plan(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    ['empty', Buffer.alloc(0), /the file is empty/],
    ['binary', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2]), /binary/],
    ['undecodable', Buffer.from([0x80, 0x80, 0x80, 0x41]), /encoding of the file cannot be told/],
    ['broken UTF-16', Buffer.from([0xff, 0xfe, 0xfd, 0x80, 0x41]), /byte-order mark but is not utf-16le/],
  ])('exits 2 with one line for an %s file', (name, bytes, message) => {
    const file = join(tmp, `${name}.txt`);
    writeFileSync(file, bytes);
    const r = plan(['parse', file]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it('decodes GB18030', () => {
    const file = join(tmp, 'gb.txt');
    // 关于印发实施方案的通知 + newline, in GB18030 (Node can decode it but has no encoder)
    writeFileSync(file, Buffer.from('b9d8d3dad3a1b7a2cab5caa9b7bdb0b8b5c4cda8d6aa0a', 'hex'));
    const r = plan(['parse', file, '--compact', '-q']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.source.encoding).toBe('gb18030');
    expect(doc.meta.noticeTitle).toBe('关于印发实施方案的通知');
  });

  it('accepts a UTF-8 byte-order mark', () => {
    const file = join(tmp, 'bom.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(join(root, 'fixtures/quanzhou-city-2022.txt'))]));
    const doc = JSON.parse(plan(['parse', file, '-q']).stdout);
    expect(doc.source.encoding).toBe('utf-8-bom');
    expect(doc.meta.docNumber).toBe('泉政办〔2022〕25号');
  });
});

describe('plan --help', () => {
  it('shows examples and exit codes', () => {
    for (const args of [['--help'], ['parse', '--help'], ['agencies', '--help']]) {
      const r = plan(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Examples:');
      expect(r.stdout).toContain('Exit codes:');
    }
  });
});

describe('plan agencies', () => {
  it('lists agencies with their tasks as JSON and CSV', () => {
    const json = JSON.parse(plan(['agencies', 'fixtures/nansha-district-2022.txt', '--format', 'json']).stdout);
    const union = json.find((e: { canonical: string }) => e.canonical === '总工会');
    expect(union.lead.map((t: { id: string }) => t.id)).toEqual(['3.3.1']);
    const csv = plan(['agencies', 'fixtures/nansha-district-2022.txt', '--format', 'csv', '--bom']).stdout;
    expect(csv.startsWith('\uFEFFcanonical,names,lead')).toBe(true);
    expect(csv).toContain('\r\n');
  });

  it('reads model JSON as well as notices', () => {
    const out = join(tmp, 'q.json');
    plan(['parse', 'fixtures/quanzhou-city-2022.txt', '-o', out]);
    expect(plan(['agencies', out]).stdout).toBe(plan(['agencies', 'fixtures/quanzhou-city-2022.txt']).stdout);
    writeFileSync(join(tmp, 'bad.json'), '{"schemaVersion": "1.0.0"}');
    const r = plan(['agencies', join(tmp, 'bad.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is not a plan model/);
  });
});

describe('colour', () => {
  const tty = { isTTY: true } as NodeJS.WriteStream;
  it('only on a terminal, never with NO_COLOR', () => {
    const saved = process.env.NO_COLOR;
    delete process.env.NO_COLOR;
    expect(colorsFor(tty).level).toBeGreaterThan(0);
    expect(colorsFor({ isTTY: false } as NodeJS.WriteStream).level).toBe(0);
    process.env.NO_COLOR = '1';
    expect(colorsFor(tty).level).toBe(0);
    if (saved === undefined) delete process.env.NO_COLOR;
    else process.env.NO_COLOR = saved;
  });
});
