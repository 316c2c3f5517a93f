// Builds dist/ afresh: the types with tsc (dist/src/**/*.d.ts), then the
// library and the CLI bundled together with esbuild (dist/bundle), so that
// start-up does not resolve hundreds of modules (Chevrotain alone brings
// lodash-es, 600+ files) and the published package needs no dependency but
// pdf.js, the readers loaded only when their input comes (chardet for legacy
// encodings, rehype-parse for pages, word-extractor for .doc: required at run
// time, so a text notice does not compile them) and the two whose types the
// declarations use. The bundle is split at
// the dynamic imports, so `plan --help` loads neither the grammar nor the model;
// the data files are inlined, so data/ is not shipped.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

rmSync('dist', { recursive: true, force: true });
execFileSync(
  process.execPath,
  [createRequire(import.meta.url).resolve('typescript/bin/tsc'), '-p', 'tsconfig.json', '--emitDeclarationOnly'],
  {
    stdio: 'inherit',
  },
);

// archiver-utils (the zip library of exceljs's streaming writer) calls the deprecated Buffer(), which Node
// reports on stderr for code outside node_modules, as bundled code is: its two calls get their current forms.
const currentBuffer = {
  name: 'current-buffer',
  setup(b) {
    b.onLoad({ filter: /archiver-utils[\\/]index\.js$/ }, ({ path }) => ({
      contents: readFileSync(path, 'utf8').replace('new Buffer(0)', 'Buffer.alloc(0)').replace('new Buffer(source)', 'Buffer.from(source)'),
      loader: 'js',
    }));
  },
};

await build({
  plugins: [currentBuffer],
  entryPoints: ['src/index.ts', 'src/cli/main.ts', 'src/validate/worker.ts'],
  // flat, so the worker sits beside the chunk that starts it (new URL('./worker.js'))
  entryNames: '[name]',
  outdir: 'dist/bundle',
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
