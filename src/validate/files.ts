// The files a corpus command works on: files as named, folders searched for
// notices and models, globs expanded. Sorted, so every run reads the same order.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { UsageError } from '../cli/io.js';
import { compareText } from '../text/text.js';

const NOTICE_FILES = '**/*.{txt,md,markdown,html,htm,docx,doc,odt,pdf,ofd,json}';
const GLOB = /[*?[\]{}]/;

export function expandPaths(paths: string[]): string[] {
  const files = new Set<string>();
  for (const path of paths) {
    if (GLOB.test(path)) {
      const matched = globSync(path, { onlyFiles: true, expandDirectories: false });
      if (matched.length === 0) throw new UsageError(`no files match '${path}'`);
      matched.forEach((f) => files.add(f));
      continue;
    }
    let isDirectory = false;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      // a missing file is reported by the validation of that file
    }
    if (isDirectory) {
      const found = globSync(NOTICE_FILES, { cwd: path, onlyFiles: true, ignore: ['**/node_modules/**'] });
      if (found.length === 0)
        throw new UsageError(`no notices (.txt, .md, .html, .docx, .doc, .odt, .pdf, .ofd) or models (.json) in '${path}'`);
      found.forEach((f) => files.add(join(path, f)));
    } else {
      files.add(path);
    }
  }
  return [...files].sort(compareText);
}
