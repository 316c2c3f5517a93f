// `plan diff`
import { diffPlans } from '../../diff/diff.js';
import { DIFF_FORMATS } from '../../diff/render/index.js';
import { colorsFor } from '../colors.js';
import { UsageError, writeOutput } from '../io.js';
import { loadPlan } from './load.js';
export async function runDiff(fileA, fileB, options) {
    const threshold = options.threshold === undefined ? undefined : Number(options.threshold);
    if (threshold !== undefined && !(threshold >= 0 && threshold <= 1))
        throw new UsageError(`--threshold takes a number from 0 to 1, not '${options.threshold}'`);
    if (fileA === '-' && fileB === '-')
        throw new UsageError('only one side can be read from standard input');
    const [a, b] = [await loadPlan(fileA), await loadPlan(fileB)];
    if (options.coverage)
        return coverage(a, b, threshold, options);
    const d = diffPlans(a, b, { threshold, only: options.only });
    const toFile = options.output !== undefined && options.output !== '-';
    writeOutput(DIFF_FORMATS[options.format](d, { colors: colorsFor(toFile ? null : process.stdout), lang: options.lang }), options.output);
    return d.summary.differences === 0 ? 0 : 1;
}
/** --coverage: the parent's tasks and the child's that take them up; exit 1 when some are not taken up. */
async function coverage(parent, child, threshold, options) {
    const { coverPlans } = await import('../../diff/coverage.js');
    const render = await import('../../diff/render/coverage.js');
    const c = coverPlans(parent, child, { threshold });
    const toFile = options.output !== undefined && options.output !== '-';
    const report = {
        text: () => render.renderCoverageText(c, colorsFor(toFile ? null : process.stdout), options.lang),
        json: () => `${JSON.stringify(c, null, 2)}\n`,
        markdown: () => render.renderCoverageMarkdown(c, options.lang),
        html: () => render.renderCoverageHtml(c, options.lang),
    }[options.format];
    writeOutput(report(), options.output);
    return c.summary.missing === 0 ? 0 : 1;
}
