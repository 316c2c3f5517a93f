// Stage 3: physical lines -> logical lines. Undoes what web copying and PDF
// extraction did to the notice: page numbers, bullet prefixes, spaces inside
// CJK words, sentences broken across lines or pages, web-page junk.
// Guarantees to the lexer: no empty line, no line break inside a line, one
// element (marker, keyword line, paragraph) per line; each line knows the
// input line and column of every character it kept (locate()).
import webPage from '../../data/web-page.json' with { type: 'json' };
import { CJK, isMetadataLine, LINE_START_ELEMENTS, MARKERS, SIGNATURE_WITH_DATE } from '../../grammars/patterns.js';
import { fold } from '../text/fold.js';
import type { InputFormat, SourceLine } from './ingest/ingest.js';

/** Where a stretch of a logical line came from, to map offsets back to the input. */
interface Segment {
  offset: number;
  line: number;
  /** The input column of each character kept from this line (spaces removed in between). */
  columns: number[];
}

export interface Line {
  text: string;
  startLine: number;
  endLine: number;
  heading: boolean;
  segments: Segment[];
}

const PAGE_NUMBER = /^(?:[—–\-－]+\s*(?:\*\*)?\s*\d{1,4}\s*(?:\*\*)?\s*[—–\-－]+(?:\*\*)?|第\s*\d{1,4}\s*页(?:\s*共\s*\d+\s*页)?)$/;
const BULLET = /^[-•·]\s+/;
// Zero-width spaces and joiners, word joiners, BOMs and soft hyphens: invisible, and they break markers (1\u200b.).
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const SKIPPED = /\s|[-•·\u200b-\u200d\u2060\ufeff\u00ad]/;
const EDGE_SPACE = /^[ \u3000\u00a0]+|[ \u3000\u00a0]+$/g;
const SPACE_AFTER_CJK = new RegExp(`(?<=[${CJK}])[ \\u3000\\u00a0]+`, 'g');
const SPACE_BEFORE_CJK = new RegExp(`[ \\u3000\\u00a0]+(?=[${CJK}])`, 'g');
const SPACE_AROUND_DIGITS = /(?<=[\u4e00-\u9fff])[ \u00a0]+(?=\d)|(?<=\d)[ \u00a0]+(?=[\u4e00-\u9fff%％])/g;

// A line ends a sentence or an element: it is never continued by the next one.
const CLOSED = /(?:[。！？；：:;!?…》】』」）)]|[。！？]["”’]|通知|文件|印发|\d日|号)$/;
// A line cut right after one of these was certainly broken.
const OPEN = /[、，,（(“《—-]$/;
const SENTENCE_END = /[。！？；!?;]/;
// A plan title ends with the kind of document; the preamble starts on the next line.
const TITLE_END = /(?:方案|纲要|规划|计划|意见|办法|细则|要点)$/;
const TITLE_CONTINUES = /^(?:实施方案|方案|纲要|[（(])/;

const JUNK = new Set(webPage.junk);
// Lines shorter than this that end without punctuation are titles and names, not broken text.
const MIN_BROKEN_LENGTH = 15;
const MAX_TITLE_LENGTH = 30;

/** Removes the spaces that PDF extraction and OCR put inside CJK text. */
export function removeCjkSpaces(text: string): string {
  return text.replace(SPACE_AFTER_CJK, '').replace(SPACE_BEFORE_CJK, '').replace(SPACE_AROUND_DIGITS, '');
}

interface Cleaned extends SourceLine {
  columns: number[];
  /** fold(text), what the decisions below match on */
  folded: string;
}

/** Input columns of the characters of `cleaned`, which `original` became by deletions and same-length substitutions. */
function columnsOf(original: string, cleaned: string, start: number): number[] {
  const columns: number[] = [];
  let j = 0;
  for (let i = 0; i < cleaned.length; i++) {
    while (j < original.length && original[j] !== cleaned[i] && SKIPPED.test(original[j]!)) j++;
    columns.push(start + Math.min(j, original.length));
    j++;
  }
  return columns;
}

function clean(line: SourceLine, format: InputFormat): Cleaned | null {
  const original = line.text;
  let text = original.replace(INVISIBLE, '');
  text = text.includes('\t') ? text.replace(EDGE_SPACE, '') : text.trim();
  if (text === '' || PAGE_NUMBER.test(fold(text))) return null;
  if (format === 'text') text = text.replace(BULLET, '');
  text = text.replace(/^一一(?=\S)/, '——');
  const cleaned = removeCjkSpaces(text);
  return { ...line, text: cleaned, folded: fold(cleaned), columns: columnsOf(original, cleaned, line.column) };
}

function startsElement(text: string): boolean {
  return LINE_START_ELEMENTS.some((re) => re.test(text)) || SIGNATURE_WITH_DATE.test(text) || isMetadataLine(text);
}

function isTitle(text: string): boolean {
  return MARKERS.some((re) => re.test(text)) && !SENTENCE_END.test(text) && [...text].length <= MAX_TITLE_LENGTH;
}

function continues(prev: Cleaned, next: Cleaned): boolean {
  if (prev.heading || next.heading) return false;
  const [before, after] = [prev.folded, next.folded];
  if (before.includes('\t') || after.includes('\t')) return false;
  if (CLOSED.test(before) || startsElement(after) || isMetadataLine(before) || isTitle(before)) {
    return false;
  }
  if (TITLE_END.test(before) && !TITLE_CONTINUES.test(after)) return false;
  return OPEN.test(before) || [...before].length >= MIN_BROKEN_LENGTH;
}

export function repair(lines: SourceLine[], format: InputFormat): Line[] {
  const kept = lines.map((l) => clean(l, format)).filter((l): l is Cleaned => l !== null);
  while (kept.length > 0 && JUNK.has(kept[kept.length - 1]!.text)) kept.pop();
  const out: Line[] = [];
  let current: (Line & { last: Cleaned }) | null = null;
  for (const line of kept) {
    const segment = { line: line.line, columns: line.columns };
    if (current && continues(current.last, line)) {
      current.segments.push({ offset: current.text.length, ...segment });
      current.text += line.text;
      current.endLine = line.line;
      current.last = { ...line, text: current.text, folded: current.last.folded + line.folded };
      continue;
    }
    if (current) out.push(strip(current));
    current = {
      text: line.text,
      startLine: line.line,
      endLine: line.line,
      heading: line.heading,
      segments: [{ offset: 0, ...segment }],
      last: line,
    };
  }
  if (current) out.push(strip(current));
  return out;
}

function strip(line: Line & { last: Cleaned }): Line {
  const { last: _last, ...rest } = line;
  return rest;
}

/** Maps an offset in a logical line back to the input's line and column. */
export function locate(line: Line, offset: number): { line: number; column: number } {
  let seg = line.segments[0]!;
  for (const s of line.segments) if (s.offset <= offset) seg = s;
  const within = offset - seg.offset;
  // past the last character (an offset at the end of the line): count on from it;
  // a kept line is never empty, so a segment has at least one column
  const column = seg.columns[within] ?? seg.columns.at(-1)! + within - seg.columns.length + 1;
  return { line: seg.line, column };
}
