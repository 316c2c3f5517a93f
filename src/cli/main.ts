// The `plan` command line: argument parsing and exit codes only. Each command
// loads its module on demand, so `plan --help` does not pay for the parser.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { InputError } from '../parse/decode.js';
import { UsageError, writeMessage } from './io.js';
import { chooseColor } from './colors.js';
import { DIFF_FORMAT_NAMES, LANGS } from '../diff/render/index.js';
import { ASPECTS } from '../diff/types.js';
import { EXPORT_FORMAT_NAMES } from '../export/export.js';
import { INPUT_FORMATS } from '../model/input-formats.js';
import { DEFAULT_LIMITS } from '../parse/ingest/documents/limits.js';
import { REPORTER_NAMES } from '../validate/reporters/index.js';
import { packageVersion } from '../model/version.js';

export const EXIT = { ok: 0, findings: 1, trouble: 2 } as const;

const EXIT_CODES = `
Exit codes:
  0  success
  1  findings (plan validate: errors; plan diff: differences)
  2  trouble: bad usage, a file that cannot be read, written or decoded`;

const MB = 1024 * 1024;

function megabytes(value: string): number {
  const n = Number(value);
  if (!(n > 0)) throw new InvalidArgumentError('a size in megabytes, greater than 0');
  return n;
}

function program(): Command {
  const plan = new Command('plan')
    .description('Read Chinese government implementation-plan notices (实施方案) into structured, comparable, checkable data.')
    .version(packageVersion(), '-v, --version')
    .option('--color', 'colour the output even when it is not a terminal (also FORCE_COLOR=1)')
    .option('--no-color', 'never colour the output (also NO_COLOR=1)')
    .hook('preAction', (command) => chooseColor(command.opts<{ color?: boolean }>().color))
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      `
Examples:
  plan parse fixtures/haicang-district-2022.md > haicang.json
  plan parse - < notice.txt
  plan parse --format outline fixtures/nansha-district-2022.txt
  plan agencies fixtures/*.txt --format csv -o agencies.csv
  plan validate fixtures/ --format sarif -o plan.sarif
  plan diff fixtures/haicang-district-2022.md fixtures/zhangping-city-2022.txt --format html -o redline.html
  plan export fixtures/nansha-district-2022.txt -o 任务分工表.xlsx
${EXIT_CODES}`,
    )
    .exitOverride();

  plan
    .command('parse')
    .description('parse a notice into the canonical JSON plan model')
    .argument('[file]', "the notice (.txt, .md, .html, .docx, .doc, .odt, .pdf, .ofd); '-' for standard input")
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'outline']).default('json'))
    .addOption(
      new Option('--input-format <format>', 'how to read the input (auto: by its first bytes and markup)')
        .choices(['auto', ...INPUT_FORMATS])
        .default('auto'),
    )
    .addOption(new Option('--max-size <MB>', 'refuse an input larger than this').argParser(megabytes).default(DEFAULT_LIMITS.maxBytes / MB))
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .option('--compact', 'JSON on one line')
    .option('-q, --quiet', 'do not print diagnostics on standard error')
    .option('--schema', 'print the JSON Schema of the model and exit')
    .addHelpText(
      'after',
      `
Examples:
  plan parse notice.txt > notice.json
  plan parse notice.md -o notice.json
  plan parse 通知.docx --format outline
  plan parse gazette.pdf -o notice.json
  cat notice.txt | plan parse -
  plan parse --format outline notice.txt
  plan parse --schema > plan.schema.json

Diagnostics (file:line:column severity code message) go to standard error;
the model, with the same diagnostics in it, goes to standard output.
${EXIT_CODES}`,
    )
    .action(async (file: string | undefined, options) => {
      const { runParse } = await import('./commands/parse.js');
      process.exitCode = await runParse(file, options);
    });

  plan
    .command('agencies')
    .description('list each agency with the tasks it leads, supports or is responsible for')
    .argument('<files...>', "notices or plan JSON files; '-' for standard input")
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'csv']).default('text'))
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .option('--bom', 'with --format csv: start with a UTF-8 byte-order mark (for Excel)')
    .option('--due', "each agency's tasks by due date (a schedule), not the summary")
    .addHelpText(
      'after',
      `
Examples:
  plan agencies fixtures/quanzhou-city-2022.txt
  plan agencies fixtures/real/09-guowuyuanban-yingshang-fengong-2020-43-flattened.txt --due
  plan agencies fixtures/*.txt fixtures/*.md --format json
  plan agencies notice.txt --format csv --bom -o agencies.csv
${EXIT_CODES}`,
    )
    .action(async (files: string[], options) => {
      const { runAgencies } = await import('./commands/agencies.js');
      process.exitCode = await runAgencies(files, options);
    });

  plan
    .command('validate')
    .description('check notices and plan models against the rules of a well-formed plan')
    .argument(
      '[paths...]',
      "notices (text, Markdown, HTML, Word, ODT, PDF, OFD), plan JSON files, folders or globs; '-' for standard input",
    )
    .addOption(new Option('-f, --format <format>', 'report format').choices(REPORTER_NAMES).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--rule <id=severity>', 'set a rule to off, info, warn or error (repeatable)', (v: string, all: string[]) => [...all, v], [])
    .option('-c, --config <file>', `rule settings (default: ${'plan.config.json'} found upwards from the working folder)`)
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
    .option('-j, --jobs <n>', 'worker threads (default: the number of cores)')
    .option('-q, --quiet', 'report errors only (no warnings or infos), with no progress bar or summary line')
    .option(
      '--ignore-pattern <pattern>',
      'leave out files folders and globs find, as a line of .planignore (repeatable)',
      (v: string, all: string[]) => [...all, v],
      [],
    )
    .option('--cache', 'validate only the files changed since the last run with --cache (kept in .plancache)')
    .option('--cache-location <file>', 'where --cache keeps its results (default: .plancache)')
    .option('--print-config <file>', 'print the rule settings that apply to a file, and whether it is ignored, then exit')
    .option('--as-of <date>', 'list the tasks due by this date (YYYY-MM-DD) under the rule due')
    .option('--list-rules', 'list the rules with their default severity and exit')
    .addHelpText(
      'after',
      `
Examples:
  plan validate fixtures/
  plan validate 'notices/**/*.txt' --format sarif -o plan.sarif
  plan validate notices/ --format junit -o junit.xml --max-warnings 0
  plan validate notices/ --rule no-target=off --rule numbering=error
  plan validate notice.json            # a model written by plan parse
  plan validate notices/ --as-of 2023-06-30 --format json   # tasks due by the end of June
  plan validate notices/ --cache          # a second run validates only what changed
  cat notice.txt | plan validate -

Configuration (plan.config.json):
  { "rules": { "no-target": "off", "missing-doc-number": "error" } }

Ignoring (.planignore in the working folder, one pattern a line, # comments):
  fixtures/golden/
  drafts/*.txt
Folders are searched for .txt, .md, .html, .docx, .doc, .odt, .pdf, .ofd and
plan models (.json starting with "schemaVersion"), in any case, never in
node_modules or .git. A file named on the command line is always read.

Exit codes:
  0  no errors (and no more warnings than --max-warnings)
  1  errors found, or more warnings than --max-warnings
  2  bad usage, a glob that matches nothing, a bad configuration`,
    )
    .action(async (paths: string[], options) => {
      const { runValidate } = await import('./commands/validate.js');
      process.exitCode = await runValidate(paths, options);
    });

  plan
    .command('diff')
    .description('compare two plans structurally, e.g. a city plan and a county plan')
    .argument('<a>', "the first plan: a notice or a plan JSON file ('-' for standard input)")
    .argument('<b>', 'the second plan')
    .addOption(
      new Option('-f, --format <format>', 'output format (default: named by the -o extension, else text)').choices(DIFF_FORMAT_NAMES),
    )
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .addOption(new Option('--only <aspect>', 'report one aspect only').choices(ASPECTS))
    .option('--threshold <0-1>', 'how alike two sections or items must be to be aligned (default 0.18)')
    .option('--pairs <file>', 'pairs a reviewer fixed: {"force": [["2.1.1", "3.1.1"]], "forbid": [["3.3.1", "4.3.7"]]}')
    .option(
      '--coverage',
      "how the second plan (a county's) takes up the tasks of the first (its city's): each task, who leads, the coverage",
    )
    .addOption(new Option('--lang <lang>', 'the language of the report’s labels').choices(LANGS).default('zh'))
    .addHelpText(
      'after',
      `
Examples:
  plan diff fixtures/haicang-district-2022.md fixtures/zhangping-city-2022.txt
  plan diff city.txt county.txt --format html -o redline.html
  plan diff city.json county.json --only accountability
  plan diff a.txt b.txt --lang en          # English labels (default: Chinese)
  plan diff city.txt county.txt --coverage --format html -o 覆盖.html
  plan diff city.txt county.txt --pairs pairs.json     # with a reviewer's corrections
  plan diff old.txt new.txt -o 新旧对照表.docx          # the revision table (also .xlsx)
  plan diff a.txt b.txt --format json --threshold 0.35

Sections and items are aligned by what they say, not by their numbers: the
similarity of their titles and whole texts (character bigrams weighted by how
rare they are in the two plans), with their place in the tree as a prior. A
change is same, modified, moved, renumbered, added or removed; items merged
into one are merged, one split into several split.

Exit codes (as diff(1)):
  0  no differences (--coverage: every task of the first plan taken up)
  1  differences (--coverage: some not taken up)
  2  trouble: bad usage, a file that cannot be read or decoded`,
    )
    .action(async (a: string, b: string, options) => {
      const { runDiff } = await import('./commands/diff.js');
      process.exitCode = await runDiff(a, b, options);
    });

  plan
    .command('export')
    .description('export the task-division workbook (xlsx, csv), Markdown, HTML or JSON')
    .argument('<files...>', "notices or plan JSON files; '-' for standard input")
    .addOption(
      new Option('-f, --format <format>', 'output format (default: named by the -o extension, else xlsx)').choices(EXPORT_FORMAT_NAMES),
    )
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .option('--bom', 'with --format csv: start with a UTF-8 byte-order mark (for Excel on Chinese Windows)')
    .option('-q, --quiet', 'do not print diagnostics on standard error')
    .addHelpText(
      'after',
      `
Examples:
  plan export fixtures/nansha-district-2022.txt -o 任务分工表.xlsx
  plan export fixtures/*.txt fixtures/*.md -o 全部方案.xlsx      # one workbook, a sheet group per notice
  plan export notice.txt --format csv --bom -o tasks.csv
  plan export notice.txt --format md -o notice.md               # canonical Markdown; plan parse reads it back
  plan export notice.txt --format html -o notice.html

A notice with problems is still exported; its diagnostics go to standard error.
${EXIT_CODES}`,
    )
    .action(async (files: string[], options) => {
      const { runExport } = await import('./commands/export.js');
      process.exitCode = await runExport(files, options);
    });

  return plan;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await program().parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0
      return error.exitCode === 0 ? EXIT.ok : EXIT.trouble;
    }
    if (error instanceof UsageError || error instanceof InputError) {
      writeMessage(`plan: ${error.message}\n`);
      return EXIT.trouble;
    }
    writeMessage(`plan: internal error: ${(error as Error).message}\n`);
    return EXIT.trouble;
  }
}
