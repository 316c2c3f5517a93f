// Text in every encoding notices come in: the same notice read from UTF-16
// (with and without a BOM), GB18030, Big5 and a GBK page that declares its
// charset gives the same model as from UTF-8; what cannot be told is an error.
import type * as Chardet from 'chardet';
import iconv from 'iconv-lite';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { decode, InputError, leadingAnswer } from '../src/parse/decode.js';
import { parseNotice } from '../src/parse/parse-notice.js';
import { fixture } from './helpers.js';

const SIMPLIFIED =
  '关于印发科学素质实施方案的通知\n厦海政办〔2022〕17号\n各街道办事处：\n现将方案印发给你们。\n厦门市海沧区人民政府办公室\n2022年6月27日\n';
const TRADITIONAL =
  '關於印發科學素質實施方案的通知\n廈海政辦〔2022〕17號\n各街道辦事處：\n現將方案印發給你們。\n廈門市海滄區人民政府辦公室\n2022年6月27日\n';

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  return iconv.encode(text, `utf-16${order}`, { addBOM: bom });
}

function legacy(text: string, encoding: 'gb18030' | 'big5' | 'shift_jis' | 'euc-kr'): Uint8Array {
  return iconv.encode(text, encoding);
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

describe('decode', () => {
  it.each([
    ['UTF-16LE with a BOM', utf16(SIMPLIFIED, 'le', true), 'utf-16le'],
    ['UTF-16LE without a BOM', utf16(SIMPLIFIED, 'le', false), 'utf-16le'],
    ['UTF-16BE with a BOM', utf16(SIMPLIFIED, 'be', true), 'utf-16be'],
    ['UTF-16BE without a BOM', utf16(SIMPLIFIED, 'be', false), 'utf-16be'],
    ['GB18030', legacy(SIMPLIFIED, 'gb18030'), 'gb18030'],
  ])('reads %s', (_, bytes, encoding) => {
    const decoded = decode(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(SIMPLIFIED);
  });

  it('tells Big5 from GB18030 in a traditional notice', () => {
    const decoded = decode(legacy(TRADITIONAL, 'big5'));
    expect(decoded.encoding).toBe('big5');
    expect(decoded.text).toBe(TRADITIONAL);
  });

  it('reads a GBK page by the charset it declares', () => {
    const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>${SIMPLIFIED.replaceAll('\n', '</p><p>')}</p></body></html>`;
    const decoded = decode(legacy(page, 'gb18030'));
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).toBe(page);
  });

  it('gives the same model from every encoding', () => {
    const reference = parseNotice(SIMPLIFIED);
    for (const bytes of [utf16(SIMPLIFIED, 'le', false), legacy(SIMPLIFIED, 'gb18030')]) {
      const doc = parseNotice(bytes);
      expect(doc.meta).toEqual(reference.meta);
      expect(doc.sections).toEqual(reference.sections);
    }
    expect(parseNotice(legacy(TRADITIONAL, 'big5')).meta.docNumberRaw).toBe('廈海政辦〔2022〕17號');
  });

  it('reads a seed notice saved as UTF-16 the same as its UTF-8 file', () => {
    const text = fixture('haicang-district-2022.md').toString('utf8');
    const doc = parseNotice(utf16(text, 'le', true), { path: 'haicang.md' });
    expect(doc.source.encoding).toBe('utf-16le');
    expect(doc.sections).toEqual(parseNotice(text, { path: 'haicang.md' }).sections);
  });

  it('reads Japanese and Korean legacy encodings as what they are, not as Chinese mojibake', () => {
    const japanese =
      '日本国民は、正当に選挙された国会における代表者を通じて行動し、われらとわれらの子孫のために、諸国民との協和による成果を確保する。\n';
    const korean =
      '유구한 역사와 전통에 빛나는 우리 대한국민은 3·1운동으로 건립된 대한민국임시정부의 법통과 불의에 항거한 4·19민주이념을 계승하고\n';
    expect(decode(legacy(japanese, 'shift_jis'))).toMatchObject({ encoding: 'shift_jis', text: japanese });
    expect(decode(legacy(korean, 'euc-kr'))).toMatchObject({ encoding: 'euc-kr', text: korean });
  });

  it('reads a GBK paragraph pasted into a UTF-8 notice in its own encoding, and says so at its line', () => {
    const [first, second, ...rest] = SIMPLIFIED.split('\n');
    const bytes = concat(utf8(`${first}\n${second}\n`), legacy(`${rest[0]}\n`, 'gb18030'), utf8(rest.slice(1).join('\n')));
    const decoded = decode(bytes);
    expect(decoded.encoding).toBe('mixed');
    expect(decoded.text).toBe(SIMPLIFIED);
    expect(decoded.notes).toEqual([{ line: 3, code: 'mixed-encoding', message: expect.stringContaining('gb18030') }]);
    const doc = parseNotice(bytes);
    expect(doc.meta.docNumberRaw).toBe('厦海政办〔2022〕17号');
    expect(doc.diagnostics).toContainEqual(expect.objectContaining({ code: 'mixed-encoding', line: 3, severity: 'warning' }));
  });

  it('a GBK line whose bytes look like Korean or partly like UTF-8 is still GB18030 when that reads as Chinese', () => {
    // 泉州市人民政府办公室文件 in GBK holds C8 AA (Ȫ in UTF-8) and reads as Hangul in EUC-KR
    const bytes = concat(legacy('泉州市人民政府办公室文件\n', 'gb18030'), utf8('正文第一行。\n正文第二行。\n'));
    expect(decode(bytes)).toMatchObject({ encoding: 'mixed', text: '泉州市人民政府办公室文件\n正文第一行。\n正文第二行。\n' });
  });

  it('reads a UTF-8 notice with a damaged byte as UTF-8, the damage as U+FFFD on its line only', () => {
    const bytes = utf8(SIMPLIFIED);
    const at = utf8(SIMPLIFIED.split('\n').slice(0, 3).join('\n')).length + 4; // inside the first character of line 4
    bytes[at] = 0xff;
    const decoded = decode(bytes);
    expect(decoded.encoding).toBe('utf-8');
    const lines = decoded.text.split('\n');
    expect(lines[3]).toContain('\ufffd');
    expect(lines.filter((l, i) => l !== SIMPLIFIED.split('\n')[i])).toHaveLength(1);
    expect(decoded.notes).toEqual([{ line: 4, code: 'undecodable-bytes', message: expect.any(String) }]);
  });

  it('reads UTF-16 with a broken surrogate pair, noting the line, instead of refusing it', () => {
    const [a, b, c, d] = ['甲', '乙', '丙', '丁'].map((ch) => ch.repeat(10));
    const bytes = concat(utf16(`${a}\r\n${b}`, 'le', true), Uint8Array.from([0x00, 0xd8]), utf16(`${c}\r\n${d}\n`, 'le', false));
    const decoded = decode(bytes);
    expect(decoded.text).toBe(`${a}\r\n${b}\ufffd${c}\r\n${d}\n`);
    expect(decoded.notes).toEqual([{ line: 2, code: 'undecodable-bytes', message: expect.any(String) }]);
  });

  it('reads a line or two of GBK, too short for the detector, as GB18030 because it reads as Chinese', () => {
    expect(decode(legacy('各街道办事处：\n', 'gb18030'))).toMatchObject({ encoding: 'gb18030', text: '各街道办事处：\n' });
  });

  it('refuses bytes whose encoding cannot be told, in one sentence', () => {
    expect(() => decode(Uint8Array.from([0x80, 0x80, 0x80, 0x41]))).toThrow(InputError);
    expect(() => decode(Uint8Array.from([0x80, 0x80, 0x80, 0x41]))).toThrow(/cannot be told/);
  });
});

describe('the detector', () => {
  // every seed and real text notice, whole and cut, in each legacy encoding, damaged and not; Cyrillic and Latin
  // text the CJK recognisers must not claim; random bytes
  const texts = ['haicang-district-2022.md', 'huancui-district-2022.txt', 'real/03-xiamen-kxsz-2022.txt'].map((name) =>
    fixture(name).toString('utf8'),
  );
  const samples: Uint8Array[] = [
    iconv.encode('Съешь же ещё этих мягких французских булок, да выпей чаю. '.repeat(40), 'win1251'),
    iconv.encode('Portez ce vieux whisky au juge blond qui fume, à côté. '.repeat(40), 'latin1'),
  ];
  for (const text of texts)
    for (const encoding of ['gb18030', 'big5', 'shift_jis', 'euc-kr', 'utf-16le'] as const)
      for (const length of [60, 600, 6000, text.length]) {
        const bytes = iconv.encode(text.slice(0, length), encoding);
        samples.push(
          bytes,
          bytes.map((b, i) => (i % 97 === 0 ? (b * 31) & 0xff : b)),
        );
      }
  let seed = 7;
  for (let n = 0; n < 20; n++)
    samples.push(Uint8Array.from({ length: 50 + n * 300 }, () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff));

  it("gives chardet's answer whenever its leading recognisers decide it, and decides GB18030 notices", () => {
    const { analyse } = createRequire(import.meta.url)('chardet') as typeof Chardet;
    const leading = ['UTF-8', 'UTF-16BE', 'UTF-16LE', 'UTF-32BE', 'UTF-32LE', 'Shift_JIS', 'Big5', 'EUC-JP', 'EUC-KR', 'GB18030'];
    let decided = 0;
    for (const bytes of samples) {
      const quick = leadingAnswer(bytes);
      if (quick === undefined) continue;
      decided++;
      const best = analyse(bytes).find((match) => match.confidence >= 50);
      expect(quick).toBe(best && leading.includes(best.name) ? best.name : null);
    }
    expect(decided).toBeGreaterThanOrEqual(samples.length / 2);
    for (const text of texts) expect(leadingAnswer(iconv.encode(text, 'gb18030'))).toBe('GB18030');
    expect(leadingAnswer(samples[0]!)).toBeNull();
  });
});
