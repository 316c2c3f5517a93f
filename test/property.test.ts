// Random and mutated notices never make the parser throw, always give a
// valid model, and give it byte for byte the same way twice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlanDocument } from '../src/model/schema.js';
import { parseNotice } from '../src/parse/parse-notice.js';
import { fixture, SEEDS } from './helpers.js';

const PIECES = [
  '一、',
  '（一）',
  '(二)',
  '1.',
  '2、',
  '（1）',
  '①',
  '——',
  '一一',
  '责任单位：',
  '牵头',
  '参加',
  '抄送：',
  '相关单位：',
  '（此件主动公开）',
  '2022年6月27日',
  '印发',
  '厦海政办〔2022〕17号',
  '关于印发',
  '的通知',
  '任务分工表',
  '\t',
  '\n',
  '\n\n',
  '。',
  '，',
  '、',
  '#',
  '## ',
  '**',
  '---',
  '- ',
  ' ',
  '区科协',
  '市委宣传部',
  '到2025年',
  '比例超过17%',
  '（牵头部门：区科协）',
  '（区科协负责）',
  '索引号:',
  '— 5 —',
  '\uFEFF',
  '\r\n',
];

const noticeLike = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 8 })), {
    maxLength: 80,
  })
  .map((parts) => parts.join(''));

function check(text: string, format: 'text' | 'markdown'): void {
  const doc = parseNotice(text, { format });
  const result = PlanDocument.safeParse(doc);
  if (!result.success) throw new Error(result.error.message);
}

describe('property: never throws', () => {
  it('on random notice-like text, as text and as Markdown', () => {
    fc.assert(
      fc.property(noticeLike, fc.constantFrom('text' as const, 'markdown' as const), (text, format) => check(text, format)),
      { numRuns: 400 },
    );
  });

  it('on seeds with lines deleted, duplicated, swapped or cut', () => {
    const seeds = SEEDS.map((s) => ({
      text: fixture(s).toString('utf8'),
      format: s.endsWith('.md') ? ('markdown' as const) : ('text' as const),
    }));
    const mutation = fc.record({
      seed: fc.nat(seeds.length - 1),
      edits: fc.array(
        fc.record({
          kind: fc.constantFrom('delete', 'duplicate', 'swap', 'cut', 'insert'),
          at: fc.nat(),
          by: fc.nat(),
          piece: fc.constantFrom(...PIECES),
        }),
        { maxLength: 12 },
      ),
    });
    fc.assert(
      fc.property(mutation, ({ seed, edits }) => {
        const { text, format } = seeds[seed]!;
        const lines = text.split('\n');
        for (const e of edits) {
          const i = e.at % lines.length;
          const j = e.by % lines.length;
          if (e.kind === 'delete') lines.splice(i, 1);
          else if (e.kind === 'duplicate') lines.splice(i, 0, lines[i]!);
          else if (e.kind === 'swap') [lines[i], lines[j]] = [lines[j]!, lines[i]!];
          else if (e.kind === 'cut') lines[i] = lines[i]!.slice(0, e.by % 20);
          else lines.splice(i, 0, e.piece);
          if (lines.length === 0) lines.push('');
        }
        check(lines.join('\n'), format);
      }),
      { numRuns: 60 },
    );
  });

  it('on random bytes: a model or an InputError, nothing else', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        try {
          check(new TextDecoder().decode(bytes), 'text');
          parseNotice(bytes);
        } catch (error) {
          expect((error as Error).name).toBe('InputError');
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('determinism', () => {
  it.each(SEEDS)('%s parses to byte-identical JSON twice', (seed) => {
    const a = JSON.stringify(parseNotice(fixture(seed), { path: seed }));
    const b = JSON.stringify(parseNotice(fixture(seed), { path: seed }));
    expect(a).toBe(b);
  });
});
