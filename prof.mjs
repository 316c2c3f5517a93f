import { readFileSync } from 'node:fs';
import { parseNotice } from './dist/src/index.js';
const f = process.argv[2];
const t = Date.now(); parseNotice(readFileSync(f), { path: f }); console.error(Date.now() - t, 'ms');
