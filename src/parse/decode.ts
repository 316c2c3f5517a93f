// Stage 1: bytes -> text. UTF-8 (with or without BOM), falling back to GB18030,
// which many government sites and Windows exports still use.
// Guarantees to ingest: the whole input as one string without a BOM, with the
// encoding it was read in and the SHA-256 of the bytes; or an InputError for
// input that is no text (empty, binary, undecodable). Nothing else throws.
import { createHash } from 'node:crypto';
import type { Source } from '../model/schema.js';

export type Encoding = Source['encoding'];

export interface Decoded {
  text: string;
  encoding: Encoding;
  sha256: string;
}

/** A file that is not a notice at all: empty, binary or undecodable. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

const BOM = [0xef, 0xbb, 0xbf];

function hasBom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && BOM.every((b, i) => bytes[i] === b);
}

// Control characters other than tab, newline, form feed and carriage return do
// not occur in text; a NUL byte or a high share of them means a binary file.
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) control++;
  }
  return control > sample.length * 0.02;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new InputError('the file is empty');
  if (looksBinary(bytes)) throw new InputError('the file is binary, not a text notice');
  const digest = sha256(bytes);
  if (hasBom(bytes)) {
    return finish(strictDecode('utf-8', bytes.subarray(3)) ?? fail(), 'utf-8-bom', digest);
  }
  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== null) return finish(utf8, 'utf-8', digest);
  const gb = strictDecode('gb18030', bytes);
  if (gb !== null) return finish(gb, 'gb18030', digest);
  return fail();
}

function finish(text: string, encoding: Encoding, digest: string): Decoded {
  if (text.trim() === '') throw new InputError('the file holds only white space');
  return { text, encoding, sha256: digest };
}

function strictDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function fail(): never {
  throw new InputError('the file is neither UTF-8 nor GB18030 text');
}
