// Stage 6c: quantified targets, read from the preamble and every node's text:
// 到2025年，我区公民具备科学素质比例超过17% ->
// {year: 2025, metric: 公民具备科学素质比例, comparator: 超过, value: 17, unit: %};
// 到2022年…建设50所高水平高等职业学校和150个骨干专业 -> two counts, comparator 建设.
// The words are data (data/targets.json).
import words from '../../data/targets.json' with { type: 'json' };
import { alternation } from '../../grammars/patterns.js';
import type { PlanNode, Span, Target } from '../model/schema.js';
import { fold } from '../text/fold.js';
import { appendAll } from '../text/text.js';

const COMPARATOR = alternation(words.comparators);
const UNIT = alternation(words.units);
const TARGET = new RegExp(`([^，,；;：:]{2,60}?)(${COMPARATOR})\\s*(\\d+(?:\\.\\d+)?)\\s*(${UNIT})(以上)?`, 'g');
// 建设50所高水平高等职业学校(和150个骨干专业): the verb, then counts each followed by what is counted;
// one count and what it counts: 50所高水平高等职业学校
const COUNTED = `(?:约)?(?<value>\\d+(?:\\.\\d+)?)\\s*(?<unit>${UNIT})(?<qualifier>以上)?\\s*(?<metric>[^，,；;。：:、和及与（(]{2,30})`;
const COUNT = new RegExp(`(${alternation(words.countVerbs)})\\s*${COUNTED}`, 'g');
// …和150个骨干专业: the next count of the same verb, read where the last one ended
const MORE_COUNT = new RegExp(`[和及与、]\\s*${COUNTED}`, 'y');
const YEAR = /(?<!\d)(20\d{2})\s*年(?:底|末)?/g;
const QUANTITY = new RegExp(`\\d\\s*(?:${UNIT})`);
// Words before the metric that say where or when, not what.
const LEAD_IN =
  /^(?:.*?(?:实现|确保|使|其中|力争))?(?:到|至)?(?:20\d{2}年(?:底|末)?)?(?:我区|全区|我市|全市|我县|全县|我省|全省|本区|本市|我国|全国)?/;

// A target keeps its sentence when the sentence is short; in a longer one, its clause, at most this many characters either side.
const MAX_SENTENCE = 200;
const CLAUSE_REACH = 100;
const CLAUSE_BREAK = /[，,；;、。]/;

interface NamedYear {
  at: number;
  year: number;
}

/** The years a sentence names, in order. */
function yearsOf(sentence: string): NamedYear[] {
  // most sentences name none: no pattern run for them
  return sentence.includes('年') ? Array.from(sentence.matchAll(YEAR), (m) => ({ at: m.index, year: Number(m[1]) })) : [];
}

/** The last year a sentence names before any place, found without rescanning the text before it. */
class YearsBefore {
  private next = 0;
  private last: number | null = null;
  constructor(private readonly years: NamedYear[]) {}
  /** The last year that ends by `end`; `end` must not go back between calls. */
  before(end: number): number | null {
    while (this.next < this.years.length && this.years[this.next]!.at < end) this.last = this.years[this.next++]!.year;
    return this.last;
  }
}

/** The text a target keeps: its sentence when short, else the clause around [start, end), bounded. */
function quoted(text: string, from: number, sentence: string, start: number, end: number): string {
  if (sentence.length <= MAX_SENTENCE) return text.slice(from, from + sentence.length).trim();
  let left = start;
  while (left > 0 && start - left < CLAUSE_REACH && !CLAUSE_BREAK.test(sentence[left - 1]!)) left--;
  let right = end;
  while (right < sentence.length && right - end < CLAUSE_REACH && !CLAUSE_BREAK.test(sentence[right]!)) right++;
  return text.slice(from + left, from + right).trim();
}

/**
 * Targets stated in one block of text (a node's title and text, or the
 * preamble), matched on the folded text (超過 is 超过, ２０２５ is 2025); the
 * metric and the sentence (in a long sentence, the clause) are given as written.
 */
export function findTargets(text: string, nodeId: string | null, span: Span): Target[] {
  const targets: Target[] = [];
  const folded = fold(text);
  // the last year named so far, kept up to date sentence by sentence: no rescanning
  let yearBefore: number | null = null;
  let start = 0;
  for (const sentence of folded.split(/(?<=[。；;\n])/)) {
    const from = start;
    start += sentence.length;
    const named = yearsOf(sentence);
    const earlier = yearBefore; // the sentences before this one
    if (named.length > 0) yearBefore = named[named.length - 1]!.year;
    // the target patterns are costly; a sentence without a number and a unit holds none
    if (!QUANTITY.test(sentence)) continue;
    const years = new YearsBefore(named);
    for (const m of sentence.matchAll(TARGET)) {
      const percent = m[4] === '%';
      const inSentence = years.before(m.index + m[1]!.length);
      // A percentage may take its year from an earlier sentence of the same section
      // (到2025年，… then 全市具备科学素质的公民比例超过16%); a count must say its own.
      const year = inSentence ?? (percent ? earlier : null);
      if (!percent && year === null) continue;
      const lead = m[1]!.length - m[1]!.replace(LEAD_IN, '').trimStart().length;
      const metric = text.slice(from + m.index + lead, from + m.index + m[1]!.length).trim();
      if (!metric) continue;
      targets.push({
        year,
        metric,
        comparator: m[2]!,
        value: Number(m[3]),
        unit: m[4]!,
        qualifier: m[5] ?? null,
        text: quoted(text, from, sentence, m.index + lead, m.index + m[0].length),
        nodeId,
        span,
      });
    }
    const countYears = new YearsBefore(named);
    for (const m of sentence.matchAll(COUNT)) {
      // a count must name its own year, before it in its sentence
      const year = countYears.before(m.index);
      if (year === null) continue;
      for (let count: RegExpExecArray | RegExpMatchArray | null = m; count; count = MORE_COUNT.exec(sentence)) {
        const { value, unit, qualifier, metric } = count.groups!;
        const end = count.index! + count[0].length;
        targets.push({
          year,
          metric: text.slice(from + end - metric!.length, from + end).trim(),
          comparator: m[1]!,
          value: Number(value),
          unit: unit!,
          qualifier: qualifier ?? null,
          text: quoted(text, from, sentence, m.index, end),
          nodeId,
          span,
        });
        MORE_COUNT.lastIndex = end;
      }
    }
  }
  return targets;
}

export function collectTargets(preamble: string, preambleSpan: Span | null, sections: PlanNode[]): Target[] {
  const out: Target[] = preambleSpan ? findTargets(preamble, null, preambleSpan) : [];
  const visit = (nodes: PlanNode[]) => {
    for (const node of nodes) {
      appendAll(out, findTargets(`${node.title}。${node.text}`, node.id, node.span));
      visit(node.children);
    }
  };
  visit(sections);
  return out;
}
