// Bundles the CLI so that start-up does not resolve hundreds of modules
// (Chevrotain alone brings lodash-es, 600+ files). Split at the dynamic
// imports, so `plan --help` loads neither the grammar nor the model.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist/cli', { recursive: true, force: true });

await build({
  entryPoints: ['src/cli/main.ts', 'src/validate/worker.ts'],
  // flat, so the worker sits beside the chunk that starts it (new URL('./worker.js'))
  entryNames: '[name]',
  outdir: 'dist/cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'bundle',
  minify: true,
  logLevel: 'warning',
  // createRequire for the CommonJS parts of dependencies
  banner: { js: "import { createRequire as __planRequire } from 'node:module'; const require = __planRequire(import.meta.url);" },
});
