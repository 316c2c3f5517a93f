import { Lexer } from 'chevrotain';
import { describe, expect, it, vi } from 'vitest';
import { allTokens } from '../grammars/lexer.js';
import { NoticeParser, parseCst } from '../grammars/parser.js';
import { parseNotice } from '../src/parse/parse-notice.js';

const outline = (text: string) => {
  const doc = parseNotice(text, { format: 'text' });
  const walk = (nodes: typeof doc.sections): string[] => nodes.flatMap((n) => [`${n.id}:${n.kind}:${n.title}`, ...walk(n.children)]);
  return walk(doc.sections);
};

describe('grammar: markers decide the nesting', () => {
  it('nests chapter > section > item > sub-item > circled', () => {
    expect(outline('一、甲\n（一）乙\n1.丙。\n（1）丁。\n①戊。\n')).toEqual([
      '1:chapter:甲',
      '1.1:section:乙',
      '1.1.1:item:丙',
      '1.1.1.1:subitem:丁',
      '1.1.1.1.1:circled:戊',
    ]);
  });

  it('closes open sections and items at the next chapter', () => {
    expect(outline('一、甲\n（一）乙\n1.丙。\n二、丁\n（一）戊\n')).toEqual([
      '1:chapter:甲',
      '1.1:section:乙',
      '1.1.1:item:丙',
      '2:chapter:丁',
      '2.1:section:戊',
    ]);
  });

  it('accepts items directly under a chapter', () => {
    expect(outline('一、甲\n1.乙。\n2.丙。\n')).toEqual(['1:chapter:甲', '1.1:item:乙', '1.2:item:丙']);
  });

  it('gives a responsibility line after items to the enclosing section, not the last item', () => {
    const doc = parseNotice('一、甲\n（一）乙\n1.丙。\n2.丁。\n责任单位：区科协牵头，区教育局参加。\n', { format: 'text' });
    const section = doc.sections[0]!.children[0]!;
    expect(section.responsibility?.raw).toBe('责任单位：区科协牵头，区教育局参加。');
    expect(section.children.map((c) => c.responsibility)).toEqual([null, null]);
  });

  it('keeps an unmarked paragraph as text of the node above it', () => {
    const doc = parseNotice('一、甲\n（一）乙\n1.丙。丙的正文。\n另一段。\n', { format: 'text' });
    expect(doc.sections[0]!.children[0]!.children[0]!.text).toBe('丙的正文。\n另一段。');
  });

  it('numbers dash bullets by position', () => {
    expect(outline('一、甲\n（一）乙\n——丙。\n——丁。\n')).toEqual(['1:chapter:甲', '1.1:section:乙', '1.1.1:dash:丙', '1.1.2:dash:丁']);
  });

  it('gives a repeated ordinal its position so ids stay unique', () => {
    const ids = outline('一、甲\n（一）乙\n1.丙。\n1.丁。\n').map((l) => l.split(':')[0]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("passes Chevrotain's checks, which start-up skips", () => {
    // either throws on a definition error
    expect(() => new NoticeParser(true)).not.toThrow();
    expect(() => new Lexer(allTokens, { positionTracking: 'onlyStart', ensureOptimizations: false })).not.toThrow();
    // the lexer is built in safe mode because the first-character optimisation could not be used anyway
    const quiet = ['warn', 'error'].map((level) => vi.spyOn(console, level as 'warn').mockImplementation(() => undefined));
    expect(() => new Lexer(allTokens, { ensureOptimizations: true })).toThrow(/cannot be optimized/);
    for (const spy of quiet) spy.mockRestore();
  });

  it('is total: any sequence of lines parses without parser errors', () => {
    const { parseErrors } = parseCst('抄送：甲。\n1.乙。\n\t表\t格\n（1）丙\n2022年1月1日印发\n一、丁\n相关单位：戊\n');
    expect(parseErrors).toEqual([]);
  });

  it('reports table rows that stand outside a task table', () => {
    const doc = parseNotice('一、甲\n（一）乙\n抄送：丙。\n\t行\t区科协\n', { format: 'text' });
    expect(doc.diagnostics.map((d) => d.code)).toContain('stray-table-row');
  });

  it('reports a responsibility line outside any section', () => {
    const doc = parseNotice('标题方案\n责任单位：区科协牵头。\n一、甲\n', { format: 'text' });
    expect(doc.diagnostics.map((d) => d.code)).toContain('unplaced-responsibility');
  });
});
