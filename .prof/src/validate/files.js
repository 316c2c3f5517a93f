// The files a corpus command works on: files as named, folders searched for
// notices and models, globs expanded, as ESLint does: extensions in any case,
// node_modules and .git never searched, `.planignore` and --ignore-pattern
// applied to what folders and globs find (a file named on the command line is
// always read), and a .json found there read only when it is a plan model.
// Sorted, so every run reads the same order.
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { convertPathToPattern, globSync } from 'tinyglobby';
import { UsageError } from '../cli/io.js';
import { compareText } from '../text/text.js';
const EXTENSIONS = '{txt,md,markdown,html,htm,docx,doc,odt,pdf,ofd,json}';
const GLOB = /[*?[\]{}]/;
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];
const IGNORE_FILE = '.planignore';
/**
 * The patterns of an ignore file, as globs from the folder it is in: one a
 * line, # for comments; `dir/` ignores a folder, a pattern with no slash
 * matches at any depth, a leading / anchors it to the folder.
 */
function readIgnoreFile(path) {
    return readFileSync(path, 'utf8')
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith('#'))
        .map(toGlob);
}
function toGlob(pattern) {
    const folder = pattern.endsWith('/');
    let glob = folder ? pattern.slice(0, -1) : pattern;
    glob = glob.startsWith('/') ? glob.slice(1) : glob.includes('/') ? glob : `**/${glob}`;
    return folder ? `${glob}/**` : glob;
}
/** A .json found by a search is a plan model only when it says so near its start (plan parse writes schemaVersion first). */
function isModel(file) {
    const head = Buffer.alloc(512);
    const fd = openSync(file, 'r');
    try {
        const n = readSync(fd, head, 0, head.length, 0);
        return /"schemaVersion"\s*:\s*"\d+\.\d+\.\d+"/.test(head.subarray(0, n).toString('utf8'));
    }
    finally {
        closeSync(fd);
    }
}
function ignorePatterns(cwd, extra = []) {
    const ignoreFile = join(cwd, IGNORE_FILE);
    return [...ALWAYS_IGNORED, ...(existsSync(ignoreFile) ? readIgnoreFile(ignoreFile) : []), ...extra.map(toGlob)];
}
/** Whether a folder or glob search would leave `file` out (it need not exist). */
export function isIgnored(file, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    const relative = isAbsolute(file) ? file : file.replace(/^\.\//, '');
    const ignore = ignorePatterns(cwd, options.ignore);
    return (globSync(convertPathToPattern(relative), { cwd, ignore, caseSensitiveMatch: false, absolute: isAbsolute(file) }).length === 0 &&
        existsSync(resolve(cwd, file)));
}
export function expandPaths(paths, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    const ignore = ignorePatterns(cwd, options.ignore);
    // found files are named as the path was given: relative to the working folder, or absolute
    const search = (pattern) => globSync(pattern, {
        cwd,
        absolute: isAbsolute(pattern),
        onlyFiles: true,
        expandDirectories: false,
        caseSensitiveMatch: false,
        ignore,
    }).filter((f) => !/\.json$/i.test(f) || isModel(resolve(cwd, f)));
    const files = new Set();
    for (const path of paths) {
        if (GLOB.test(path)) {
            const matched = search(path);
            if (matched.length === 0)
                throw new UsageError(`no files match '${path}' (or all are ignored)`);
            matched.forEach((f) => files.add(f));
            continue;
        }
        let isDirectory = false;
        try {
            isDirectory = statSync(resolve(cwd, path)).isDirectory();
        }
        catch {
            // a missing file is reported by the validation of that file
        }
        if (isDirectory) {
            const found = search(`${convertPathToPattern(path).replace(/\/$/, '')}/**/*.${EXTENSIONS}`);
            if (found.length === 0)
                throw new UsageError(`no notices (.txt, .md, .html, .docx, .doc, .odt, .pdf, .ofd) or plan models (.json) in '${path}'`);
            found.forEach((f) => files.add(f));
        }
        else {
            files.add(path);
        }
    }
    return [...files].sort(compareText);
}
