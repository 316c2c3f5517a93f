// Reading notices and writing results for the CLI: every failure becomes a
// UsageError with one line a person can act on, never a stack trace.
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { escapeControls } from '../render/escape.js';
import { readStandardInput } from '../io/standard-input.js';
import { DEFAULT_LIMITS } from '../parse/ingest/documents/limits.js';
/** A problem with the command line or the files it names: exit code 2. */
export class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
const REASONS = {
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    EISDIR: 'it is a directory',
    ENOTDIR: 'a part of the path is not a directory',
    ENOSPC: 'no space left on the device',
    EPIPE: 'the reader closed the pipe',
};
function reason(error) {
    const code = error.code ?? '';
    return REASONS[code] ?? error.message;
}
/** The bytes of a file, or of standard input for `-`; a file over `maxBytes` is refused before it is read. */
export async function readInput(path, maxBytes = DEFAULT_LIMITS.maxBytes) {
    const shown = path === '-' ? 'standard input' : path;
    const tooLarge = (size) => new UsageError(`cannot read '${shown}': it has ${size === undefined ? 'more bytes than' : `${size} bytes, more than`} the limit of ${maxBytes} (--max-size)`);
    try {
        if (path === '-')
            return await readStandardInput(maxBytes);
        const stats = statSync(path);
        if (stats.isDirectory())
            throw new UsageError(`cannot read '${path}': it is a directory`);
        if (stats.size > maxBytes)
            throw tooLarge(stats.size);
        return readFileSync(path);
    }
    catch (error) {
        if (error instanceof UsageError)
            throw error;
        if (error instanceof RangeError)
            throw tooLarge();
        throw new UsageError(`cannot read '${shown}': ${reason(error)}`);
    }
}
/**
 * Writes to a file, or to standard output when no file is named (text with
 * its control characters escaped). A file is written whole or not at all: to
 * a temporary file beside it, then renamed, so a full disk never leaves half
 * a report in place of the last good one. A device or pipe is written directly.
 */
export function writeOutput(content, path) {
    if (!path || path === '-') {
        try {
            process.stdout.write(typeof content === 'string' ? escapeControls(content) : content);
        }
        catch (error) {
            throw new UsageError(`cannot write standard output: ${reason(error)}`);
        }
        return;
    }
    // a device or a pipe (/dev/stdout, a FIFO) is written as it is: only a file is replaced
    const existing = statSync(path, { throwIfNoEntry: false });
    const target = existing && !existing.isFile() ? path : join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    try {
        writeFileSync(target, content);
        if (target !== path)
            renameSync(target, path);
    }
    catch (error) {
        if (target !== path)
            rmSync(target, { force: true });
        throw new UsageError(`cannot write '${path}': ${reason(error)}`);
    }
}
/** A message on standard error, its control characters escaped. */
export function writeMessage(text) {
    process.stderr.write(escapeControls(text));
}
