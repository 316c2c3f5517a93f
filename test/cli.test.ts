import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseColor, colorsFor } from '../src/cli/colors.js';
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
    expect(csv.startsWith('\uFEFF单位,名称,牵头')).toBe(true);
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
  const pipe = { isTTY: false } as NodeJS.WriteStream;
  const withEnv = (env: Record<string, string | undefined>, check: () => void) => {
    const saved = { NO_COLOR: process.env.NO_COLOR, FORCE_COLOR: process.env.FORCE_COLOR };
    for (const [k, v] of Object.entries({ NO_COLOR: undefined, FORCE_COLOR: undefined, ...env }))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    try {
      check();
    } finally {
      for (const [k, v] of Object.entries(saved))
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      chooseColor(undefined);
    }
  };

  it('only on a terminal, never with NO_COLOR', () =>
    withEnv({}, () => {
      expect(colorsFor(tty).level).toBeGreaterThan(0);
      expect(colorsFor(pipe).level).toBe(0);
      process.env.NO_COLOR = '1';
      expect(colorsFor(tty).level).toBe(0);
    }));

  it('FORCE_COLOR, then --color and --no-color, over the terminal test; never into a file', () =>
    withEnv({ FORCE_COLOR: '1' }, () => {
      expect(colorsFor(pipe).level).toBe(1);
      process.env.FORCE_COLOR = '0';
      expect(colorsFor(tty).level).toBe(0);
      chooseColor(true);
      expect(colorsFor(pipe).level).toBe(1);
      chooseColor(false);
      expect(colorsFor(tty).level).toBe(0);
      chooseColor(true);
      expect(colorsFor(null).level).toBe(0);
    }));

  it('on the command line', () => {
    const args = ['validate', 'fixtures/huancui-district-2022.txt'];
    const env = { NO_COLOR: undefined, FORCE_COLOR: undefined };
    expect(runPlan(args, { env }).stdout).not.toContain('\u001b[');
    expect(runPlan(['--color', ...args], { env }).stdout).toContain('\u001b[');
    expect(runPlan(args, { env: { ...env, FORCE_COLOR: '1' } }).stdout).toContain('\u001b[');
    expect(runPlan(['--no-color', ...args], { env: { ...env, FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });
});

describe('conventions of node command lines', () => {
  it('-v and --version print the version', () => {
    const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
    expect(runPlan(['-v']).stdout.trim()).toBe(version);
    expect(runPlan(['--version']).stdout.trim()).toBe(version);
  });

  it('a closed pipe does not change the exit code (set -o pipefail)', () => {
    const run = (command: string) => spawnSync('bash', ['-o', 'pipefail', '-c', command], { encoding: 'utf8' }).status;
    expect(
      run('node bin/plan.js validate fixtures/huancui-district-2022.txt --rule missing-doc-number=error --format json | head -c 1'),
    ).toBe(1);
    expect(run('node bin/plan.js validate fixtures/quanzhou-city-2022.txt --format json | head -c 1')).toBe(0);
    expect(run('node bin/plan.js parse fixtures/nansha-district-2022.txt | head -c 1')).toBe(0);
  });

  it('export takes its format from the -o extension unless -f names one', () => {
    const out = join(tmp, 'tasks.CSV');
    expect(runPlan(['export', 'fixtures/quanzhou-city-2022.txt', '-o', out]).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^序号,编号,项目/);
    expect(runPlan(['export', 'fixtures/quanzhou-city-2022.txt', '-o', join(tmp, 'plan.md')]).code).toBe(0);
    expect(readFileSync(join(tmp, 'plan.md'), 'utf8')).toMatch(/^# 泉州市全民科学素质行动规划纲要实施方案/m);
    const mixed = runPlan(['export', 'fixtures/quanzhou-city-2022.txt', '-f', 'xlsx', '-o', join(tmp, 'x.csv')]);
    expect(mixed.stderr).toMatch(/writing xlsx to .*x\.csv', whose name says csv/);
    expect(readFileSync(join(tmp, 'x.csv')).subarray(0, 2).toString()).toBe('PK');
    runPlan(['export', 'fixtures/quanzhou-city-2022.txt', '-o', join(tmp, 'book.xlsx')]);
    expect(readFileSync(join(tmp, 'book.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });
});

describe('plan validate finds files as ESLint does', () => {
  const corpus = mkdtempSync(join(tmpdir(), 'plan-corpus-'));
  const notice = readFileSync('fixtures/huancui-district-2022.txt');
  mkdirSync(join(corpus, 'golden'));
  mkdirSync(join(corpus, 'drafts'));
  writeFileSync(join(corpus, 'NOTICE.TXT'), notice);
  writeFileSync(join(corpus, 'drafts', 'draft.txt'), notice);
  writeFileSync(join(corpus, 'package.json'), '{"name": "x", "version": "1.0.0"}');
  const files = (args: string[]) => {
    const r = runPlan(['validate', ...args, '--format', 'json'], { cwd: corpus });
    return (JSON.parse(r.stdout) as { files: { file: string; model?: string }[] }).files;
  };

  it('extensions in any case; JSON only when it is a plan model; .planignore and --ignore-pattern', () => {
    runPlan(['parse', 'NOTICE.TXT', '-q', '-o', 'golden/notice.json'], { cwd: corpus });
    expect(files(['.']).map((f) => f.file)).toEqual(['NOTICE.TXT', 'drafts/draft.txt', 'NOTICE.TXT']); // the last read from golden/notice.json
    expect(files(['.', '--ignore-pattern', 'drafts/']).map((f) => f.file)).toEqual(['NOTICE.TXT', 'NOTICE.TXT']);
    writeFileSync(join(corpus, '.planignore'), '# models written by plan parse\ngolden/\ndrafts/*.txt\n');
    try {
      expect(files(['.']).map((f) => f.file)).toEqual(['NOTICE.TXT']);
      expect(files(['drafts/draft.txt']).map((f) => f.file)).toEqual(['drafts/draft.txt']); // named: always read
    } finally {
      rmSync(join(corpus, '.planignore'));
    }
  });

  it("a model's findings are reported at its notice, at the notice's lines", () => {
    const [result] = files(['golden/notice.json']);
    expect(result).toMatchObject({ file: 'NOTICE.TXT', model: 'golden/notice.json' });
    const gh = runPlan(['validate', 'golden/notice.json', '--format', 'github'], { cwd: corpus }).stdout;
    expect(gh).toContain('file=NOTICE.TXT,line=1');
    // a model whose notice is not there: its findings at the model's first line, the notice's line named
    writeFileSync(
      join(corpus, 'moved.json'),
      readFileSync(join(corpus, 'golden/notice.json'), 'utf8').replace('"path": "NOTICE.TXT"', '"path": "gone.txt"'),
    );
    const moved = runPlan(['validate', 'moved.json', '--format', 'json'], { cwd: corpus });
    expect(JSON.parse(moved.stdout).files[0]).toMatchObject({
      file: 'moved.json',
      findings: [{ line: 1, message: expect.stringContaining('of gone.txt)') }],
    });
  });

  it('--print-config and --quiet', () => {
    const config = JSON.parse(
      runPlan(['validate', '--print-config', 'drafts/draft.txt', '--rule', 'no-target=off'], { cwd: corpus }).stdout,
    );
    expect(config).toMatchObject({ file: 'drafts/draft.txt', ignored: false, rules: { 'no-target': 'off', 'repeated-agency': 'warning' } });
    const ignored = runPlan(['validate', '--print-config', 'drafts/draft.txt', '--ignore-pattern', 'drafts/'], { cwd: corpus });
    expect(JSON.parse(ignored.stdout).ignored).toBe(true);
    // huancui: a missing 文号 (a warning) only
    const quiet = runPlan(['validate', 'NOTICE.TXT', '-q', '--format', 'json'], { cwd: corpus });
    expect(JSON.parse(quiet.stdout).files[0].findings).toEqual([]);
    expect(JSON.parse(runPlan(['validate', 'NOTICE.TXT', '--format', 'json'], { cwd: corpus }).stdout).files[0].findings).toHaveLength(1);
  });
});

describe('hostile text and failing outputs', () => {
  it('control characters of a notice reach the terminal escaped, however deep in the file', () => {
    const text = `某某实施方案\n一、总体要求\n${'（一）加强科普。'.repeat(1200)}\n（二）甲\u001b]0;evil\u0007乙\u001b[2J丙\u009b31m。\n`;
    const result = runPlan(['parse', '--format', 'outline', '-'], { input: text });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(result.stdout).toContain('甲\\u001b]0;evil\\u0007乙\\u001b[2J丙\\u009b31m');
    // JSON reads the escaped form as the same characters
    const json = runPlan(['parse', '-q', '-'], { input: text });
    const titles = (JSON.parse(json.stdout) as { sections: { children: { title: string }[] }[] }).sections[0]!.children.map((c) => c.title);
    expect(titles.find((t) => t.startsWith('甲'))).toContain('甲\u001b]0;evil\u0007乙');
  });

  it('a title that is a CI log command is printed as text', () => {
    const result = runPlan(['parse', '--format', 'outline', '-'], { input: '::stop-commands::x实施方案\n一、总体要求\n加强。\n' });
    expect(result.stdout.split('\n')[0]).toBe(' ::stop-commands::x实施方案');
  });

  it('CSV cells a spreadsheet would run as formulas are neutralised', () => {
    const result = runPlan(['export', '-f', 'csv', '-'], { input: '一、总体要求\n（一）=HYPERLINK("http://x")。（牵头单位：+区科协）\n' });
    expect(result.stdout).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(result.stdout).toContain(`,'+区科协,`);
    expect(result.stdout).not.toMatch(/,[=+@-]/);
  });

  it('a full disk is one line and exit 2, on standard output and with -o', () => {
    for (const args of [
      ['-o', '/dev/full'],
      ['-o', '-'],
    ]) {
      const result = spawnSync(process.execPath, ['bin/plan.js', 'parse', 'fixtures/quanzhou-city-2022.txt', ...args], {
        stdio: ['ignore', openSync('/dev/full', 'w'), 'pipe'],
      });
      expect(result.status).toBe(2);
      expect(result.stderr.toString().trim().split('\n')).toHaveLength(1);
      expect(result.stderr.toString()).toMatch(/^plan: cannot write/);
    }
    // the device is still a device
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it('-o replaces a file whole and leaves no temporary file; a failed run leaves the last good report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-out-'));
    const out = join(dir, 'report.json');
    writeFileSync(out, 'the last good report');
    expect(runPlan(['parse', '-q', 'fixtures/quanzhou-city-2022.txt', '-o', out]).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).meta.docNumber).toBe('泉政办〔2022〕25号');
    expect(readdirSync(dir)).toEqual(['report.json']);
    writeFileSync(out, 'the last good report');
    expect(runPlan(['parse', '-q', 'fixtures/no-such-notice.txt', '-o', out]).code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('the last good report');
  });
});
