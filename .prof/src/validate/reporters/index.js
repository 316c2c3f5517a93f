// The reporters of `plan validate`, by name: the names the CLI offers are the
// keys of this registry, as in ESLint's and textlint's formatters.
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
export const REPORTERS = { stylish, json, junit, sarif, github };
export const REPORTER_NAMES = Object.keys(REPORTERS);
export { summarise } from './summary.js';
