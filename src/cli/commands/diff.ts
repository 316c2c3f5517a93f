// `plan diff`
import { colorsFor } from '../colors.js';
import { diffPlans, type Aspect } from '../../diff/diff.js';
import { renderHtml, renderMarkdown, renderText } from '../../diff/render/render.js';
import { UsageError, writeOutput } from '../io.js';
import { loadPlan } from './load.js';

export interface DiffCommandOptions {
  format: 'text' | 'json' | 'markdown' | 'html';
  output?: string;
  only?: Aspect;
  threshold?: string;
}

export async function runDiff(fileA: string, fileB: string, options: DiffCommandOptions): Promise<number> {
  const threshold = options.threshold === undefined ? undefined : Number(options.threshold);
  if (threshold !== undefined && !(threshold >= 0 && threshold <= 1)) throw new UsageError(`--threshold takes a number from 0 to 1, not '${options.threshold}'`);
  if (fileA === '-' && fileB === '-') throw new UsageError('only one side can be read from standard input');
  const [a, b] = [await loadPlan(fileA), await loadPlan(fileB)];
  const d = diffPlans(a, b, { threshold, only: options.only });
  const toFile = options.output !== undefined && options.output !== '-';
  const text = {
    text: () => renderText(d, colorsFor(toFile ? null : process.stdout)),
    json: () => `${JSON.stringify(d, null, 2)}\n`,
    markdown: () => renderMarkdown(d),
    html: () => renderHtml(d),
  }[options.format]();
  writeOutput(text, options.output);
  return d.summary.differences === 0 ? 0 : 1;
}
