// Versions: of the plan model's JSON shape (kept apart so that parsing does not
// load zod), and of the package.
import { readFileSync } from 'node:fs';

export const SCHEMA_VERSION = '1.0.0';

/** The package's version; this module sits two folders below the package root, in dist/src or dist/cli. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}
