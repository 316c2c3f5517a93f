// `plan diff`
import { diffPlans } from '../../diff/diff.js';
import { BINARY_DIFF_FORMATS, DIFF_FORMATS, diffFormatOf, type DiffFormat, type Lang } from '../../diff/render/index.js';
import type { Aspect, DiffOptions, ManualPairs } from '../../diff/types.js';
import { readFileSync } from 'node:fs';
import type { ChalkInstance } from 'chalk';
import { colorsFor } from '../colors.js';
import { namesFile, outputFormat, UsageError, writeOutput } from '../io.js';
import { loadPlan } from './load.js';
import type { PlanDocument } from '../../model/schema.js';

export interface DiffCommandOptions {
  format?: DiffFormat;
  output?: string;
  only?: Aspect;
  threshold?: string;
  lang: Lang;
  coverage?: boolean;
  pairs?: string;
}

/** --pairs FILE: read, checked against the schema and against both plans' ids. */
async function readPairsOption(path: string, a: PlanDocument, b: PlanDocument): Promise<ManualPairs> {
  const { parsePairs, checkPairs } = await import('../../diff/pairs.js');
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read '${path}': ${(error as Error).message}`);
  }
  const { pairs, problem } = parsePairs(json);
  if (!pairs) throw new UsageError(`${path}: not a pairs file: ${problem}`);
  const unknown = checkPairs(pairs, a, b);
  if (unknown.length) throw new UsageError(`${path}: ${unknown[0]}${unknown.length > 1 ? ` (and ${unknown.length - 1} more)` : ''}`);
  return pairs;
}

export async function runDiff(fileA: string, fileB: string, options: DiffCommandOptions): Promise<number> {
  const threshold = options.threshold === undefined ? undefined : Number(options.threshold);
  if (threshold !== undefined && !(threshold >= 0 && threshold <= 1))
    throw new UsageError(`--threshold takes a number from 0 to 1, not '${options.threshold}'`);
  if (fileA === '-' && fileB === '-') throw new UsageError('only one side can be read from standard input');
  // -o 新旧对照表.docx alone writes docx; -f says otherwise only when given
  const format = outputFormat(options, diffFormatOf, {
    fallback: 'text',
    binary: (f) => BINARY_DIFF_FORMATS.has(f),
    example: '新旧对照表',
  });
  const colors = colorsFor(namesFile(options.output) ? null : process.stdout);
  const [a, b] = [await loadPlan(fileA), await loadPlan(fileB)];
  const pairs = options.pairs === undefined ? undefined : await readPairsOption(options.pairs, a, b);
  if (options.coverage) return coverage(a, b, { threshold, pairs }, format, colors, options);
  const d = diffPlans(a, b, { threshold, only: options.only, pairs });
  writeOutput(await DIFF_FORMATS[format](d, { colors, lang: options.lang }), options.output);
  return d.summary.differences === 0 ? 0 : 1;
}

/** --coverage: the parent's tasks and the child's that take them up; exit 1 when some are not taken up. */
async function coverage(
  parent: PlanDocument,
  child: PlanDocument,
  align: Pick<DiffOptions, 'threshold' | 'pairs'>,
  format: DiffFormat,
  colors: ChalkInstance,
  options: DiffCommandOptions,
): Promise<number> {
  const { coverPlans } = await import('../../diff/coverage.js');
  const render = await import('../../diff/render/coverage.js');
  const c = coverPlans(parent, child, align);
  const reports: Partial<Record<DiffFormat, () => string | Promise<Uint8Array>>> = {
    text: () => render.renderCoverageText(c, colors, options.lang),
    json: () => `${JSON.stringify(c, null, 2)}\n`,
    xlsx: () => render.renderCoverageWorkbook(c, options.lang),
    markdown: () => render.renderCoverageMarkdown(c, options.lang),
    html: () => render.renderCoverageHtml(c, options.lang),
  };
  const report = reports[format];
  if (!report) throw new UsageError(`--coverage is written as ${Object.keys(reports).join(', ')}, not ${format}`);
  writeOutput(await report(), options.output);
  return c.summary.missing === 0 ? 0 : 1;
}
