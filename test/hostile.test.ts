// Hostile shapes (issue: never crash, hang or lose text): each made big enough
// to break what it guards against — an argument list of 150,000 names
// overflows the stack, a regular expression per name is quadratic.
import { describe, expect, it } from 'vitest';
import { PlanDocument } from '../src/model/schema.js';
import { parseNotice } from '../src/parse/parse-notice.js';

const MANY = 150_000;
const parse = (text: string) => PlanDocument.parse(parseNotice(text, { format: 'text' }));

describe('hostile shapes', () => {
  it(`a task table of ${MANY} rows`, () => {
    const rows = Array.from({ length: MANY }, (_, i) => `\t${i + 1}.任务${i + 1}。\t区教育局\t区科协`).join('\n');
    const doc = parse(`一、总体要求\n（一）任务1。\n任务分工表\n项目\t要点\t牵头单位\t配合单位\n${rows}\n`);
    expect(doc.taskTable!.rows).toHaveLength(MANY);
    expect(doc.taskTable!.span.endLine).toBe(MANY + 4);
  }, 60_000);

  it(`a responsibility of ${MANY} damaged agency names, each reported at its place`, () => {
    const names = Array.from({ length: MANY }, (_, i) => `区局${i}`).join('、');
    const doc = parse(`一、总体要求\n（一）甲。（牵头单位：${names}、区局1）\n`);
    const lead = doc.sections[0]!.children[0]!.responsibility!.lead;
    expect(lead).toHaveLength(MANY);
    const suspect = doc.diagnostics.filter((d) => d.code === 'suspect-agency');
    expect(suspect).toHaveLength(MANY);
    expect(suspect[1]!.column).toBe('（一）甲。（牵头单位：区局0、'.length + 1);
  }, 60_000);

  it('a Markdown quote nested 5,000 deep and a page nested 3,000 deep are read as text, not a stack overflow', () => {
    const quote = parseNotice(`${'>'.repeat(5000)} 一、总体要求\n加强。\n`, { format: 'markdown' });
    expect(quote.sections[0]?.title ?? quote.preamble).toMatch(/总体要求/);
    const page = parseNotice(`<html><body>${'<div>'.repeat(3000)}<p>一、总体要求</p><p>加强。</p>${'</div>'.repeat(3000)}</body></html>`, {
      format: 'html',
    });
    expect(JSON.stringify(page)).toContain('总体要求');
  });
});
