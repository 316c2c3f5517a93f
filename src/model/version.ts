// Versions: of the plan model's JSON shape (kept apart so that parsing does not
// load zod), and of the package.
import { readFileSync } from 'node:fs';

export const SCHEMA_VERSION = '1.6.0';

/** The package's version, from the nearest package.json above this module (the bundle in dist/bundle, or src/model in tests). */
export function packageVersion(): string {
  for (let dir = new URL('.', import.meta.url); ; dir = new URL('..', dir)) {
    try {
      return (JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as { version: string }).version;
    } catch (error) {
      if (dir.pathname === '/') throw error;
    }
  }
}
