// What the fuzz suite feeds the parser: a seed or real notice (whole, or a
// window of its lines), edited as damaged copies are (lines deleted,
// duplicated, shuffled, cut; markers, junk and invisible characters inserted;
// a line or piece repeated thousands of times), saved in one of the encodings
// notices come in, and last flipped byte by byte.
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { fixture, REAL_NOTICES, SEEDS } from '../helpers.js';

export interface Case {
  /** The file the case was made from and how, to reproduce it. */
  origin: string;
  /** A path with the source's extension, so the format is told as for the source. */
  path: string;
  bytes: Uint8Array;
}

const SOURCES = [...SEEDS, ...REAL_NOTICES].map((name) => ({ name, text: fixture(name).toString('utf8') }));

/** Pieces of notices' structure and of their damage. */
const PIECES = [
  '一、',
  '（一）',
  '(二)',
  '1.',
  '１．',
  '（１）',
  '⑴',
  '⒈',
  '①',
  '——',
  '•\t',
  '责任单位：',
  '牵头单位：',
  '（区科协牵头，区教育局配合）',
  '牵头',
  '抄送：',
  '（此件主动公开）',
  '2022年6月27日',
  '二〇二二年六月二十七日',
  '厦海政办〔2022〕17号',
  '关于印发',
  '实施方案的通知',
  '任务分工表',
  '序号\t重点任务\t牵头单位\t配合单位',
  '时限要求：2023年底前',
  '索引号:',
  '— 5 —',
  '打印本页',
  '# ',
  '> ',
  '**',
  '| a | b |',
  '<p>',
  '</td>',
  '\t',
  '\n',
  '\r',
  '\u3000',
  '\u200b',
  '\ufeff',
  '\u2028',
  '\u001b]0;x\u0007',
  '=HYPERLINK("x")',
  '。',
  '（',
  '）',
];

const MAX_LINE = 200_000;

const ENCODINGS = ['utf-8', 'utf-8', 'utf-8', 'utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030', 'big5'] as const;

// Repetitions make the biggest cases: one edit in twenty, most of them short.
const Edit = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({ kind: fc.constantFrom('delete', 'duplicate', 'swap', 'cut', 'shuffle'), at: fc.nat(), by: fc.nat() }),
  },
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('insert'), at: fc.nat(), by: fc.nat(), piece: fc.constantFrom(...PIECES) }) },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('insert'), at: fc.nat(), by: fc.nat(), piece: fc.string({ unit: 'binary', maxLength: 6 }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('repeat'),
      at: fc.nat(),
      by: fc.oneof(fc.integer({ min: 2, max: 50 }), fc.integer({ min: 2, max: 3000 })),
      piece: fc.constantFrom(...PIECES),
    }),
  },
);
type Edit = typeof Edit extends fc.Arbitrary<infer T> ? T : never;

function edit(lines: string[], e: Edit): void {
  const i = e.at % lines.length;
  const j = e.by % lines.length;
  const line = lines[i]!;
  switch (e.kind) {
    case 'delete':
      if (lines.length > 1) lines.splice(i, 1);
      break;
    case 'duplicate':
      lines.splice(i, 0, line);
      break;
    case 'swap':
      [lines[i], lines[j]] = [lines[j]!, line];
      break;
    case 'cut':
      lines[i] = line.slice(0, e.by % (line.length + 1));
      break;
    case 'shuffle': {
      // a run of lines in another order (a PDF extraction's column mix-up)
      const run = lines.splice(i, 1 + (e.by % 8));
      for (let k = run.length - 1; k > 0; k--) {
        const m = (e.by * (k + 7)) % (k + 1);
        [run[k], run[m]] = [run[m]!, run[k]!];
      }
      lines.splice(i, 0, ...run);
      break;
    }
    case 'insert': {
      const at = e.by % (line.length + 1);
      lines[i] = line.slice(0, at) + e.piece + line.slice(at);
      break;
    }
    case 'repeat':
      // a piece or the whole line thousands of times over, up to a line of MAX_LINE characters
      if (e.at % 2 === 0) lines[i] = line + e.piece.repeat(Math.min(e.by, MAX_LINE / e.piece.length));
      else lines[i] = line.repeat(Math.min(e.by, 400, Math.floor(MAX_LINE / (line.length + 1))));
      break;
  }
}

function encode(text: string, encoding: (typeof ENCODINGS)[number]): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text);
  if (encoding === 'utf-8-bom') return new TextEncoder().encode(`\ufeff${text}`);
  return iconv.encode(text, encoding, { addBOM: encoding.startsWith('utf-16') && text.length % 2 === 0 });
}

/** One fuzz case: one in fifty a whole document, the rest windows of up to 120 lines. */
export const fuzzCase: fc.Arbitrary<Case> = fc
  .record({
    source: fc.nat(SOURCES.length - 1),
    whole: fc.nat(49),
    start: fc.nat(),
    length: fc.integer({ min: 1, max: 120 }),
    edits: fc.array(Edit, { maxLength: 8 }),
    encoding: fc.constantFrom(...ENCODINGS),
    flips: fc.array(fc.record({ at: fc.nat(), value: fc.nat(255) }), { maxLength: 3 }),
  })
  .map(({ source, whole, start, length, edits, encoding, flips }) => {
    const { name, text } = SOURCES[source]!;
    let lines = text.split('\n');
    if (whole !== 0) {
      const from = start % lines.length;
      lines = lines.slice(from, from + length);
    }
    for (const e of edits) edit(lines, e);
    const bytes = encode(lines.join('\n'), encoding);
    for (const f of flips) if (bytes.length > 0) bytes[f.at % bytes.length] = f.value;
    const how = `${whole === 0 ? 'whole' : `lines ${start % text.split('\n').length}+${length}`}, ${edits.length} edits, ${encoding}, ${flips.length} flips`;
    return { origin: `${name} (${how})`, path: `case${/\.\w+$/.exec(name)![0]}`, bytes };
  });
