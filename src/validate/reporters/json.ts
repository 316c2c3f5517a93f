// The reporter for scripts: the summary and every finding, as JSON.
import type { Reporter } from './reporter.js';
import { summarise } from './summary.js';

export const json: Reporter = (results) => `${JSON.stringify({ summary: summarise(results), files: results }, null, 2)}\n`;
