/** A problem with the command line or the files it names: exit code 2. */
export declare class UsageError extends Error {
    constructor(message: string);
}
/** The bytes of a file, or of standard input for `-`; a file over `maxBytes` is refused before it is read. */
export declare function readInput(path: string, maxBytes?: number): Promise<Uint8Array>;
/**
 * Writes to a file, or to standard output when no file is named (text with
 * its control characters escaped). A file is written whole or not at all: to
 * a temporary file beside it, then renamed, so a full disk never leaves half
 * a report in place of the last good one. A device or pipe is written directly.
 */
export declare function writeOutput(content: string | Uint8Array, path?: string): void;
/** A message on standard error, its control characters escaped. */
export declare function writeMessage(text: string): void;
