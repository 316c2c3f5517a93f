import { summarise } from './summary.js';
export const json = (results) => `${JSON.stringify({ summary: summarise(results), files: results }, null, 2)}\n`;
