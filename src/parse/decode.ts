// Stage 1: bytes -> text. A byte-order mark decides (UTF-8, UTF-16LE/BE);
// then UTF-16 without one (Notepad's "Unicode"), strict UTF-8, the charset an
// HTML page declares; then line by line: a file whose lines are UTF-8 but for
// some is read as UTF-8 with those lines in the legacy encoding they are in
// (a GBK paragraph pasted into a UTF-8 file) or, damaged, with U+FFFD; a file
// with no UTF-8 line is read in the legacy encoding a detector (chardet) names:
// GB18030, Big5, or Shift_JIS, EUC-JP, EUC-KR (read as they are, not as
// Chinese mojibake). Decoding itself is the platform's TextDecoder.
// Guarantees to ingest: the whole input as one string without a BOM, with the
// encoding it was read in, the SHA-256 of the bytes and a note for every line
// whose bytes were damaged or in a second encoding; or an InputError for input
// that is no text (empty, binary, of an encoding that cannot be told).
// Nothing else throws.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type * as Chardet from 'chardet';
import type { Context, Recogniser } from 'chardet/lib/encoding/index.js';
import type { Source } from '../model/schema.js';

export type Encoding = Source['encoding'];

/** A line the decoder read otherwise than the rest: in a second encoding, or with bytes replaced by U+FFFD. */
export interface DecodeNote {
  line: number;
  code: 'undecodable-bytes' | 'mixed-encoding';
  message: string;
}

export interface Decoded {
  text: string;
  encoding: Encoding;
  sha256: string;
  notes: DecodeNote[];
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
  shift_jis: 'shift_jis',
  'euc-jp': 'euc-jp',
  'euc-kr': 'euc-kr',
} as const satisfies Partial<Record<Encoding, string>>;
type TextEncoding = keyof typeof LABELS;

const BOMS: [number[], TextEncoding][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8-bom'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

// What the detector may answer, and the least confidence (of 100) taken as an answer.
const DETECTED: Record<string, LegacyEncoding> = {
  GB18030: 'gb18030',
  Big5: 'big5',
  Shift_JIS: 'shift_jis',
  'EUC-JP': 'euc-jp',
  'EUC-KR': 'euc-kr',
};
type LegacyEncoding = Exclude<TextEncoding, 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be'>;
// Chinese text a line must read as to count as a UTF-8 line of a mixed file (GBK bytes are seldom valid UTF-8, never at length).
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/g;
const MIN_CJK_FOR_UTF8 = 2;
// One character in this many read as U+FFFD, at most, in a file read whole in its encoding.
const MAX_DAMAGE = 20;
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
  // some NUL bytes (ASCII in UTF-16) and text that reads: not a binary file. Without NUL bytes, nothing to decode.
  if (!sample.includes(0)) return null;
  for (const order of ['utf-16le', 'utf-16be'] as const) {
    const text = strictDecode(order, sample);
    if (text === null) continue;
    const plausible = text.match(PLAUSIBLE)?.length ?? 0;
    if (plausible >= text.length * 0.95) return order;
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
    if (bom.every((b, i) => bytes[i] === b)) return finish(readWhole(bytes.subarray(bom.length), encoding), encoding, digest);
  }
  const utf16 = utf16Order(bytes);
  if (utf16) return finish(readWhole(bytes, utf16), utf16, digest);
  if (looksBinary(bytes)) throw new InputError('the file is binary, not a text notice');
  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== null) return finish({ text: utf8, notes: [] }, 'utf-8', digest);
  const declared = declaredCharset(bytes);
  const declaredText = declared && strictDecode(LABELS[declared], bytes);
  if (declared && declaredText) return finish({ text: declaredText, notes: [] }, declared, digest);
  return readByLines(bytes, digest);
}

/** Text in one encoding throughout; bytes that are not of it become U+FFFD, each line with some noted. */
function readWhole(bytes: Uint8Array, encoding: TextEncoding): { text: string; notes: DecodeNote[] } {
  const text = strictDecode(LABELS[encoding], bytes);
  if (text !== null) return { text, notes: [] };
  const lenient = new TextDecoder(LABELS[encoding], { ignoreBOM: true }).decode(bytes);
  // a damaged byte here and there is read around; a file mostly not of its encoding is no text of it
  if (countReplaced(lenient) * MAX_DAMAGE > lenient.length)
    fail(`the file starts with a ${encoding} byte-order mark but is not ${encoding} text`);
  // split after the decoding of the whole: the line ends are the text's own
  return joinLines(
    lenient.split('\n').map((line) => ({ text: line, damaged: line.includes('\ufffd') })),
    encoding,
  );
}

/**
 * A file that is not UTF-8 throughout. Lines that are UTF-8 stay so; the rest
 * are read in the legacy encoding the detector names for them, or, when they
 * are UTF-8 with a few damaged bytes, as UTF-8 with U+FFFD. With no UTF-8 line
 * at all the file is one legacy encoding.
 */
function readByLines(bytes: Uint8Array, digest: string): Decoded {
  const rows: { bytes: Uint8Array; utf8: string | null }[] = [];
  let utf8Lines = 0;
  for (let from = 0; from <= bytes.length;) {
    let to = bytes.indexOf(0x0a, from);
    if (to === -1) to = bytes.length;
    const row = bytes.subarray(from, to);
    const utf8 = strictDecode('utf-8', row);
    if (utf8 !== null && countCjk(utf8) >= MIN_CJK_FOR_UTF8) utf8Lines++;
    rows.push({ bytes: row, utf8 });
    from = to + 1;
  }
  const legacy = detectLegacy(rows.filter((r) => r.utf8 === null).map((r) => r.bytes));
  if (utf8Lines === 0) {
    // too little for the detector (a line or two): GB18030 when it reads as Chinese
    if (!legacy && readsAsChinese(new TextDecoder('gb18030').decode(bytes))) return finish(readWhole(bytes, 'gb18030'), 'gb18030', digest);
    if (!legacy)
      return fail('the encoding of the file cannot be told: it is neither UTF-8, UTF-16, GB18030, Big5, Shift_JIS, EUC-JP nor EUC-KR text');
    return finish(readWhole(bytes, legacy), legacy, digest);
  }
  // in a Chinese UTF-8 file a few short legacy lines are too little for the detector (or mislead it: a
  // GBK line can look like EUC-KR): GB18030 is what they are in when the detector's choice is no text
  const candidates = [...new Set([legacy ?? 'gb18030', 'gb18030'] as const)];
  const lines = rows.map(({ bytes: row, utf8 }) => {
    if (utf8 !== null) return { text: utf8, damaged: false };
    const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(row);
    // a UTF-8 line with a damaged byte or two still reads as Chinese; a GBK line read as UTF-8 is mostly U+FFFD
    if (countReplaced(lenient) * 4 > countCjk(lenient))
      for (const encoding of candidates) {
        const text = strictDecode(LABELS[encoding], row);
        if (text !== null && readsAsText(text)) return { text, damaged: false, encoding };
      }
    return { text: lenient, damaged: true };
  });
  const { text, notes } = joinLines(lines, 'utf-8');
  return finish({ text, notes }, lines.some((l) => 'encoding' in l) ? 'mixed' : 'utf-8', digest);
}

const countCjk = (text: string) => text.match(CJK)?.length ?? 0;
const countReplaced = (text: string) => text.split('\ufffd').length - 1;

/** Text whose characters beyond ASCII are (nearly) all Chinese and CJK punctuation: a right decoding, not mojibake. */
function readsAsText(text: string): boolean {
  const wide = text.length - (text.match(/[\x00-\x7f]/g)?.length ?? 0);
  return countCjk(text) >= wide * 0.9;
}

/** Text that reads as Chinese throughout, with a damaged byte at most here and there. */
function readsAsChinese(text: string): boolean {
  return readsAsText(text) && countReplaced(text) * 100 <= countCjk(text);
}

/** The legacy encoding a detector names for these lines, when it is sure enough. */
function detectLegacy(rows: Uint8Array[]): LegacyEncoding | null {
  if (rows.length === 0) return null;
  // the detector loads only for the rare file that is neither Unicode nor declares its charset
  const { analyse } = createRequire(import.meta.url)('chardet') as typeof Chardet;
  let size = 0;
  const sample: Uint8Array[] = [];
  for (const row of rows) {
    if (size >= 65536) break;
    sample.push(row);
    size += row.length + 1;
  }
  const joined = new Uint8Array(size);
  sample.reduce((at, row) => (joined.set(row, at), at + row.length + 1), 0);
  const quick = leadingAnswer(joined);
  if (quick !== undefined) return quick === null ? null : (DETECTED[quick] ?? null);
  const [best] = analyse(joined).filter((match) => match.confidence >= MIN_CONFIDENCE);
  return (best && DETECTED[best.name]) ?? null;
}

let leading: Recogniser[] | null = null;

/** chardet's first recognisers, in its order (lib/index.js, chardet 2.2.0). */
function leadingRecognisers(): Recogniser[] {
  const load = createRequire(import.meta.url);
  const Utf8 = (load('chardet/lib/encoding/utf8') as { default: new () => Recogniser }).default;
  const unicode = load('chardet/lib/encoding/unicode') as Record<string, new () => Recogniser>;
  const mbcs = load('chardet/lib/encoding/mbcs') as Record<string, new () => Recogniser>;
  return [
    new Utf8(),
    ...['UTF_16BE', 'UTF_16LE', 'UTF_32BE', 'UTF_32LE'].map((name) => new unicode[name]!()),
    ...['sjis', 'big5', 'euc_jp', 'euc_kr', 'gb_18030'].map((name) => new mbcs[name]!()),
  ];
}

/**
 * The name of analyse()'s best match of MIN_CONFIDENCE or more when its leading recognisers (Unicode, then the
 * multi-byte CJK encodings) decide it, without running the rest (the single-byte ones are most of its time);
 * undefined when they must run. analyse() ranks by confidence, keeping its own order among equals, and none of
 * the rest (ISO-2022, single-byte, ASCII) scores above 100: a leading 100 is its answer. When no leading
 * recogniser reaches MIN_CONFIDENCE, its answer is none of theirs (null: no encoding this decoder reads).
 */
export function leadingAnswer(bytes: Uint8Array): string | null | undefined {
  leading ??= leadingRecognisers();
  const byteStats = new Array<number>(256).fill(0);
  for (const byte of bytes) byteStats[byte]!++;
  const c1Bytes = byteStats.slice(0x80, 0xa0).some((n) => n > 0);
  const context: Context = { byteStats, c1Bytes, rawInput: bytes, rawLen: bytes.length, inputBytes: bytes, inputLen: bytes.length };
  let best = 0;
  for (const recogniser of leading) {
    const match = recogniser.match(context);
    if (match && match.confidence >= 100) return match.name;
    best = Math.max(best, match?.confidence ?? 0);
  }
  return best < MIN_CONFIDENCE ? null : undefined;
}

/** Lines decoded one by one, joined with \n, each damaged or otherwise-encoded one noted by its line number in the text. */
function joinLines(
  lines: { text: string; damaged: boolean; encoding?: LegacyEncoding }[],
  fileEncoding: TextEncoding,
): { text: string; notes: DecodeNote[] } {
  const notes: DecodeNote[] = [];
  let line = 1;
  for (const l of lines) {
    if (l.damaged) notes.push({ line, code: 'undecodable-bytes', message: `bytes that are not ${fileEncoding} text were read as U+FFFD` });
    else if (l.encoding)
      notes.push({ line, code: 'mixed-encoding', message: `a line in ${l.encoding} in a ${fileEncoding} file, read as ${l.encoding}` });
    // a lone CR inside a line of the split ends a line of the text too (CRLF is one end)
    line += 1 + (l.text.replace(/\r$/, '').match(/\r/g)?.length ?? 0);
  }
  return { text: lines.map((l) => l.text).join('\n'), notes };
}

function finish({ text, notes }: { text: string; notes: DecodeNote[] }, encoding: Encoding, digest: string): Decoded {
  if (text.trim() === '') throw new InputError('the file holds only white space');
  return { text, encoding, sha256: digest, notes };
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
