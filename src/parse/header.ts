// Stage 6a: header and footer lines -> metadata. Gives the lines around the
// body their roles (the elements of GB/T 9704): 发文字号, 发文机关, 标题,
// 主送机关, 正文, 署名, 成文日期, 公开属性, 抄送, 印发. Guarantees: a line with
// no role is kept in a diagnostic (unplaced-header-text, unplaced-footer-text).
import { tokenMatcher, type TokenType } from 'chevrotain';
import {
  CcKey,
  DateLine,
  DocNumberLine,
  NoticeTitleLine,
  PrintedLine,
  PublicityLine,
  RelatedKey,
  SignatureLine,
  Text,
  WebMetaLine,
} from '../../grammars/lexer.js';
import { DOC_NUMBER_ANYWHERE, METADATA_KEY, METADATA_KEYS, PRINTED, SIGNATURE_WITH_DATE } from '../../grammars/patterns.js';
import { withoutEtc } from './responsibility/agencies.js';
import type { ClassifiedLine } from './cst-visitor.js';
import { diagnosticAt } from './diagnostics.js';
import type { Diagnostic, Meta, Span } from '../model/schema.js';
import { fold } from '../text/fold.js';
import { isoDate, length, splitOutsideBrackets, stripEndPunctuation } from '../text/text.js';

export interface Front {
  meta: Meta;
  preamble: string;
  preambleSpan: Span | null;
}

const LIST_SEPARATORS = '，,；;、';
const TITLE_WORDS = /(方案|纲要|计划|规划|意见|办法|规定|细则|要点|措施)/;

/** Whether a classified line was opened by a token of `type` (or of its category). */
function isA(l: ClassifiedLine | undefined, type: TokenType): boolean {
  return l !== undefined && tokenMatcher(l.token, type);
}

function emptyMeta(): Meta {
  return {
    docNumber: null,
    docNumberRaw: null,
    banner: null,
    issuer: null,
    noticeTitle: null,
    planTitle: null,
    addressees: [],
    cover: '',
    signedDate: null,
    publicity: null,
    cc: [],
    related: [],
    printedBy: null,
    printedDate: null,
    web: {},
  };
}

/** 穗南府[2022]7号 -> 穗南府〔2022〕7号; 【】 and （） likewise. */
export function normaliseDocNumber(raw: string): string {
  return raw.replace(/\s+/g, '').replace(/[[【(（](\d{4})[\]】)）]/, '〔$1〕');
}

// `来源:漳平市人民政府 时间:2022-07-13 16:28` holds two pairs on one line.
const ANY_KEY = new RegExp(`(${METADATA_KEYS})\\s*[:：]`, 'g');

/** The pairs of a metadata line; keys in their folded form without spaces (索 引 號 -> 索引号), values as written. */
function readWebMeta(text: string, into: Record<string, string>): void {
  const keys = [...fold(text).matchAll(ANY_KEY)];
  keys.forEach((m, i) => {
    const end = i + 1 < keys.length ? keys[i + 1]!.index : text.length;
    into[m[1]!.replace(/\s+/g, '')] = text.slice(m.index + m[0].length, end).trim();
  });
}

function publicity(text: string): string {
  return text.replace(/^[（(]\s*|\s*[）)]$/g, '').replace(/^公开方式\s*[:：]\s*/, '');
}

function isTitleLike(text: string): boolean {
  const folded = fold(text);
  return !/[。！？；!?;]/.test(folded) && !/:$/.test(folded) && length(text) <= 80;
}

export function readFront(lines: ClassifiedLine[], diagnostics: Diagnostic[]): Front {
  const meta = emptyMeta();
  const rest: ClassifiedLine[] = [];
  let headerIssuer: string | null = null;
  let signatory: string | null = null;
  let titleIssuer: string | null = null;
  let afterSignature = -1;
  let addresseeAt = -1;

  for (let i = 0; i < lines.length; i++) {
    const { text } = lines[i]!;
    const folded = fold(text);
    const is = (type: TokenType) => tokenMatcher(lines[i]!.token, type);
    if (is(WebMetaLine)) {
      readWebMeta(text, meta.web);
    } else if (is(DocNumberLine) && meta.docNumberRaw === null) {
      meta.docNumberRaw = text;
    } else if (is(NoticeTitleLine) && meta.noticeTitle === null) {
      meta.noticeTitle = text;
      const prefix = text.slice(0, folded.indexOf('关于印发'));
      if (prefix) titleIssuer = prefix;
    } else if (is(Text) && meta.noticeTitle === null && /文件$/.test(folded) && meta.banner === null) {
      meta.banner = text;
    } else if (is(Text) && meta.noticeTitle === null && isTitleLike(text) && isA(lines[i + 1], NoticeTitleLine)) {
      headerIssuer = text;
    } else if (is(Text) && meta.noticeTitle !== null && addresseeAt < 0 && /:$/.test(folded)) {
      addresseeAt = i;
      meta.addressees = splitOutsideBrackets(stripEndPunctuation(text), '，,；;');
    } else if (is(SignatureLine)) {
      const date = isoDate(folded);
      signatory = text.slice(0, folded.search(/\s*\d{4}\s*年/));
      meta.signedDate = date;
      afterSignature = i;
    } else if (is(DateLine) && meta.signedDate === null) {
      meta.signedDate = isoDate(folded);
      const prev = lines[i - 1];
      if (prev && prev === rest[rest.length - 1] && isA(prev, Text) && isTitleLike(prev.text) && length(prev.text) <= 40) {
        signatory = prev.text;
        rest.pop();
      }
      afterSignature = i;
    } else if (is(PublicityLine) && meta.publicity === null) {
      meta.publicity = publicity(text);
      afterSignature = i;
    } else {
      rest.push(lines[i]!);
    }
  }

  // What stands between the addressees and the signature is the cover letter;
  // after the signature come the plan title and the preamble.
  const signatureLine = afterSignature >= 0 ? lines[afterSignature]!.line.startLine : 0;
  const addresseeLine = addresseeAt >= 0 ? lines[addresseeAt]!.line.startLine : 0;
  const cover: string[] = [];
  const body: ClassifiedLine[] = [];
  const unplaced: ClassifiedLine[] = [];
  for (const l of rest) {
    const at = l.line.startLine;
    if (addresseeAt >= 0 && at > addresseeLine && at < signatureLine) cover.push(l.text);
    else if (at > signatureLine) body.push(l);
    else unplaced.push(l);
  }
  meta.cover = cover.join('\n');

  // A plan with no notice around it: its title is its first title-like line.
  const candidates = afterSignature >= 0 ? body : [...unplaced.splice(0), ...body];
  const titleAt = candidates.findIndex((l) => isTitleLike(l.text) && (TITLE_WORDS.test(fold(l.text)) || l === candidates[0]));
  const preambleLines = candidates.slice(titleAt + 1);
  if (titleAt >= 0) {
    meta.planTitle = candidates[titleAt]!.text;
    unplaced.push(...candidates.slice(0, titleAt));
  }

  meta.docNumberRaw ??= webDocNumber(meta.web);
  meta.docNumber = meta.docNumberRaw === null ? null : normaliseDocNumber(fold(meta.docNumberRaw));
  meta.issuer = meta.banner?.slice(0, -2) ?? titleIssuer ?? signatory ?? headerIssuer ?? meta.web['发布机构'] ?? null;
  meta.signedDate ??= webDate(meta.web);

  for (const l of unplaced) reportUnplaced(l, 'header', diagnostics);

  return {
    meta,
    preamble: preambleLines.map((l) => l.text).join('\n'),
    preambleSpan:
      preambleLines.length > 0
        ? { startLine: preambleLines[0]!.line.startLine, endLine: preambleLines[preambleLines.length - 1]!.line.endLine }
        : null,
  };
}

function webDocNumber(web: Record<string, string>): string | null {
  for (const key of ['备注/文号', '文号', '发文字号']) {
    const value = web[key];
    const m = value ? DOC_NUMBER_ANYWHERE.exec(fold(value)) : null;
    if (m) return value!.slice(m.index, m.index + m[0].length);
  }
  return null;
}

function webDate(web: Record<string, string>): string | null {
  for (const key of ['成文日期', '公文生成日期']) if (web[key]) return isoDate(fold(web[key]!));
  return null;
}

function splitList(text: string): string[] {
  return splitOutsideBrackets(stripEndPunctuation(text), LIST_SEPARATORS)
    .map((item) => withoutEtc(stripEndPunctuation(item)))
    .filter(Boolean);
}

/** `威海市…办公室 2022年7月20日印发` -> the office that prints. */
function withoutPrinted(text: string): string {
  return text.slice(0, fold(text).search(PRINTED)).trim();
}

/** Reads 抄送, 相关单位, 印发 and the publicity line from the footer. */
export function readFooter(lines: ClassifiedLine[], meta: Meta, diagnostics: Diagnostic[]): void {
  let list: string[] | null = null;
  lines.forEach((l, i) => {
    const next = lines[i + 1];
    switch (l.token.tokenType) {
      case CcKey:
        list = meta.cc;
        list.push(...splitList(l.text));
        return;
      case RelatedKey:
        list = meta.related;
        list.push(...splitList(l.text));
        return;
      case PublicityLine:
        meta.publicity ??= publicity(l.text);
        list = null;
        return;
      case PrintedLine: {
        meta.printedDate = isoDate(fold(l.text));
        const by = withoutPrinted(l.text);
        if (by) meta.printedBy = by;
        list = null;
        return;
      }
    }
    // An unmarked line: the office that prints, when the 印发 date follows it.
    if (isA(next, PrintedLine) && !withoutPrinted(next.text) && isTitleLike(l.text)) {
      meta.printedBy = l.text;
    } else if (SIGNATURE_WITH_DATE.test(l.text) || METADATA_KEY.test(l.text)) {
      reportUnplaced(l, 'footer', diagnostics);
    } else if (list) {
      list.push(...splitList(l.text));
    } else {
      reportUnplaced(l, 'footer', diagnostics);
    }
  });
}

function reportUnplaced(l: ClassifiedLine, part: 'header' | 'footer', diagnostics: Diagnostic[]): void {
  const code = part === 'header' ? 'unplaced-header-text' : 'unplaced-footer-text';
  diagnostics.push(diagnosticAt(l.line, 'warning', code, `a ${part} line has no recognised role and is kept only here: "${l.text}"`));
}
