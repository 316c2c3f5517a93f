import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { judge } from './fuzz/oracle.js';
it('x', async () => {
  for (const f of ['0.txt', '1.md', '2.txt', '3.txt', '4.txt']) {
    const bytes = readFileSync(`/tmp/fuzzrun/fuzz-failures/${f}`);
    const v = await judge({ bytes: new Uint8Array(bytes), path: `x/${f}` } as never, 1e-9);
    console.log(f, v.outcomes, v.detail?.slice(0, 400));
  }
}, 120000);
