// Stage 3: physical lines -> logical lines. Undoes what web copying and PDF
// extraction did to the notice: page numbers, bullet prefixes, spaces inside
// CJK words, sentences broken across lines or pages, web-page junk.
// Guarantees to the lexer: no empty line, no line break inside a line, one
// element (marker, keyword line, paragraph) per line; each line knows the
// input line and column of every character it kept (locate()).
import webPage from '../../data/web-page.json' with { type: 'json' };
import {
  BARE_CHAPTER_HEADING,
  CJK,
  ENDS_WITH_DATE,
  isMetadataLine,
  LINE_START_ELEMENTS,
  MARKERS,
  RUN_IN_DOC_NUMBER,
  RUN_IN_MARKER,
  RUN_IN_SECTION,
  RUN_IN_SIGNATURE,
  SIGNATURE_WITH_DATE,
  TITLE_WORD,
} from '../../grammars/patterns.js';
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
  /** site furniture (breadcrumbs, share prompts, 打印本页 …): recorded outside the notice, never parsed */
  outside?: true;
  segments: Segment[];
}

const PAGE_NUMBER = /^(?:[—–\-－]+\s*(?:\*\*)?\s*\d{1,4}\s*(?:\*\*)?\s*[—–\-－]+(?:\*\*)?|第\s*\d{1,4}\s*页(?:\s*共\s*\d+\s*页)?)$/;
const BULLET = /^[-•·]\s+/g;
// Zero-width spaces and joiners, word joiners, BOMs and soft hyphens: invisible, and they break markers (1\u200b.).
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]+/g;
// HTML left in pasted text: <p align="left">, </strong>, &nbsp;
const HTML_TAG = /<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]{0,200})?\/?>/g;
const HTML_ENTITY = /&(?:nbsp|ensp|emsp|amp|lt|gt|quot|#\d{2,5});/g;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' };

function entity(e: string): string {
  const code = /^&#(\d+);$/.exec(e);
  return code ? String.fromCodePoint(Number(code[1])) : (ENTITIES[e] ?? ' ');
}
// Pinyin a converter put after characters: 發(fā)文機關 -> 發文機關.
const PINYIN =
  /(?<=[\u3400-\u9fff])[(（](?=[a-z\u00e0-\u00fc\u0101-\u01dc]*[\u00e0-\u00fc\u0101-\u01dc])[a-z\u00e0-\u00fc\u0101-\u01dc]{1,8}[)）]/g;
const EDGE_SPACE = /^[ \u3000\u00a0]+|[ \u3000\u00a0]+$/g;
const SPACE_AFTER_CJK = new RegExp(`(?<=[${CJK}])[ \\u3000\\u00a0]+`, 'g');
const SPACE_BEFORE_CJK = new RegExp(`[ \\u3000\\u00a0]+(?=[${CJK}])`, 'g');
const SPACE_AROUND_DIGITS = /(?<=[\u4e00-\u9fff])[ \u00a0]+(?=\d)|(?<=\d)[ \u00a0]+(?=[\u4e00-\u9fff%％])/g;

// A line ends a sentence or an element: it is never continued by the next one.
const CLOSED = /(?:[。！？；：:;!?…》】』」）)]|[。！？]["”’]|通知|文件|印发|\d日|号)$/;
// A line cut right after one of these was certainly broken.
const OPEN = /(?:[、，,（(“《—-]|关于)$/;
const SENTENCE_END = /[。！？；!?;]/;
// A plan title ends with the kind of document; the preamble starts on the next line.
const TITLE_END = /(?:方案|纲要|规划|计划|意见|办法|细则|要点)$/;
const TITLE_CONTINUES = /^(?:实施方案|方案|纲要|[（(])/;

const JUNK = new Set(webPage.junk);
const JUNK_PATTERNS = webPage.junkPatterns.map((source) => new RegExp(source));
// Lines shorter than this that end without punctuation are titles and names, not broken text.
const MIN_BROKEN_LENGTH = 15;
const MAX_TITLE_LENGTH = 30;

/** Text being cleaned, with the input index of each character it keeps. */
class Tracked {
  constructor(
    public text: string,
    public index: number[],
  ) {}

  static of(text: string): Tracked {
    return new Tracked(
      text,
      Array.from({ length: text.length }, (_, i) => i),
    );
  }

  /** Deletes what `pattern` (global) matches. */
  delete(pattern: RegExp): this {
    let text = '';
    let index: number[] = [];
    let from = 0;
    for (const m of this.text.matchAll(pattern)) {
      text += this.text.slice(from, m.index);
      index = index.concat(this.index.slice(from, m.index));
      from = m.index + m[0].length;
    }
    if (from === 0) return this;
    this.text = text + this.text.slice(from);
    this.index = index.concat(this.index.slice(from));
    return this;
  }

  /** Replaces what `pattern` (global) matches; the replacement's characters take the index of the match's first. */
  replace(pattern: RegExp, replacement: (match: string) => string): this {
    let text = '';
    let index: number[] = [];
    let from = 0;
    for (const m of this.text.matchAll(pattern)) {
      const by = replacement(m[0]);
      text += this.text.slice(from, m.index) + by;
      index = index.concat(
        this.index.slice(from, m.index),
        Array.from({ length: by.length }, () => this.index[m.index]!),
      );
      from = m.index + m[0].length;
    }
    if (from === 0) return this;
    this.text = text + this.text.slice(from);
    this.index = index.concat(this.index.slice(from));
    return this;
  }
}

/** Removes the spaces that PDF extraction and OCR put inside CJK text. */
export function removeCjkSpaces(text: string): string {
  return Tracked.of(text).delete(SPACE_AFTER_CJK).delete(SPACE_BEFORE_CJK).delete(SPACE_AROUND_DIGITS).text;
}

interface Cleaned extends SourceLine {
  columns: number[];
  /** fold(text), what the decisions below match on */
  folded: string;
  /** site furniture around the notice: kept apart, never joined */
  outside: boolean;
}

// Site furniture is short and no sentence: a paragraph that mentions 微信公众号 is text.
const MAX_JUNK_LENGTH = 40;

function isJunk(text: string, folded: string): boolean {
  if (JUNK.has(text) || JUNK.has(folded)) return true;
  return folded.length <= MAX_JUNK_LENGTH && !/[。;；]/.test(folded) && JUNK_PATTERNS.some((re) => re.test(folded));
}

// A marker opens an element after a sentence, or after a closing bracket (…（财政部负责）2．…).
const SENTENCE_BEFORE_MARKER = /[。；！？!?;:：)）]/;
const OPENERS = '《(（';
const CLOSERS = '》)）';
// A chapter heading is this short; a section marker after a longer unpunctuated run is text.
const MAX_HEADING = 64;
// 二〇二二年十二月二十七日 is the longest date
const MAX_DATE = 14;
// A paragraph break inside a line: two ideographic spaces, or three spaces of any kind.
const isSpace = (ch: string) => ch === ' ' || ch === '\u3000' || ch === '\u00a0';

/**
 * Where a line holds several elements run together (a flattened document, a
 * page on one line), the offsets at which the next element starts: paragraph
 * breaks of spaces, markers after a sentence, a section after a bare chapter
 * heading, a 文号 after the title, the addressees' colon, a signature and its
 * date after the cover letter. Never inside 《…》 or brackets.
 */
function runInBreaks(text: string, folded: string): number[] {
  const breaks: number[] = [];
  let start = 0;
  let depth = 0;
  // the current piece, kept up to date so that nothing is rescanned: linear in the line
  let last = -1; // index of its last non-space character
  let first = -1; // index of its first non-space character
  let stopped = false; // it holds a 。
  let opened = -1; // where the last top-level bracket opened
  const at = (re: RegExp, i: number) => {
    re.lastIndex = i;
    return re.exec(folded);
  };
  const cut = (i: number) => {
    if (i <= start || i >= folded.length) return;
    breaks.push((start = i));
    last = first = -1;
    stopped = false;
  };
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i]!;
    if (depth === 0 && last >= 0) {
      const before = folded[last]!;
      if (isSpace(text[i]!) && !isSpace(text[i - 1]!)) {
        let j = i;
        let ideographic = 0;
        while (j < text.length && isSpace(text[j]!)) if (text[j++] === '\u3000') ideographic++;
        if (ideographic >= 2 || j - i >= 3 || ENDS_WITH_DATE.test(folded.slice(Math.max(first, last - MAX_DATE), last + 1))) cut(j);
        i = j - 1;
        continue;
      }
      // a bracket closing the piece's own marker （一） ends no sentence
      const ended = SENTENCE_BEFORE_MARKER.test(before) && !(')）'.includes(before) && opened === first);
      if (ended && at(RUN_IN_MARKER, i)) cut(i);
      else if (at(RUN_IN_SECTION, i) && i - first <= MAX_HEADING && BARE_CHAPTER_HEADING.test(folded.slice(first, last + 1))) cut(i);
      else if (TITLE_WORD.test(folded.slice(Math.max(first, last - 1), last + 1)) && at(RUN_IN_DOC_NUMBER, i)) {
        const end = RUN_IN_DOC_NUMBER.lastIndex;
        cut(i);
        cut(end);
      } else if (/[:：]/.test(before) && folded[first] === '各' && !stopped) cut(i);
      else if (before === '。' && at(RUN_IN_SIGNATURE, i)) {
        const end = RUN_IN_SIGNATURE.lastIndex;
        cut(i);
        cut(end);
      }
    }
    if (!isSpace(text[i]!)) {
      if (i >= start) {
        if (first < 0) first = i;
        last = i;
      }
      if (ch === '。') stopped = true;
    }
    if (OPENERS.includes(ch)) {
      if (depth++ === 0) opened = i;
    } else if (CLOSERS.includes(ch)) {
      depth = Math.max(0, depth - 1);
      // （此件公开发布） ends the cover letter: what follows is the plan
      if (depth === 0 && folded.startsWith('此件', opened + 1)) cut(i + 1);
    }
  }
  return breaks;
}

/** The line cut at its run-in breaks, each piece with the input index of its characters. */
function pieces(t: Tracked): Tracked[] {
  // a tab-separated row is cells of a table, never run-in text
  if (t.text.includes('\t')) return [t];
  const breaks = runInBreaks(t.text, fold(t.text));
  if (breaks.length === 0) return [t];
  return [0, ...breaks].map((from, k) => {
    const to = breaks[k] ?? t.text.length;
    return new Tracked(t.text.slice(from, to), t.index.slice(from, to));
  });
}

function clean(line: SourceLine, format: InputFormat): Cleaned[] {
  const t = Tracked.of(line.text).delete(INVISIBLE).delete(PINYIN).delete(HTML_TAG).replace(HTML_ENTITY, entity);
  return pieces(t)
    .map((t) => cleanPiece(t, line, format))
    .filter((l): l is Cleaned => l !== null);
}

function cleanPiece(t: Tracked, line: SourceLine, format: InputFormat): Cleaned | null {
  // a tab between cells makes a table row; a tab that only indents is space
  if (/\S\t+\S/.test(t.text) || /^\t+\S.*\t/.test(t.text)) t.delete(EDGE_SPACE);
  else t.delete(/^\s+|\s+$/g);
  if (t.text === '' || PAGE_NUMBER.test(fold(t.text))) return null;
  if (format === 'text') t.delete(BULLET);
  t.replace(/^一一(?=\S)/g, () => '——');
  // furniture is recorded as it stands; the notice's own text loses the spaces extraction put in it
  const spaceless = removeCjkSpaces(t.text);
  const outside = isJunk(t.text, fold(t.text)) || isJunk(spaceless, fold(spaceless));
  if (!outside) t.delete(SPACE_AFTER_CJK).delete(SPACE_BEFORE_CJK).delete(SPACE_AROUND_DIGITS);
  return { ...line, text: t.text, folded: fold(t.text), outside, columns: t.index.map((i) => line.column + i) };
}

function startsElement(text: string): boolean {
  return LINE_START_ELEMENTS.some((re) => re.test(text)) || SIGNATURE_WITH_DATE.test(text) || isMetadataLine(text);
}

function isTitle(text: string): boolean {
  return MARKERS.some((re) => re.test(text)) && !SENTENCE_END.test(text) && [...text].length <= MAX_TITLE_LENGTH;
}

function continues(prev: Cleaned, next: Cleaned): boolean {
  if (prev.heading || next.heading || prev.outside || next.outside) return false;
  const [before, after] = [prev.folded, next.folded];
  if (before.includes('\t') || after.includes('\t')) return false;
  if (CLOSED.test(before) || startsElement(after) || isMetadataLine(before) || isTitle(before)) {
    return false;
  }
  if (TITLE_END.test(before) && !TITLE_CONTINUES.test(after)) return false;
  return OPEN.test(before) || [...before].length >= MIN_BROKEN_LENGTH;
}

export function repair(lines: SourceLine[], format: InputFormat): Line[] {
  const kept = lines.flatMap((l) => clean(l, format));
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
      ...(line.outside ? { outside: true } : {}),
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
