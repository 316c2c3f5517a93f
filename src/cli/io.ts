// Reading notices and writing results for the CLI: every failure becomes a
// UsageError with one line a person can act on, never a stack trace.
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { escapeControls } from '../render/escape.js';
import { readStandardInput } from '../io/standard-input.js';
import { DEFAULT_LIMITS } from '../parse/ingest/documents/limits.js';

/** A problem with the command line or the files it names: exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  ENOSPC: 'no space left on the device',
  EPIPE: 'the reader closed the pipe',
};

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return REASONS[code] ?? (error as Error).message;
}

/** The bytes of a file, or of standard input for `-`; a file over `maxBytes` is refused before it is read. */
export async function readInput(path: string, maxBytes = DEFAULT_LIMITS.maxBytes): Promise<Uint8Array> {
  const shown = path === '-' ? 'standard input' : path;
  const tooLarge = (size?: number) =>
    new UsageError(
      `cannot read '${shown}': it has ${size === undefined ? 'more bytes than' : `${size} bytes, more than`} the limit of ${maxBytes} (--max-size)`,
    );
  try {
    if (path === '-') return await readStandardInput(maxBytes);
    const stats = statSync(path);
    if (stats.isDirectory()) throw new UsageError(`cannot read '${path}': it is a directory`);
    if (stats.size > maxBytes) throw tooLarge(stats.size);
    return readFileSync(path);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    if (error instanceof RangeError) throw tooLarge();
    throw new UsageError(`cannot read '${shown}': ${reason(error)}`);
  }
}

/**
 * Writes to a file, or to standard output when no file is named (text with
 * its control characters escaped). A file is written whole or not at all: to
 * a temporary file beside it, then renamed, so a full disk never leaves half
 * a report in place of the last good one. A device or pipe is written directly.
 */
export function writeOutput(content: string | Uint8Array, path?: string): void {
  if (!path || path === '-') {
    try {
      process.stdout.write(typeof content === 'string' ? escapeControls(content) : content);
    } catch (error) {
      throw new UsageError(`cannot write standard output: ${reason(error)}`);
    }
    return;
  }
  // a device or a pipe (/dev/stdout, a FIFO) is written as it is: only a file is replaced
  const existing = statSync(path, { throwIfNoEntry: false });
  const target = existing && !existing.isFile() ? path : join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(target, content);
    if (target !== path) renameSync(target, path);
  } catch (error) {
    if (target !== path) rmSync(target, { force: true });
    throw new UsageError(`cannot write '${path}': ${reason(error)}`);
  }
}

/** Whether -o names a file: not absent, not '-' (standard output). */
export function namesFile(output: string | undefined): output is string {
  return output !== undefined && output !== '-';
}

/**
 * The format a command writes: --format when given (with a note when -o's
 * extension names another), else the one -o's extension names, else
 * `fallback`. Bytes are never written to a terminal: a UsageError says to name
 * a file (`e.g. -o 任务分工表.xlsx`, `example` being the file's name).
 */
export function outputFormat<F extends string>(
  options: { format?: F; output?: string },
  formatOf: (path: string) => F | null,
  { fallback, binary, example }: { fallback: F; binary: (format: F) => boolean; example: string },
): F {
  const named = namesFile(options.output) ? formatOf(options.output) : null;
  const format = options.format ?? named ?? fallback;
  if (options.format && named && named !== options.format)
    writeMessage(`plan: writing ${options.format} to '${options.output}', whose name says ${named}\n`);
  if (binary(format) && !namesFile(options.output) && process.stdout.isTTY)
    throw new UsageError(`--format ${format} is binary: name a file with -o, e.g. -o ${example}.${format}`);
  return format;
}

/** A message on standard error, its control characters escaped. */
export function writeMessage(text: string): void {
  process.stderr.write(escapeControls(text));
}
