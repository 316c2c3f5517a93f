// Deadlines (完成时限): read from the tree after responsibility, so that the
// text they are read from is final. Guarantees to the model: every node that
// states when it is due carries a Deadline (a line `时限要求：…`, a bracket
// `（2023年6月底前完成）`, an opening `2020年底前制定…`, a phase in a heading
// `启动阶段（2021年）`, or the 完成时限 column of the task table), with the
// notice's wording kept in `raw`; a relative deadline (`年底前`) is dated by
// the notice's year when it has one, else kept as a period without dates.
import words from '../../data/deadlines.json' with { type: 'json' };
import type { Deadline, PlanNode, Span } from '../model/schema.js';
import { walk } from '../model/tree.js';
import { fold } from '../text/fold.js';
import { parseOrdinal, yearOf } from '../text/text.js';
import { alternation } from '../../grammars/patterns.js';

type Form = Deadline['form'];
type Dates = Pick<Deadline, 'kind' | 'by' | 'from' | 'to'>;

/** 二〇二三年十二月 -> 2023年12月: Chinese numerals of years, months and days as digits. */
function arabic(text: string): string {
  return text
    .replace(/[〇零一二三四五六七八九]{4}(?=年)/g, yearOf)
    .replace(/(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])(?=[月日])/g, (n) => String(parseOrdinal(n)));
}

const QUARTER_END: Record<string, number> = { 1: 3, 2: 6, 3: 9, 4: 12, 一: 3, 二: 6, 三: 9, 四: 12 };
const pad = (n: number) => String(n).padStart(2, '0');
const NO_DATES = { by: null, from: null, to: null };

// 2023年6月30日, 2023年6月底, 2023年底, 2023年上半年, 2023年第三季度, 2023年
const DATE = /(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?(上半年|下半年|第([1-4一二三四])季度)?/;
// 2022—2024年, 2022年6月至2023年12月, 2022年6—7月
const PERIOD = /(\d{4})年?(?:(\d{1,2})月)?(?:份)?\s*[—–\-－~～至到]+\s*(?:(\d{4})年?)?(?:(\d{1,2})月)?/;
// 年底前, 年内, 6月底前: no year of their own
const RELATIVE = /^(?:今年|本年|当年)?(?:(年底|年末|年内|上半年|下半年)|(\d{1,2})月(?:底|末)?)/;
const ONGOING = new RegExp(alternation(words.ongoing));
const RECURRING = new RegExp(`^(?:${alternation(words.recurring)})`);

/** The dates a deadline's wording gives; `year` resolves 年底前 and the like. Null when it states no time. */
export function readDates(raw: string, year: number | null): Dates | null {
  const text = arabic(fold(raw)).replace(/\s+/g, '');
  const period = PERIOD.exec(text);
  if (period && (period[3] || period[4])) {
    const fromYear = Number(period[1]);
    const toYear = period[3] ? Number(period[3]) : fromYear;
    const from = `${fromYear}-${pad(period[2] ? Number(period[2]) : 1)}`;
    const to = `${toYear}-${pad(period[4] ? Number(period[4]) : 12)}`;
    return { kind: 'period', by: to, from, to };
  }
  const date = DATE.exec(text);
  if (date) {
    const [, y, month, day, half, quarter] = date;
    const m = month ? Number(month) : quarter ? QUARTER_END[quarter]! : half === '上半年' ? 6 : 12;
    return { kind: 'date', ...NO_DATES, by: `${y}-${pad(m)}${day ? `-${pad(Number(day))}` : ''}` };
  }
  const relative = RELATIVE.exec(text);
  if (relative) {
    if (year === null) return { kind: 'period', ...NO_DATES };
    const m = relative[2] ? Number(relative[2]) : relative[1] === '上半年' ? 6 : 12;
    return { kind: 'date', ...NO_DATES, by: `${year}-${pad(m)}` };
  }
  if (RECURRING.test(text)) return { kind: 'recurring', ...NO_DATES };
  if (ONGOING.test(text)) return { kind: 'ongoing', ...NO_DATES };
  return null;
}

/** Whether a clause says when something is due (2023年底前完成, 持续推进): a time and a word of due dates. */
export function isDeadlineWording(text: string): boolean {
  return DUE_WORDS.test(text) && readDates(text, null) !== null;
}

// 时限要求：2023年底前 — the value runs to the end of the sentence
const LINE = new RegExp(`(?:${alternation(words.lineKeys)})\\s*[:：]\\s*([^。；;\\n]{1,40})`);
// （2023年6月底前完成）, （长期坚持）: a bracket that holds only a time
const BRACKET = /[（(]([^（）()]{2,30})[）)]/g;
const DUE_WORDS = /前|底|末|内|完成|持续|长期|每|[—–\-－~～至]/;
// 2020年底前制定…: the text opens with a time that ends in 前 (年底前 too)
const LEAD = /^((?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:年底|年末|底|末|上半年|下半年)?前)/;
// …推送。2020年底前将…, 于2018年12月31日前报送, 应在2010年底前安装: a dated 前 that opens a sentence or follows 于 or 在.
// Read from the last line break of a run of white space (the same dates, the same ends): from each, every
// break of a long run would be read to its end.
const SENTENCE = /(?:[。；;！？\n]|于|在)(?![^\S\n]*\n)\s*(\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:年底|年末|底|末|上半年|下半年)?前)/g;

function deadline(raw: string, form: Form, span: Span, year: number | null, strict = true): Deadline | null {
  const dates = readDates(raw, year);
  // a key says it is a deadline even in words the reader does not date (根据工作进度)
  if (!dates && strict) return null;
  return { raw, form, span, ...(dates ?? { kind: 'period', ...NO_DATES }) };
}

const [OPEN_TITLE, CLOSE_TITLE] = ['《', '》'].map((c) => c.charCodeAt(0));

/** Where the titles of cited documents (《…》) start and end, outermost only. */
function citedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === OPEN_TITLE && depth++ === 0) start = i;
    else if (c === CLOSE_TITLE && depth > 0 && --depth === 0) ranges.push([start, i]);
  }
  return ranges;
}

/** The deadline a node's own text states, in order of precedence: a key line, a bracket, an opening. */
function nodeDeadline(node: PlanNode, year: number | null): Deadline | null {
  const own = `${node.title}\n${node.text}`;
  const folded = fold(own);
  const line = LINE.exec(folded);
  if (line)
    return deadline(
      own.slice(line.index + line[0].length - line[1]!.length, line.index + line[0].length).trim(),
      'line',
      node.span,
      year,
      false,
    );
  const cited = citedRanges(folded);
  let next = 0; // brackets come in order: the first cited title that does not end before this one
  for (const m of folded.matchAll(BRACKET)) {
    const inner = m[1]!;
    if (!DUE_WORDS.test(inner) && !/^\d{4}年/.test(inner)) continue;
    // 《…纲要（2021—2035年）》: the period of the document cited, not a deadline
    while (next < cited.length && cited[next]![1] < m.index) next++;
    if (next < cited.length && cited[next]![0] < m.index) continue;
    // （X牵头，Y参与，2023年底前完成）: the deadline is the last clause of the attribution
    const clause = Math.max(inner.lastIndexOf(','), inner.lastIndexOf(';')) + 1;
    const from = clause > 0 && isDeadlineWording(inner.slice(clause)) ? clause : 0;
    const found = deadline(
      own.slice(m.index + 1 + from, m.index + 1 + inner.length).trim(),
      m.index < node.title.length ? 'heading' : 'inline',
      node.span,
      year,
    );
    if (found) return found;
  }
  // numerals as digits (十月 -> 10月 lengthens the text): the wording as written where the lengths agree
  const digits = arabic(folded);
  const asWritten = (from: number, text: string) => (digits.length === own.length ? own.slice(from, from + text.length) : text);
  const lead = LEAD.exec(digits);
  // an opening 前 with no time before it (前期, 前沿) is no deadline
  if (lead && lead[1]!.length > 1) return deadline(asWritten(0, lead[1]!), 'lead', node.span, year);
  for (const sentence of digits.matchAll(SENTENCE)) {
    const end = sentence.index + sentence[0].length;
    // 2004年年底前投运的电厂 qualifies a noun; a deadline is followed by what is to be done
    if (digits.slice(end, end + 6).includes('的')) continue;
    return deadline(asWritten(end - sentence[1]!.length, sentence[1]!), 'inline', node.span, year);
  }
  return null;
}

/** Reads every node's own deadline. `year` is the notice's (its signing date's), for 年底前. */
export function assignDeadlines(sections: PlanNode[], year: number | null): void {
  walk(sections, (node) => {
    node.deadline = nodeDeadline(node, year);
  });
}

const TABLE_COLUMN = new RegExp(alternation(words.tableColumns));

/** The index of a task table's deadline column among its header cells, or -1. */
export function deadlineColumn(header: string[]): number {
  return header.findIndex((cell) => cell.length <= 12 && TABLE_COLUMN.test(fold(cell)));
}

/** A task-table cell's deadline, for the item the row matched. */
export function cellDeadline(cell: string, span: Span, year: number | null): Deadline | null {
  return cell.trim() ? deadline(cell.trim(), 'table', span, year, false) : null;
}
