import iconv from 'iconv-lite';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { parseRuleOption, readConfig } from '../src/validate/config.js';
import { parseNotice } from '../src/parse/parse-notice.js';
import { REPORTERS, type ReporterContext } from '../src/validate/reporters/index.js';
import { RULES } from '../src/validate/catalogue.js';
import { validateCorpus } from '../src/validate/corpus.js';
import { validate, validateFile, type FileResult } from '../src/validate/validate.js';
import { runPlan, SEEDS } from './helpers.js';

const root = new URL('..', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'plan-validate-'));

const HEADER = `泉州市人民政府办公室文件
泉政办〔2022〕25号
泉州市人民政府办公室关于印发实施方案的通知
各单位：
现印发给你们。
泉州市人民政府办公室
2022年5月7日
实施方案
`;

const GOOD = `${HEADER}一、总体目标
到2025年，公民具备科学素质比例超过16%。
二、提升行动
（一）青少年行动
1.甲。甲。
2.乙。乙。
责任单位：市科协牵头，市教育局参加。
（二）农民行动
3.丙。丙。
责任单位：市农业农村局牵头。
抄送：省科协。
泉州市人民政府办公室
2022年5月8日印发
`;

const rulesOf = (text: string, settings = {}) =>
  validate(parseNotice(text, { format: 'text', path: 'x.txt' }), settings).map((f) => f.ruleId);

describe('rules fire, and do not fire', () => {
  it('a well-formed plan has no findings', () => {
    expect(rulesOf(GOOD)).toEqual([]);
  });

  it.each([
    ['numbering (gap)', GOOD.replace('2.乙', '4.乙'), 'numbering'],
    ['numbering (duplicate)', GOOD.replace('2.乙', '1.乙'), 'numbering'],
    ['numbering (out of order)', GOOD.replace('（二）农民行动', '（四）农民行动'), 'numbering'],
    ['numbering (items restarting wrongly)', GOOD.replace('3.丙', '7.丙'), 'numbering'],
    ['marker-level', GOOD.replace('（一）青少年行动\n1.甲。甲。', '（一）青少年行动\n（1）甲。甲。'), 'marker-level'],
    [
      'empty-section',
      GOOD.replace('一、总体目标\n到2025年，公民具备科学素质比例超过16%。\n', '一、总体目标\n').replace(
        '二、提升行动',
        '二、提升行动\n到2025年，比例超过16%。',
      ),
      'empty-section',
    ],
    ['missing-responsibility', GOOD.replace('责任单位：市农业农村局牵头。\n', ''), 'missing-responsibility'],
    ['suspect-agency', GOOD.replace('市教育局参加', '市教育局、区域局局参加'), 'suspect-agency'],
    ['missing-doc-number', GOOD.replace('泉政办〔2022〕25号\n', ''), 'missing-doc-number'],
    [
      'missing-issuer',
      GOOD.replace('泉州市人民政府办公室文件\n', '')
        .replace('泉州市人民政府办公室关于', '关于')
        .replace('泉州市人民政府办公室\n2022年5月7日', '2022年5月7日'),
      'missing-issuer',
    ],
    ['missing-signed-date', GOOD.replace('2022年5月7日\n', ''), 'missing-signed-date'],
    ['impossible-date', GOOD.replace('2022年5月7日\n', '2022年2月30日\n'), 'impossible-date'],
    ['impossible-date (printed before signed)', GOOD.replace('2022年5月8日印发', '2022年5月1日印发'), 'impossible-date'],
    ['no-target', GOOD.replace('到2025年，公民具备科学素质比例超过16%。', '加强领导。'), 'no-target'],
  ])('%s', (_name, text, rule) => {
    expect(rulesOf(GOOD)).not.toContain(rule);
    expect(rulesOf(text)).toContain(rule);
  });

  it('numbering: sections may run on across chapters, as items across sections, but not jump', () => {
    const runOn = `${HEADER}一、甲\n（一）子。\n（二）丑。\n二、乙\n（三）寅。\n（四）卯。\n`;
    expect(rulesOf(runOn)).not.toContain('numbering');
    expect(rulesOf(runOn.replace('（三）寅', '（五）寅'))).toContain('numbering');
    expect(rulesOf(runOn.replace('（三）寅。\n（四）卯', '（一）寅。\n（二）卯'))).not.toContain('numbering');
  });

  it('unmatched-table-row', () => {
    const text = GOOD.replace(
      '抄送：省科协。',
      '实施方案任务分工表\n一、提升行动\n项目\t要点\t牵头单位\t配合单位\n\t1.甲。\t市科协\t\n\t9.完全无关的内容。\t市科协\t',
    );
    expect(rulesOf(text)).toContain('unmatched-table-row');
    expect(rulesOf(text.replace('\t9.完全无关的内容。\t市科协\t\n', ''))).not.toContain('unmatched-table-row');
  });

  it('undecodable-bytes and mixed-encoding: a damaged byte, a GBK line in a UTF-8 notice', () => {
    const findings = (bytes: Uint8Array) => validate(parseNotice(bytes, { path: 'x.txt' }), {}).map((f) => f.ruleId);
    const utf8 = new TextEncoder().encode(GOOD);
    expect(findings(utf8)).toEqual([]);
    const [first, ...rest] = GOOD.split('\n');
    const mixed = Uint8Array.from([...iconv.encode(`${first}\n`, 'gb18030'), ...new TextEncoder().encode(rest.join('\n'))]);
    expect(findings(mixed)).toEqual(['mixed-encoding']);
    const damaged = Uint8Array.from(utf8);
    damaged[utf8.length - 10] = 0xff;
    expect(findings(damaged)).toEqual(['undecodable-bytes']);
  });

  // each of the parser's diagnostics is a rule of the same name and severity
  it.each([
    [
      'stray-text',
      GOOD.replace('抄送：省科协。\n泉州市人民政府办公室\n2022年5月8日印发\n', '泉州市人民政府办公室\n2022年5月9日\n一行无处安放的话\n'),
      'warning',
    ],
    ['unplaced-footer-text', `${GOOD}一行无处安放的话\n`, 'warning'],
    ['unplaced-responsibility', GOOD.replace('一、总体目标', '责任单位：市科协。\n一、总体目标'), 'warning'],
    ['repeated-agency', GOOD.replace('市教育局参加', '市教育局、市教育局参加'), 'warning'],
    ['suspect-agency', GOOD.replace('市教育局参加', '下规划和自然资源局参加'), 'warning'],
    [
      'second-task-table',
      GOOD.replace('抄送：省科协。', '任务分工表\n项目\t要点\t牵头单位\t配合单位\n\t1.甲。\t市科协\t\n任务分工表\n抄送：省科协。'),
      'warning',
    ],
    [
      'second-table-header',
      GOOD.replace(
        '抄送：省科协。',
        '任务分工表\n序号\t要点\t牵头单位\t配合单位\n1\t甲\t市科协\t\n序号\t工作任务\t牵头部门\t配合单位\n2\t乙\t市科协\t\n抄送：省科协。',
      ),
      'warning',
    ],
  ] as const)('%s', (code, text, severity) => {
    const doc = parseNotice(text, { format: 'text', path: 'x.txt' });
    expect(doc.diagnostics.map((d) => [d.code, d.severity])).toContainEqual([code, severity]);
    expect(
      validate(doc, {})
        .filter((f) => f.ruleId === code)
        .map((f) => f.severity),
    ).toContain(severity);
    expect(validate(doc, { [code]: 'off' }).map((f) => f.ruleId)).not.toContain(code);
  });

  it('every rule has a test', () => {
    const tested = new Set([
      ...['numbering', 'marker-level', 'empty-section', 'missing-responsibility', 'missing-doc-number', 'missing-issuer'],
      ...['missing-signed-date', 'impossible-date', 'no-target', 'unmatched-table-row', 'unreadable', 'schema'],
      ...['undecodable-bytes', 'mixed-encoding', 'stray-text', 'unplaced-footer-text', 'unplaced-responsibility'],
      ...['repeated-agency', 'suspect-agency', 'second-task-table', 'second-table-header'],
      'empty-table-part', // test/hostile.test.ts: a copy cut after the table's header row
      'unplaced-header-text', // test/hostile.test.ts and test/real.test.ts: a line above the title, a repeated 发布日期
      'stray-table-row', // test/grammar.test.ts
      'misnamed-file', // test/formats.test.ts: a .docx that is really a .doc
      'deadline-range', // test/deadlines.test.ts: before signing, after the period in the title
      'due', // test/deadlines.test.ts: with --as-of
      // never expected: the grammar is total (test/grammar.test.ts), every line is placed or stray; the fuzz suite finds none
      'lex-error',
      'parse-error',
      'unplaced-text',
    ]);
    expect(RULES.map((r) => r.id).filter((id) => !tested.has(id))).toEqual([]);
  });

  it('unreadable and schema are findings, not failures', async () => {
    expect((await validateFile(join(tmp, 'missing.txt'))).findings.map((f) => f.ruleId)).toEqual(['unreadable']);
    writeFileSync(join(tmp, 'empty.txt'), '');
    expect((await validateFile(join(tmp, 'empty.txt'))).findings[0]).toMatchObject({ ruleId: 'unreadable', severity: 'error' });
    writeFileSync(join(tmp, 'bad.json'), JSON.stringify({ schemaVersion: '1.0.0', meta: {} }));
    const schema = (await validateFile(join(tmp, 'bad.json'))).findings;
    expect(schema.every((f) => f.ruleId === 'schema')).toBe(true);
    expect(schema.map((f) => f.message).join('\n')).toMatch(/at meta\.docNumber/);
  });

  it('severity settings change or silence a rule', () => {
    const text = GOOD.replace('泉政办〔2022〕25号\n', '');
    const [f] = validate(parseNotice(text, { format: 'text' }), { 'missing-doc-number': 'error' });
    expect(f).toMatchObject({ ruleId: 'missing-doc-number', severity: 'error' });
    expect(validate(parseNotice(text, { format: 'text' }), { 'missing-doc-number': 'off' })).toEqual([]);
  });
});

describe('the seeds', () => {
  it('validate with only the findings a careful reader agrees with', async () => {
    const results = await validateCorpus(SEEDS.map((s) => join(root, 'fixtures', s)));
    const found = results.map((r) => [r.file.replace(/.*\//, ''), [...new Set(r.findings.map((f) => f.ruleId))]]);
    expect(found).toEqual([
      ['haicang-district-2022.md', []],
      ['huancui-district-2022.txt', ['missing-doc-number']],
      ['nansha-district-2022.txt', ['no-target', 'repeated-agency', 'suspect-agency']],
      ['quanzhou-city-2022.txt', []],
      ['zhangping-city-2022.txt', []],
    ]);
    const nansha = results[2]!.findings.filter((f) => f.ruleId === 'suspect-agency');
    expect(
      nansha
        .filter((f) => f.line === 245)
        .map((f) => f.message.match(/"(.+?)"/)![1])
        .sort(),
    ).toEqual(['区区政局局', '区域', '区域局局', '区域市区区域', '区政局', '区政局局'].sort());
    // the OCR garbage of that row names 区教育局 twice: a repeated agency, not a damaged one
    expect(results[2]!.findings.filter((f) => f.ruleId === 'repeated-agency' && f.line === 245).map((f) => f.message)).toEqual([
      expect.stringContaining('区教育局'),
    ]);
  });
});

describe('configuration', () => {
  it('reads plan.config.json and --rule', () => {
    const file = join(tmp, 'plan.config.json');
    writeFileSync(file, JSON.stringify({ rules: { 'no-target': 'off', numbering: 'error' } }));
    expect(readConfig(file)).toEqual({ 'no-target': 'off', numbering: 'error' });
    expect(parseRuleOption('numbering=warn')).toEqual(['numbering', 'warning']);
    expect(() => parseRuleOption('nonsense=off')).toThrow(/unknown rule/);
    expect(() => parseRuleOption('numbering=loud')).toThrow(/off, info, warn or error/);
  });

  it('takes no inherited name for a setting or a rule, and no configuration that is not an object of rules', () => {
    for (const value of ['constructor', 'toString', '__proto__', 'hasOwnProperty'])
      expect(() => parseRuleOption(`no-target=${value}`), value).toThrow(/off, info, warn or error|--rule takes/);
    const file = join(tmp, 'odd.config.json');
    for (const json of ['{"rules": {"__proto__": "error"}}', '{"rules": {"toString": "warn"}}'])
      expect(() => (writeFileSync(file, json), readConfig(file)), json).toThrow(/unknown rule/);
    for (const json of ['null', '"x"', '{"rules": 5}', '{"rule": {}}', '[]']) {
      writeFileSync(file, json);
      expect(() => readConfig(file), json).toThrow(/not a plan configuration/);
    }
  });
});

describe('reporters', () => {
  const plain: ReporterContext = { colors: new Chalk({ level: 0 }), version: '0.1.0' };
  const results: FileResult[] = [
    { file: 'a.txt', findings: [] },
    {
      file: 'dir/b & c.txt',
      findings: [
        {
          file: 'dir/b & c.txt',
          line: 3,
          column: 2,
          ruleId: 'numbering',
          severity: 'error',
          message: 'number 2 is missing <before> "x"',
          excerpt: '1.甲\t乙',
        },
        {
          file: 'dir/b & c.txt',
          line: 5,
          column: 1,
          ruleId: 'no-target',
          severity: 'warning',
          message: 'no target, really: 100%\nsecond line',
          excerpt: null,
        },
      ],
    },
  ];

  it('stylish groups by file, with a code frame and a summary', () => {
    const out = REPORTERS.stylish(results, plain);
    expect(out).toContain('dir/b & c.txt\n  3:2  error  number 2 is missing');
    expect(out).toContain('    3 | 1.甲    乙\n         ^');
    expect(out).toContain('✖ 2 problems (1 error, 1 warning) in 1 of 2 files');
    expect(out).not.toContain('a.txt');
  });

  it('json has a summary and every finding', () => {
    const parsed = JSON.parse(REPORTERS.json(results, plain));
    expect(parsed.summary).toMatchObject({ files: 2, errors: 1, warnings: 1, byRule: { numbering: 1, 'no-target': 1 } });
    expect(parsed.files[1].findings).toHaveLength(2);
  });

  it('junit is well-formed XML with one failure per finding', () => {
    const xml = REPORTERS.junit(results, plain);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
    const suites = doc.testsuites.testsuite;
    expect(suites).toHaveLength(2);
    expect(suites[1]['@_name']).toBe('dir/b & c.txt');
    expect(suites[1].testcase.map((t: { failure: { '@_type': string } }) => t.failure['@_type'])).toEqual(['error', 'warning']);
  });

  it('junit leaves out what XML forbids (U+FFFF, controls, half a surrogate pair) and keeps the rest', () => {
    const hostile = [{ ...results[1]!, findings: [{ ...results[1]!.findings[0]!, message: `甲\uffff乙\u0001丙\ud83d丁😀` }] }];
    const xml = REPORTERS.junit(hostile, plain);
    expect(xml).not.toMatch(/[\uffff\u0001]|[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(xml).toContain('甲乙丙丁😀');
  });

  it('sarif is valid SARIF 2.1.0', () => {
    const require = createRequire(import.meta.url);
    const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    // the schema's patterns are not valid with the u flag
    const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
    ajvFormats.default(ajv);
    const check = ajv.compile(schema);
    const log = JSON.parse(REPORTERS.sarif(results, plain));
    expect(check(log), JSON.stringify(check.errors)).toBe(true);
    expect(log.runs[0].results[0]).toMatchObject({
      ruleId: 'numbering',
      level: 'error',
      locations: [{ physicalLocation: { region: { startLine: 3, startColumn: 2 } } }],
    });
    expect(log.runs[0].results[1].level).toBe('warning');
  });

  it('github writes escaped workflow annotations', () => {
    expect(REPORTERS.github(results, plain).split('\n')).toEqual([
      '::error file=dir/b & c.txt,line=3,col=2,title=numbering::number 2 is missing <before> "x"',
      '::warning file=dir/b & c.txt,line=5,col=1,title=no-target::no target, really: 100%25%0Asecond line',
      '',
    ]);
  });
});

describe('plan validate (CLI)', () => {
  const plan = (args: string[], cwd = root) => runPlan(args, { cwd });
  const corpus = join(tmp, 'corpus');
  mkdirSync(join(corpus, 'sub'), { recursive: true });
  const good = GOOD;
  for (let i = 0; i < 12; i++)
    writeFileSync(join(corpus, i % 2 ? 'sub' : '', `n${i}.txt`), good.replace('泉政办〔2022〕25号', `泉政办〔2022〕${i + 1}号`));

  it('exit 0 on a clean corpus, with worker threads, in file order', () => {
    const r = plan([corpus, '--format', 'json', '--jobs', '3'].map(String).flatMap((a, i) => (i === 0 ? ['validate', a] : [a])));
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.summary.files).toBe(12);
    const files = report.files.map((f: { file: string }) => f.file);
    expect(files).toEqual([...files].sort());
    // this thread validates beside the workers: the same report as one thread alone
    const alone = plan(['validate', corpus, '--format', 'json', '--jobs', '1']);
    expect(JSON.parse(alone.stdout).files).toEqual(report.files);
  });

  it('exit 1 on errors, or on more warnings than --max-warnings', () => {
    writeFileSync(join(tmp, 'warn.txt'), good.replace('泉政办〔2022〕25号\n', ''));
    expect(plan(['validate', join(tmp, 'warn.txt')]).code).toBe(0);
    expect(plan(['validate', join(tmp, 'warn.txt'), '--max-warnings', '0']).code).toBe(1);
    expect(plan(['validate', join(tmp, 'warn.txt'), '--rule', 'missing-doc-number=error']).code).toBe(1);
    expect(plan(['validate', join(tmp, 'warn.txt'), '--rule', 'missing-doc-number=off', '--max-warnings', '0']).code).toBe(0);
  });

  it('reads plan.config.json upwards from the working folder', () => {
    const project = join(tmp, 'project');
    mkdirSync(join(project, 'deep'), { recursive: true });
    writeFileSync(join(project, 'plan.config.json'), JSON.stringify({ rules: { 'missing-doc-number': 'error' } }));
    writeFileSync(join(project, 'deep', 'n.txt'), good.replace('泉政办〔2022〕25号\n', ''));
    expect(plan(['validate', 'n.txt'], join(project, 'deep')).code).toBe(1);
  });

  it('a missing or binary file is a finding and the run goes on', () => {
    writeFileSync(join(tmp, 'bin.txt'), Buffer.from([0, 1, 2, 3]));
    const r = plan(['validate', join(tmp, 'nope.txt'), join(tmp, 'bin.txt'), join(corpus, 'n0.txt'), '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.files.map((f: FileResult) => f.findings.map((x) => x.ruleId))).toEqual([['unreadable'], [], ['unreadable']]);
  });

  it('reads standard input as -', () => {
    const r = runPlan(['validate', '-', '--format', 'json'], { input: good.replace('泉政办〔2022〕25号\n', '') });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['missing-doc-number']);
  });

  it('exit 2 on usage errors', () => {
    expect(plan(['validate', join(tmp, 'none-*.txt')]).code).toBe(2);
    expect(plan(['validate', corpus, '--rule', 'bogus=off']).code).toBe(2);
    expect(plan(['validate']).code).toBe(2);
  });

  it('writes every format to a file', () => {
    for (const format of ['stylish', 'json', 'junit', 'sarif', 'github']) {
      const out = join(tmp, `report.${format}`);
      const r = plan(['validate', join(root, 'fixtures/nansha-district-2022.txt'), '--format', format, '-o', out]);
      expect(r.code).toBe(0);
      expect(readFileSync(out, 'utf8').length).toBeGreaterThan(0);
    }
  });
});

describe('--cache', () => {
  it('reuses the findings of unchanged files, and of none when the file, the settings or the version changed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-cache-'));
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    writeFileSync(a, readFileSync(join(root, 'fixtures/huancui-district-2022.txt')));
    writeFileSync(b, readFileSync(join(root, 'fixtures/quanzhou-city-2022.txt')));
    const cache = join(dir, '.plancache');
    const run = (settings = {}) => validateCorpus([a, b], { cache, settings });
    const first = await run();
    expect(first[0]!.findings.map((f) => f.ruleId)).toEqual(['missing-doc-number']);
    // mark the cached results: a second run that returns the mark did not validate again
    const marked = readFileSync(cache, 'utf8').replaceAll('no document number', 'CACHED no document number');
    writeFileSync(cache, marked);
    expect((await run())[0]!.findings[0]!.message).toMatch(/^CACHED/);
    // the same results as without the cache
    writeFileSync(cache, marked);
    writeFileSync(a, `${readFileSync(a, 'utf8')}\n`);
    expect((await run())[0]!.findings[0]!.message).not.toMatch(/^CACHED/);
    writeFileSync(cache, readFileSync(cache, 'utf8').replaceAll('no document number', 'CACHED no document number'));
    expect((await run({ 'no-target': 'off' }))[0]!.findings[0]!.message).not.toMatch(/^CACHED/);
    // a damaged cache file is no cache
    writeFileSync(cache, '{not json');
    expect((await run())[0]!.findings.map((f) => f.ruleId)).toEqual(['missing-doc-number']);
  });

  it('on the command line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-cache-cli-'));
    writeFileSync(join(dir, 'a.txt'), readFileSync(join(root, 'fixtures/huancui-district-2022.txt')));
    const args = ['validate', 'a.txt', '--cache', '--format', 'json'];
    const first = runPlan(args, { cwd: dir });
    expect(existsSync(join(dir, '.plancache'))).toBe(true);
    expect(runPlan(args, { cwd: dir }).stdout).toBe(first.stdout);
    runPlan(['validate', 'a.txt', '--cache', '--cache-location', 'elsewhere.json'], { cwd: dir });
    expect(existsSync(join(dir, 'elsewhere.json'))).toBe(true);
  });
});

describe('models of earlier schema versions', () => {
  it('1.4.0 and 1.5.0 models (before meta.seal) are read; a 1.3.0 one (before deadlines) is a schema finding', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-versions-'));
    const model = JSON.parse(runPlan(['parse', '-q', 'fixtures/quanzhou-city-2022.txt']).stdout);
    const { seal, ...meta } = model.meta;
    expect(seal).toBeNull();
    const older = (version: string) => JSON.stringify({ ...model, meta, schemaVersion: version });
    writeFileSync(join(dir, 'v140.json'), older('1.4.0'));
    writeFileSync(join(dir, 'v150.json'), older('1.5.0'));
    writeFileSync(join(dir, 'v130.json'), older('1.3.0'));
    const [v140, v150, v130] = await validateCorpus([join(dir, 'v140.json'), join(dir, 'v150.json'), join(dir, 'v130.json')]);
    expect(v140!.findings.map((f) => f.ruleId)).not.toContain('schema');
    expect(v150!.findings.map((f) => f.ruleId)).not.toContain('schema');
    expect(v130!.findings.map((f) => f.ruleId)).toEqual(['schema']);
  });
});
