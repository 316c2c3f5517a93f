import { readFileSync } from 'node:fs';
import { parseNotice } from './src/parse/parse-notice.js';
const b = readFileSync('/tmp/fuzzrun/fuzz-failures/0.txt');
for (let i = 0; i < 3; i++) parseNotice(b, { path: 'x.txt' });
