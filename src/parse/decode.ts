// Stage 1: bytes -> text. A byte-order mark decides (UTF-8, UTF-16LE/BE);
// then UTF-16 without one (Notepad's "Unicode"), strict UTF-8, the charset an
// HTML page declares, and last GB18030 or Big5 as a detector (chardet) tells
// them apart. Decoding itself is the platform's TextDecoder, always strict.
// Guarantees to ingest: the whole input as one string without a BOM, with the
// encoding it was read in and the SHA-256 of the bytes; or an InputError for
// input that is no text (empty, binary, of an encoding that cannot be told).
// Nothing else throws.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type * as Chardet from 'chardet';
import type { Source } from '../model/schema.js';

export type Encoding = Source['encoding'];

export interface Decoded {
  text: string;
  encoding: Encoding;
  sha256: string;
}

/** A file that is not a notice at all: empty, binary, undecodable, or a document its reader cannot open. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** The TextDecoder label of each encoding a text notice can be read in. */
const LABELS = {
  'utf-8': 'utf-8',
  'utf-8-bom': 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  gb18030: 'gb18030',
  big5: 'big5',
} as const satisfies Partial<Record<Encoding, string>>;
type TextEncoding = keyof typeof LABELS;

const BOMS: [number[], TextEncoding][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8-bom'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

// What the detector may answer, and the least confidence (of 100) taken as an answer.
const DETECTED: Record<string, TextEncoding> = { GB18030: 'gb18030', Big5: 'big5' };
const MIN_CONFIDENCE = 50;

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

// UTF-16 without a BOM: decoded in that byte order, a sample is (nearly) all
// Chinese, ASCII and CJK punctuation; in the other order it is not.
const PLAUSIBLE = /[\t\n\r\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/g;
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const sample = bytes.subarray(0, 8192);
  for (const order of ['utf-16le', 'utf-16be'] as const) {
    const text = strictDecode(order, sample);
    if (text === null) continue;
    const plausible = text.match(PLAUSIBLE)?.length ?? 0;
    // some NUL bytes (ASCII in UTF-16) and text that reads: not a binary file
    if (sample.includes(0) && plausible >= text.length * 0.95) return order;
  }
  return null;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The charset an HTML page declares in its first kilobytes: <meta charset="gbk">, content="text/html; charset=gb2312". */
function declaredCharset(bytes: Uint8Array): TextEncoding | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const label = /<meta[^>]{0,200}?charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (!label) return null;
  if (/^(?:gb2312|gbk|gb18030|x-gbk|cp936)$/.test(label)) return 'gb18030';
  if (/^(?:big5|big5-hkscs|x-x-big5|cp950)$/.test(label)) return 'big5';
  return null;
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new InputError('the file is empty');
  const digest = sha256(bytes);
  for (const [bom, encoding] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) {
      const text = strictDecode(LABELS[encoding], bytes.subarray(bom.length));
      return finish(text ?? fail(`the file starts with a ${encoding} byte-order mark but is not ${encoding} text`), encoding, digest);
    }
  }
  const utf16 = utf16Order(bytes);
  if (utf16) return finish(strictDecode(utf16, bytes)!, utf16, digest);
  if (looksBinary(bytes)) throw new InputError('the file is binary, not a text notice');
  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== null) return finish(utf8, 'utf-8', digest);
  const declared = declaredCharset(bytes);
  const declaredText = declared && strictDecode(LABELS[declared], bytes);
  if (declared && declaredText) return finish(declaredText, declared, digest);
  // the detector loads only for the rare file that is neither Unicode nor declares its charset
  const { analyse } = createRequire(import.meta.url)('chardet') as typeof Chardet;
  const [best] = analyse(bytes.subarray(0, 65536))
    .filter((match) => DETECTED[match.name] && match.confidence >= MIN_CONFIDENCE)
    .sort((a, b) => b.confidence - a.confidence);
  const encoding = best && DETECTED[best.name]!;
  const text = encoding && strictDecode(LABELS[encoding], bytes);
  if (encoding && text) return finish(text, encoding, digest);
  return fail('the encoding of the file cannot be told: it is neither UTF-8, UTF-16, GB18030 nor Big5 text');
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

function fail(message: string): never {
  throw new InputError(message);
}
