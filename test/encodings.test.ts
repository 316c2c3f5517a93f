// Text in every encoding notices come in: the same notice read from UTF-16
// (with and without a BOM), GB18030, Big5 and a GBK page that declares its
// charset gives the same model as from UTF-8; what cannot be told is an error.
import { describe, expect, it } from 'vitest';
import { decode, InputError } from '../src/parse/decode.js';
import { parseNotice } from '../src/parse/parse-notice.js';
import { fixture } from './helpers.js';

const SIMPLIFIED =
  '关于印发科学素质实施方案的通知\n厦海政办〔2022〕17号\n各街道办事处：\n现将方案印发给你们。\n厦门市海沧区人民政府办公室\n2022年6月27日\n';
const TRADITIONAL =
  '關於印發科學素質實施方案的通知\n廈海政辦〔2022〕17號\n各街道辦事處：\n現將方案印發給你們。\n廈門市海滄區人民政府辦公室\n2022年6月27日\n';

// Node's ICU encoders are not exposed; these byte forms are built by hand or by a round trip through TextDecoder's inverse.
function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const bytes: number[] = bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes.push(...(order === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]));
  }
  return Uint8Array.from(bytes);
}

/** Encodes with a legacy code page by searching each character's bytes (the tests' notices are short). */
function legacy(text: string, label: 'gb18030' | 'big5'): Uint8Array {
  const decoder = new TextDecoder(label);
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const char = decoder.decode(Uint8Array.from([lead, trail]));
      if (char.length === 1 && !table.has(char)) table.set(char, [lead, trail]);
    }
  const bytes: number[] = [];
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) bytes.push(char.charCodeAt(0));
    else bytes.push(...(table.get(char) ?? expect.unreachable(`${char} has no ${label} form`)));
  }
  return Uint8Array.from(bytes);
}

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

  it('refuses bytes whose encoding cannot be told, in one sentence', () => {
    expect(() => decode(Uint8Array.from([0x80, 0x80, 0x80, 0x41]))).toThrow(InputError);
    expect(() => decode(Uint8Array.from([0x80, 0x80, 0x80, 0x41]))).toThrow(/cannot be told/);
  });
});
