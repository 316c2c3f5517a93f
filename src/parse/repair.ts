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
  DATE_LINE,
  ENDS_WITH_DATE,
  isMetadataLine,
  LINE_START_ELEMENTS,
  MARKERS,
  METADATA_COLON_LOST,
  RUN_IN_DOC_NUMBER,
  RUN_IN_MARKER,
  RUN_IN_SECTION,
  RUN_IN_SIGNATURE,
  SIGNATURE_WITH_DATE,
  TITLE_WORD,
  PLAN_TITLE_END,
  ISSUER_SUFFIX,
} from '../../grammars/patterns.js';
import { fold } from '../text/fold.js';
import { flatTables } from './flat-table.js';
import { length } from '../text/text.js';
import type { InputFormat, SourceLine } from './ingest/ingest.js';

/** Where a stretch of a logical line came from, to map offsets back to the input. */
interface Segment {
  offset: number;
  line: number;
  /** The input column of each character kept from this line (spaces removed in between), or of the first when they are contiguous. */
  columns: number[] | number;
}

export interface Line {
  text: string;
  startLine: number;
  endLine: number;
  heading: boolean;
  /** fold(text): what the lexer and the readers match on */
  folded: string;
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
const SPACE_AFTER_CJK = new RegExp(`(?<=[${CJK}])[ \\u3000\\u00a0]+`, 'g');
// tried only where a run of spaces starts: from inside a long run not followed by CJK each try would read to its end
const SPACE_BEFORE_CJK = new RegExp(`(?<![ \\u3000\\u00a0])[ \\u3000\\u00a0]+(?=[${CJK}])`, 'g');
const SPACE_AROUND_DIGITS = /(?<=[\u4e00-\u9fff])[ \u00a0]+(?=\d)|(?<=\d)[ \u00a0]+(?=[\u4e00-\u9fff%％])/g;

// A line ends a sentence or an element: it is never continued by the next one.
const CLOSED = /(?:[。！？；：:;!?…》】』」）)]|[。！？]["”’]|通知|文件|印发|\d日|号)$/;
// A line cut right after one of these was certainly broken.
const OPEN = /(?:[、，,（(“《—-]|关于)$/;
const SENTENCE_END = /[。！？；!?;]/;
const BROKEN_TITLE = /关于(?:印发)?$/;
// A notice title begun (国务院关于促进综合保税区) and not yet ended by its kind of document (…的若干意见).
const TITLE_BEGUN = /^[^。，,；;：:！？!?\s]{2,40}关于[^。，,；;：:！？!?]{2,40}$/;
const ISSUER_LINE = new RegExp(`^[\\u4e00-\\u9fa5]{2,30}(?:${ISSUER_SUFFIX})$`);
const TITLE_START = /^[\u4e00-\u9fa5]{2,30}?(?:人民政府|办公厅|办公室|委员会)(?:关于|印发)/;
// A plan title ends with the kind of document; the preamble starts on the next line.
const TITLE_END = /(?:方案|纲要|规划|计划|意见|办法|细则|要点)$/;
const TITLE_CONTINUES = /^(?:实施方案|方案|纲要|[（(])/;

const JUNK = new Set(webPage.junk);
const JUNK_PATTERNS = webPage.junkPatterns.map((source) => new RegExp(source));
// Lines shorter than this that end without punctuation are titles and names, not broken text.
const MIN_BROKEN_LENGTH = 15;
const MAX_TITLE_LENGTH = 30;

/** Text being cleaned, with the input index of each character it keeps (none kept while nothing was removed). */
class Tracked {
  constructor(
    public text: string,
    private index: number[] | null = null,
    /** the input index of the first character while none was removed */
    private base = 0,
  ) {}

  /** The input index of each character. */
  indices(): number[] {
    return this.index ?? Array.from({ length: this.text.length }, (_, i) => this.base + i);
  }

  /** The input index of each character, or of the first when nothing was removed. */
  positions(): number[] | number {
    return this.index ?? this.base;
  }

  slice(from: number, to: number): Tracked {
    return new Tracked(this.text.slice(from, to), this.index ? this.index.slice(from, to) : null, this.base + from);
  }

  /** Replaces what `pattern` (global) matches; the replacement's characters take the index of the match's first. */
  replace(pattern: RegExp, replacement: (match: string) => string): this {
    let text = '';
    const index: number[] = [];
    let from = 0;
    let all: number[] | null = null;
    for (const m of this.text.matchAll(pattern)) {
      all ??= this.indices();
      const by = replacement(m[0]);
      text += this.text.slice(from, m.index) + by;
      // pushed in place: a concat per match copies the whole index, quadratic in the matches
      for (let i = from; i < m.index; i++) index.push(all[i]!);
      for (let i = 0; i < by.length; i++) index.push(all[m.index]!);
      from = m.index + m[0].length;
    }
    if (all === null) return this;
    this.text = text + this.text.slice(from);
    for (let i = from; i < all.length; i++) index.push(all[i]!);
    this.index = index;
    return this;
  }

  /** Deletes the characters `edge` matches at both ends, keeping the indices contiguous. */
  trim(edge: RegExp): this {
    let from = 0;
    let to = this.text.length;
    while (from < to && edge.test(this.text[from]!)) from++;
    while (to > from && edge.test(this.text[to - 1]!)) to--;
    if (from === 0 && to === this.text.length) return this;
    const trimmed = this.slice(from, to);
    this.text = trimmed.text;
    this.index = trimmed.index;
    this.base = trimmed.base;
    return this;
  }

  /** Deletes what `pattern` (global) matches. */
  delete(pattern: RegExp): this {
    return this.replace(pattern, () => '');
  }

  /** Deletes the spaces that PDF extraction and OCR put inside CJK text. */
  deleteCjkSpaces(): this {
    return this.delete(SPACE_AFTER_CJK).delete(SPACE_BEFORE_CJK).delete(SPACE_AROUND_DIGITS);
  }
}

/** Removes the spaces that PDF extraction and OCR put inside CJK text. */
export function removeCjkSpaces(text: string): string {
  return new Tracked(text).deleteCjkSpaces().text;
}

/** A cleaned piece of a source line; one shape for all, built field by field (a spread of the readers' lines of many shapes is slow). */
interface Cleaned {
  text: string;
  line: number;
  heading: boolean;
  complete: boolean;
  columns: number[] | number;
  /** a line joined from several: whether any holds a sentence end (its text is only a window of the whole); null for one line */
  sentenceEnd: boolean | null;
  /** fold(text), what the decisions below match on */
  folded: string;
  /** site furniture around the notice: kept apart, never joined */
  outside: boolean;
}

const SPACED = /[ \u3000\u00a0]/;

// Site furniture is short and no sentence: a paragraph that mentions 微信公众号 is text.
const MAX_JUNK_LENGTH = 40;

const ATTACHMENT_FILE = new RegExp(webPage.attachmentFile);

function isJunk(text: string, folded: string): boolean {
  if (JUNK.has(text) || JUNK.has(folded) || ATTACHMENT_FILE.test(folded)) return true;
  return folded.length <= MAX_JUNK_LENGTH && !/[。;；]/.test(folded) && JUNK_PATTERNS.some((re) => re.test(folded));
}

// The classes of the characters the scan below looks at, one table lookup a character (folded, so ASCII forms only).
const SPACE = 1;
const ENDS_SENTENCE = 2; // a marker opens an element after a sentence, or after a closing bracket (…（财政部负责）2．…)
const OPENER = 4;
const CLOSER = 8;
const TITLE_ENDING = 16; // the last characters of the kinds of document (通知 意见 决定 …): a 文号 may follow
const CLASS = new Uint8Array(0x10000);
for (const [chars, bit] of [
  [' \u3000\u00a0', SPACE],
  ['。；！？!?;:)', ENDS_SENTENCE],
  ['《(', OPENER],
  ['》)', CLOSER],
  ['知见定案划法则复', TITLE_ENDING],
] as const)
  for (const c of chars) CLASS[c.charCodeAt(0)]! |= bit;
const is = (code: number, bit: number) => (CLASS[code]! & bit) !== 0;
const [FULL_STOP, COLON, EACH, IDEOGRAPHIC_SPACE] = ['。', ':', '各', '\u3000'].map((c) => c.charCodeAt(0)) as [
  number,
  number,
  number,
  number,
];
const CITED_ORDINAL = /^\([一二三四五六七八九十\d]{1,3}\)$/;
// A chapter heading is this short; a section marker after a longer unpunctuated run is text.
const MAX_HEADING = 64;
// 二〇二二年十二月二十七日 is the longest date
const MAX_DATE = 14;
const isSpace = (code: number) => is(code, SPACE);

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
    const code = folded.charCodeAt(i);
    if (depth === 0 && last >= 0) {
      const before = folded.charCodeAt(last);
      // a paragraph break inside a line: two ideographic spaces, three spaces of any kind, or any after a date
      if (isSpace(text.charCodeAt(i)) && !isSpace(text.charCodeAt(i - 1))) {
        let j = i;
        let ideographic = 0;
        while (j < text.length && isSpace(text.charCodeAt(j))) if (text.charCodeAt(j++) === IDEOGRAPHIC_SPACE) ideographic++;
        // one character before the spaces is a spaced-out label (文, two ideographic spaces, 号), never a paragraph;
        // nor is one character after them that ends the line (第一章 总 则)
        if (
          (last > first && j < text.length - 1 && (ideographic >= 2 || j - i >= 3)) ||
          ENDS_WITH_DATE.test(folded.slice(Math.max(first, last - MAX_DATE), last + 1))
        )
          cut(j);
        i = j - 1;
        continue;
      }
      // a bracket closing the piece's own marker （一） ends no sentence, nor one closing an ordinal cited in a list (第（一）（二）项)
      const ended =
        is(before, ENDS_SENTENCE) && !(is(before, CLOSER) && (opened === first || CITED_ORDINAL.test(folded.slice(opened, last + 1))));
      if (ended && at(RUN_IN_MARKER, i)) cut(i);
      else if (
        i - first <= MAX_HEADING &&
        is(code, OPENER) &&
        at(RUN_IN_SECTION, i) &&
        BARE_CHAPTER_HEADING.test(folded.slice(first, last + 1))
      )
        cut(i);
      else if (is(before, TITLE_ENDING) && TITLE_WORD.test(folded.slice(Math.max(first, last - 1), last + 1)) && at(RUN_IN_DOC_NUMBER, i)) {
        const end = RUN_IN_DOC_NUMBER.lastIndex;
        cut(i);
        cut(end);
      } else if (before === COLON && folded.charCodeAt(first) === EACH && !stopped) cut(i);
      else if (before === FULL_STOP && at(RUN_IN_SIGNATURE, i)) {
        const end = RUN_IN_SIGNATURE.lastIndex;
        cut(i);
        cut(end);
      }
    }
    if (!isSpace(text.charCodeAt(i))) {
      if (i >= start) {
        if (first < 0) first = i;
        last = i;
      }
      if (code === FULL_STOP) stopped = true;
    }
    if (is(code, OPENER)) {
      if (depth++ === 0) opened = i;
    } else if (is(code, CLOSER)) {
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
    return t.slice(from, to);
  });
}

function clean(line: SourceLine, format: InputFormat): Cleaned[] {
  const t = new Tracked(line.text);
  // each repair only where its mark is present: most lines need none of them
  if (/[\u200b-\u200d\u2060\ufeff\u00ad]/.test(t.text)) t.delete(INVISIBLE);
  if (/[(（][a-z\u00e0-\u01dc]/.test(t.text)) t.delete(PINYIN);
  if (t.text.includes('<')) t.delete(HTML_TAG);
  if (t.text.includes('&')) t.replace(HTML_ENTITY, entity);
  return pieces(t)
    .map((t) => cleanPiece(t, line, format))
    .filter((l): l is Cleaned => l !== null);
}

function cleanPiece(t: Tracked, line: SourceLine, format: InputFormat): Cleaned | null {
  // a tab between cells makes a table row; a tab that only indents is space
  if (/\S\t+\S/.test(t.text) || /^\t+\S.*\t/.test(t.text)) t.trim(SPACED);
  else t.trim(/\s/);
  if (t.text === '') return null;
  const trimmed = t.text;
  let folded = fold(trimmed);
  // a list bullet of plain lines (text, a document's paragraphs); Markdown's and HTML's lists are read by their readers
  if (format !== 'markdown' && format !== 'html' && /^[-•·]\s/.test(t.text)) t.delete(BULLET);
  if (t.text.startsWith('一一')) t.replace(/^一一(?=\S)/g, () => '——');
  // a metadata label whose colon was lost: the spaces stand for it (a line without spaces has none to stand)
  if (folded.length <= MAX_JUNK_LENGTH * 2 && SPACED.test(t.text)) t.replace(METADATA_COLON_LOST, () => ':');
  if (t.text !== trimmed) folded = fold(t.text);
  // furniture is recorded as it stands; the notice's own text loses the spaces extraction put in it
  const spaced = SPACED.test(t.text);
  // a page number (— 1 —, 第1页) is recorded with the furniture, never read as text of the notice
  const outside =
    line.outside === true ||
    PAGE_NUMBER.test(folded) ||
    ((t.text.length <= MAX_JUNK_LENGTH * 2 || ATTACHMENT_FILE.test(folded)) &&
      (isJunk(t.text, folded) || (spaced && isJunk(removeCjkSpaces(t.text), removeCjkSpaces(folded)))));
  if (spaced && !outside) {
    t.deleteCjkSpaces();
    folded = fold(t.text);
  }
  const positions = t.positions();
  const columns = typeof positions === 'number' ? line.column + positions : positions.map((i) => line.column + i);
  return {
    text: t.text,
    line: line.line,
    heading: line.heading,
    complete: line.complete === true,
    columns,
    folded,
    outside,
    sentenceEnd: null,
  };
}

// A title that prints a document ends with 的通知 (…管理办法 / 实施细则的通知); any other with its kind.
function titleEnded(text: string): boolean {
  return text.includes('印发') ? /(?:通知|》)$/.test(text) : TITLE_WORD.test(text);
}

function startsElement(text: string): boolean {
  return LINE_START_ELEMENTS.some((re) => re.test(text)) || SIGNATURE_WITH_DATE.test(text) || isMetadataLine(text);
}

function isTitle(text: string, sentenceEnd: boolean): boolean {
  return MARKERS.some((re) => re.test(text)) && !sentenceEnd && length(text) <= MAX_TITLE_LENGTH;
}

// The part of a growing joined line the join rules read: its head and its tail. Every rule reads
// one end, or the whole of a short line, so a paragraph of 8,000 lines is no longer read 8,000 times.
const WINDOW = 200;

/** The head and tail of a joined line, kept as it grows: the whole is never sliced again. */
class Ends {
  private head: string;
  private tail: string;
  private size: number;
  constructor(text: string) {
    [this.head, this.tail, this.size] = [text.slice(0, WINDOW), text.slice(-WINDOW), text.length];
  }
  add(piece: string): void {
    if (this.head.length < WINDOW) this.head = (this.head + piece).slice(0, WINDOW);
    this.tail = (this.tail + piece).slice(-WINDOW);
    this.size += piece.length;
  }
  /** The whole when short, else its head and tail. */
  view(whole: string): string {
    return this.size > 4 * WINDOW ? this.head + this.tail : whole;
  }
}

function continues(prev: Cleaned, next: Cleaned): boolean {
  if (prev.heading || next.heading) return false;
  const [before, after] = [prev.folded, next.folded];
  if (before.includes('\t') || after.includes('\t')) return false;
  // a notice title broken after 关于 or 关于印发, or before 关于 after its issuer
  if (BROKEN_TITLE.test(before) && !startsElement(after)) return true;
  if (after.startsWith('关于') && ISSUER_LINE.test(before)) return true;
  if (
    TITLE_BEGUN.test(before) &&
    !MARKERS.some((re) => re.test(before)) &&
    !titleEnded(before) &&
    length(after) <= MAX_TITLE_LENGTH &&
    !SENTENCE_END.test(after) &&
    !startsElement(after)
  )
    return true;
  // a plan title set on two short lines: 广东省进一步加大力度支持民间 / 投资发展的实施方案
  if (
    PLAN_TITLE_END.test(after) &&
    !PLAN_TITLE_END.test(before) &&
    length(after) <= MAX_TITLE_LENGTH &&
    length(before) >= 4 &&
    length(before) <= MAX_TITLE_LENGTH &&
    !/[。，,；;：:！？!?、]/.test(before + after) &&
    !ISSUER_LINE.test(before) &&
    !startsElement(before) &&
    !startsElement(after) &&
    !TITLE_START.test(after)
  )
    return true;
  if (prev.complete) return false;
  // a notice title (广东省人民政府办公厅关于印发…) starts a line of its own
  if (TITLE_START.test(after)) return false;
  if (CLOSED.test(before) || startsElement(after) || isMetadataLine(before)) return false;
  // a heading wrapped after a comma goes on; a heading is never joined to the paragraph below it
  const sentenceEnd = prev.sentenceEnd ?? SENTENCE_END.test(before);
  if (MARKERS.some((re) => re.test(before)) && !sentenceEnd) {
    if (OPEN.test(before)) return true;
    if (isTitle(before, sentenceEnd) || (SENTENCE_END.test(after) && length(after) > MAX_TITLE_LENGTH)) return false;
  }
  if (TITLE_END.test(before) && !TITLE_CONTINUES.test(after)) return false;
  return OPEN.test(before) || length(before) >= MIN_BROKEN_LENGTH;
}

/** A line being joined: the last piece as the join rules see it (its folded text the whole's ends), and those ends. */
type Joining = Line & { last: Cleaned; ends: Ends };

// a chapter or a part opens the body: a news story's lead-in comes only before it
const BODY_OPENS = /^(?:[一二三四五六七八九十]+[、.]|第[一二三四五六七八九十]+[章部编])/;
const LEAD_INS = webPage.leadIns.map((source) => new RegExp(source));

/** 日前，某市人民政府办公室印发《…》。全文如下： above a reposted notice: furniture, recorded outside like the rest. */
function markLeadIns(kept: Cleaned[]): Cleaned[] {
  for (let i = 0; i < kept.length && !BODY_OPENS.test(kept[i]!.folded); i++) {
    const l = kept[i]!;
    if (!l.outside && LEAD_INS.some((re) => re.test(l.folded))) kept[i] = { ...l, outside: true };
  }
  return kept;
}

/**
 * The lines of signature blocks: organisations one a line, then a date (广州市财政局 / 广州市医疗保障局 /
 * 2023年10月19日). Each stands alone, even after a line that does not close its sentence (a contact's phone number).
 */
function signatureLines(kept: Cleaned[]): Set<number> {
  const found = new Set<number>();
  let leadsToDate = false; // the next line of the notice is a date, or a signature that leads to one
  for (let i = kept.length - 1; i >= 0; i--) {
    const line = kept[i]!;
    if (line.outside) continue;
    const signature: boolean = leadsToDate && ISSUER_LINE.test(line.folded);
    if (signature) found.add(i);
    leadsToDate = signature || DATE_LINE.test(line.folded);
  }
  return found;
}

export function repair(lines: SourceLine[], format: InputFormat): Line[] {
  const kept = markLeadIns(lines.flatMap((l) => clean(l, format)));
  const flat = flatTables(kept.map((l) => (l.outside ? '' : l.folded)));
  const signatures = signatureLines(kept);
  const out: Line[] = [];
  let current: Joining | null = null;
  for (const [index, line] of kept.entries()) {
    const segment = { line: line.line, columns: line.columns };
    // furniture (a page number between two halves of a paragraph) stands apart and interrupts nothing
    if (line.outside) {
      out.push({
        text: line.text,
        folded: line.folded,
        startLine: line.line,
        endLine: line.line,
        heading: line.heading,
        outside: true,
        segments: [{ offset: 0, ...segment }],
      });
      continue;
    }
    // a cell of a table flattened one cell a line joins its row after a tab
    const separator = flat.cells.has(index) ? '\t' : '';
    if (
      current &&
      !flat.starts.has(index) &&
      (separator || flat.wrapped.has(index) || (!signatures.has(index) && continues(current.last, line)))
    ) {
      current.text += separator;
      current.folded += separator;
      current.segments.push({ offset: current.text.length, ...segment });
      current.text += line.text;
      current.folded += line.folded;
      current.endLine = line.line;
      current.ends.add(separator + line.folded);
      const sentenceEnd = (current.last.sentenceEnd ?? SENTENCE_END.test(current.last.folded)) || SENTENCE_END.test(line.folded);
      // the join rules read only the folded text: of the whole line, its ends
      current.last = { ...line, folded: current.ends.view(current.folded), sentenceEnd };
      continue;
    }
    if (current) out.push(strip(current));
    current = {
      text: line.text,
      folded: line.folded,
      startLine: line.line,
      endLine: line.line,
      heading: line.heading,
      segments: [{ offset: 0, ...segment }],
      last: line,
      ends: new Ends(line.folded),
    };
  }
  if (current) out.push(strip(current));
  return out;
}

function strip(line: Joining): Line {
  const { last: _last, ends: _ends, ...rest } = line;
  return rest;
}

/** Maps an offset in a logical line back to the input's line and column. */
export function locate(line: Line, offset: number): { line: number; column: number } {
  let seg = line.segments[0]!;
  for (const s of line.segments) if (s.offset <= offset) seg = s;
  const within = offset - seg.offset;
  // past the last character (an offset at the end of the line): count on from it;
  // a kept line is never empty, so a segment has at least one column
  const { columns } = seg;
  const column = typeof columns === 'number' ? columns + within : (columns[within] ?? columns.at(-1)! + within - columns.length + 1);
  return { line: seg.line, column };
}
