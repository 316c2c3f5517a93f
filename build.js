// Builds dist/ afresh: the library with tsc (dist/src, with types), then the
// CLI bundled with esbuild so that start-up does not resolve hundreds of
// modules (Chevrotain alone brings lodash-es, 600+ files). The bundle is split
// at the dynamic imports, so `plan --help` loads neither the grammar nor the model.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

rmSync('dist', { recursive: true, force: true });
execFileSync(process.execPath, [createRequire(import.meta.url).resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], { stdio: 'inherit' });

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
  // pdf.js starts its worker from a file beside its own: it stays a package of node_modules
  external: ['pdfjs-dist'],
  minify: true,
  logLevel: 'warning',
  // createRequire for the CommonJS parts of dependencies
  banner: { js: "import { createRequire as __planRequire } from 'node:module'; const require = __planRequire(import.meta.url);" },
});
