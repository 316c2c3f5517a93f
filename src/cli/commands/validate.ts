// `plan validate`
import cliProgress from 'cli-progress';
import { colorsFor } from '../colors.js';
import { resolveSettings } from '../../validate/config.js';
import { expandPaths, isIgnored } from '../../validate/files.js';
import { namesFile, UsageError, writeMessage, writeOutput } from '../io.js';
import { REPORTERS, summarise, type ReporterName } from '../../validate/reporters/index.js';
import { RULES } from '../../validate/catalogue.js';
import { defaultJobs, validateCorpus } from '../../validate/corpus.js';
import { DEFAULT_CACHE } from '../../validate/cache.js';
import { packageVersion } from '../../model/version.js';
import { isRealDate } from '../../text/text.js';

export interface ValidateCommandOptions {
  format: ReporterName;
  output?: string;
  rule: string[];
  config?: string;
  maxWarnings?: string;
  jobs?: string;
  quiet?: boolean;
  listRules?: boolean;
  asOf?: string;
  ignorePattern: string[];
  printConfig?: string;
  cache?: boolean;
  cacheLocation?: string;
}

function count(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new UsageError(`${name} takes a whole number, not '${value}'`);
  return Number(value);
}

/** --as-of: a day of the calendar, YYYY-MM-DD */
function dateOption(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isRealDate(value)) throw new UsageError(`--as-of takes a date as YYYY-MM-DD, not '${value}'`);
  return value;
}

export async function runValidate(paths: string[], options: ValidateCommandOptions): Promise<number> {
  if (options.listRules) {
    writeOutput(RULES.map((r) => `${r.id.padEnd(24)} ${r.severity.padEnd(8)} ${r.description}`).join('\n') + '\n', options.output);
    return 0;
  }
  const { settings, configFile } = resolveSettings(process.cwd(), options.config, options.rule);
  if (options.printConfig !== undefined) {
    const rules = Object.fromEntries(RULES.map((r) => [r.id, settings[r.id] ?? r.severity]));
    const ignored = isIgnored(options.printConfig, { ignore: options.ignorePattern });
    writeOutput(`${JSON.stringify({ file: options.printConfig, ignored, configFile, rules }, null, 2)}\n`, options.output);
    return 0;
  }
  if (paths.length === 0) throw new UsageError('validate needs files, folders or globs');
  const maxWarnings = options.maxWarnings === undefined ? Infinity : count(options.maxWarnings, '--max-warnings', 0);
  const jobs = Math.max(1, count(options.jobs, '--jobs', defaultJobs()));
  const files = expandPaths(paths, { ignore: options.ignorePattern });
  const asOf = options.asOf === undefined ? undefined : dateOption(options.asOf);

  const showProgress = process.stderr.isTTY === true && !options.quiet && files.length > 1;
  const bar = showProgress
    ? new cliProgress.SingleBar(
        { stream: process.stderr, format: 'validating {bar} {value}/{total} files', hideCursor: true, clearOnComplete: true },
        cliProgress.Presets.shades_classic,
      )
    : null;
  bar?.start(files.length, 0);
  const all = await validateCorpus(files, {
    settings,
    context: { asOf },
    jobs,
    cache: options.cache ? (options.cacheLocation ?? DEFAULT_CACHE) : undefined,
    onProgress: (done) => bar?.update(done),
  });
  bar?.stop();
  // --quiet: errors only, as ESLint's
  const results = options.quiet ? all.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') })) : all;

  const toFile = namesFile(options.output);
  const report = REPORTERS[options.format](results, { colors: colorsFor(toFile ? null : process.stdout), version: packageVersion() });
  writeOutput(report, options.output);

  const s = summarise(results);
  if (toFile && !options.quiet) {
    writeMessage(`plan: ${s.files} files, ${s.errors} errors, ${s.warnings} warnings; report written to ${options.output}\n`);
  }
  return s.errors > 0 || s.warnings > maxWarnings ? 1 : 0;
}
