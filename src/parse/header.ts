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
import {
  DATE_FRAGMENT,
  DOC_NUMBER_ANYWHERE,
  METADATA_KEY,
  METADATA_KEYS,
  NOTICE_TITLE_ISSUER_END,
  PRINTED,
  SIGNATURE_WITH_DATE,
  ISSUER_SUFFIX,
} from '../../grammars/patterns.js';
import { withoutEtc } from './responsibility/agencies.js';
import type { ClassifiedLine } from './cst-visitor.js';
import { diagnosticAt } from './diagnostics.js';
import type { Diagnostic, Meta, Span } from '../model/schema.js';
import webPage from '../../data/web-page.json' with { type: 'json' };
import { fold } from '../text/fold.js';
import { appendAll, isoDate, length, splitOutsideBrackets, stripEndPunctuation } from '../text/text.js';

export interface Front {
  meta: Meta;
  preamble: string;
  preambleSpan: Span | null;
}

const LIST_SEPARATORS = '，,；;、';
// the spaces before a date are trimmed where it is searched: `\s*` before it would be tried from every space of a run
const DATE = new RegExp(DATE_FRAGMENT);
const ATTACHMENT = /^附件\s*\d*\s*[:：]?$/;
// the plan a notice prints, in its title: …印发《上海市…方案》的通知
const PRINTED_TITLE = /《[^《》]+》/;
// a repost's headline around the title: 《…实施方案》全文, 农业农村部发布《…规划》
const REPOST_HEADLINE = /^(?:[^《》]{0,20}(?:发布|印发))?《([^《》]+)》(?:全文|正文)?$/;

function reposted(title: string): string {
  const m = REPOST_HEADLINE.exec(fold(title));
  return m ? title.slice(m.index + m[0].indexOf('《') + 1, m.index + m[0].lastIndexOf('》')) : title;
}
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
    issuers: [],
    signatories: [],
    seal: null,
    attachment: null,
    headline: null,
  };
}

/** 穗南府[2022]7号 -> 穗南府〔2022〕7号; 【】 （） „‟ likewise, and brackets lost in extraction (国发202214号) put back. */
export function normaliseDocNumber(raw: string): string {
  return raw
    .replace(/\s+/g, '')
    .replace(/[[【(（„“‘〈<](\d{4})[\]】)）‟”’〉>]/, '〔$1〕')
    .replace(/^([\u4e00-\u9fa5]+)(20\d{2})(\d{1,4}号)$/, '$1〔$2〕$3');
}

// `来源:漳平市人民政府 时间:2022-07-13 16:28` holds two pairs on one line.
const ANY_KEY = new RegExp(`(${METADATA_KEYS})\\s*[:：]`, 'g');

/**
 * The pairs of a metadata line; keys in their folded form without spaces (索 引 號 -> 索引号), values as written.
 * A key given again with another value keeps its first; the other pairs are returned, to be reported.
 */
function readWebMeta(text: string, into: Record<string, string>): { repeated: { key: string; value: string }[]; open: string | null } {
  const keys = [...fold(text).matchAll(ANY_KEY)];
  const repeated: { key: string; value: string }[] = [];
  let open: string | null = null;
  keys.forEach((m, i) => {
    const end = i + 1 < keys.length ? keys[i + 1]!.index : text.length;
    const key = m[1]!.replace(/\s+/g, '');
    // values in a pipe table (索引號: | 1137… | 主題分類: | 科技 |) lose their cell borders
    const value = trimCellBorders(text.slice(m.index + m[0].length, end));
    if (!into[key]) into[key] = value;
    else if (value !== '' && into[key] !== value) repeated.push({ key, value });
    open = value === '' && i === keys.length - 1 && !into[key] ? key : null;
  });
  return { repeated, open };
}

/** A line that can be the value of a key left open on the line above (`* 发文机关：` / `  国务院办公厅`): short, no sentence, no key. */
function isValueLine(l: ClassifiedLine | undefined): l is ClassifiedLine {
  return l !== undefined && !isA(l, WebMetaLine) && !isA(l, NoticeTitleLine) && length(l.text) <= 60 && !/[。；;]/.test(fold(l.text));
}

// Read from both ends: one pattern anchored at both would be tried from every start.
function trimCellBorders(value: string): string {
  let from = 0;
  let to = value.length;
  while (from < to && /[\s|]/.test(value[from]!)) from++;
  while (to > from && /[\s|]/.test(value[to - 1]!)) to--;
  return value.slice(from, to);
}

function publicity(text: string): string {
  // the closing bracket and the spaces before it cut by hand: a pattern would try from every space of a long run
  const opened = text.replace(/^[（(]\s*/, '');
  const closed = /[）)]$/.test(opened) ? opened.slice(0, -1).trimEnd() : opened;
  return closed.replace(/^公开方式\s*[:：]\s*/, '');
}

function isTitleLike(text: string): boolean {
  const folded = fold(text);
  return !/[。！？；!?;]/.test(folded) && !/:$/.test(folded) && length(text) <= 80;
}

export function readFront(lines: ClassifiedLine[], diagnostics: Diagnostic[]): Front {
  const meta = emptyMeta();
  const rest: ClassifiedLine[] = [];
  const notSigned: ClassifiedLine[] = [];
  let headerIssuer: ClassifiedLine | null = null;
  let signatories: string[] = [];
  let titleIssuer: string | null = null;
  let headlineIssuer: string | null = null;
  const bannerIssuers: string[] = [];
  let afterSignature = -1;
  let addresseeAt = -1;
  let valuesBelow = false;

  for (let i = 0; i < lines.length; i++) {
    const { text } = lines[i]!;
    const folded = fold(text);
    const is = (type: TokenType) => tokenMatcher(lines[i]!.token, type);
    if (is(WebMetaLine)) {
      const { repeated, open } = readWebMeta(text, meta.web);
      for (const { key, value } of repeated)
        diagnostics.push(
          diagnosticAt(
            lines[i]!.line,
            'unplaced-header-text',
            `the page gives ${key} again; this value is kept only here: "${key}: ${value}"`,
          ),
        );
      // a key's value on the next line: where the block goes on after it, or goes on so for its other keys
      if (open !== null && isValueLine(lines[i + 1]) && (valuesBelow || isA(lines[i + 2], WebMetaLine))) {
        meta.web[open] = lines[++i]!.text.trim();
        valuesBelow = true;
      }
    } else if (is(DocNumberLine) && meta.docNumberRaw === null) {
      meta.docNumberRaw = text.replace(/^[(（](.*)[)）]$/, '$1');
    } else if ((is(NoticeTitleLine) || is(Text)) && meta.noticeTitle !== null && text === meta.noticeTitle) {
      // the title again (pages print it above and in the document): the same text, kept once
    } else if (is(NoticeTitleLine) && meta.noticeTitle === null) {
      meta.noticeTitle = text;
      const prefix = text.slice(0, folded.search(NOTICE_TITLE_ISSUER_END)).trim();
      if (isOrganisation(prefix)) titleIssuer = prefix;
    } else if (is(Text) && meta.noticeTitle === null && /文件$/.test(folded) && meta.banner === null) {
      meta.banner = text;
      const named = text.slice(0, -2).trim();
      if (named) bannerIssuers.push(named);
      else {
        // 文件 set beside the joint issuers stacked on its left prints on a line between them: 发展改革委办公厅 / 文件 / 税务总局办公厅
        const above: string[] = [];
        while (rest.length > 0 && isOrganisation(rest.at(-1)!.text)) above.unshift(rest.pop()!.text);
        bannerIssuers.push(...above);
      }
    } else if (is(Text) && meta.banner !== null && meta.noticeTitle === null && meta.docNumberRaw === null && isOrganisation(text)) {
      // a joint red header: 发展改革委办公厅  文件 / 税务总局办公厅
      bannerIssuers.push(text);
    } else if (is(Text) && meta.noticeTitle === null && isTitleLike(text) && isA(lines[i + 1], NoticeTitleLine)) {
      headerIssuer = lines[i]!;
    } else if (is(Text) && (meta.noticeTitle !== null || /^各/.test(folded)) && addresseeAt < 0 && /:$/.test(folded)) {
      addresseeAt = i;
      // 、 joins addressees only when no comma does: 市直各委、办、局 is one addressee among commas
      const list = stripEndPunctuation(text);
      meta.addressees = splitOutsideBrackets(list, /[，,；;]/.test(fold(list)) ? '，,；;' : '、');
    } else if (is(SignatureLine) && meta.signedDate === null) {
      // a second one (a pasted copy) is not written over the first: it stays among the lines
      const date = isoDate(folded);
      signatories = [signatoryOf(text)];
      meta.signedDate = date;
      afterSignature = i;
    } else if (is(DateLine) && meta.signedDate === null) {
      meta.signedDate = isoDate(folded);
      // the signatories stand right above the date, one a line when several issue jointly
      const above: ClassifiedLine[] = [];
      // a note on the seal (（中国科协办公厅代章）) stands between the issuer and the date
      const seal = rest.at(-1);
      if (seal && lines[i - 1] === seal && isSealNote(seal.text)) {
        meta.seal = seal.text.trim();
        rest.pop();
      }
      const skipped = meta.seal === null ? 1 : 2;
      for (
        let prev = lines[i - skipped - above.length];
        prev && prev === rest.at(-1) && isSignatory(prev, above.length);
        prev = lines[i - skipped - above.length]
      ) {
        above.unshift(prev);
        rest.pop();
      }
      // under an organisation the nearest line is no person's office but page text (长者服务专区): reported, not signed
      if (above.length > 1 && !isOrganisation(above.at(-1)!.text)) notSigned.push(above.pop()!);
      signatories = above.map((l) => l.text.trim());
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
  // by position among the header's lines: a flattened notice holds them all on one input line
  const position = new Map(lines.map((l, i) => [l, i]));
  const cover: string[] = [];
  const body: ClassifiedLine[] = [];
  const unplaced: ClassifiedLine[] = [...notSigned];
  for (const l of rest) {
    const at = position.get(l)!;
    if (addresseeAt >= 0 && at > addresseeAt && at < afterSignature) cover.push(l.text);
    else if (at > afterSignature) body.push(l);
    else unplaced.push(l);
  }
  meta.cover = cover.join('\n');

  // A plan with no notice around it: its title is its first title-like line.
  const candidates = afterSignature >= 0 ? body : [...unplaced.splice(0), ...body];
  // 附件 (附件1) labels the plan that follows: a label, not its title
  while (candidates[0] && ATTACHMENT.test(fold(candidates[0].text))) meta.attachment = candidates.shift()!.text;
  const titleAt = candidates.findIndex((l) => isTitleLike(l.text) && (TITLE_WORDS.test(fold(l.text)) || l === candidates[0]));
  const preambleLines = candidates.slice(titleAt + 1);
  if (titleAt >= 0) {
    const title = candidates[titleAt]!.text;
    meta.planTitle = reposted(title);
    if (meta.planTitle !== title) {
      meta.headline = title;
      // 农业农村部发布《…规划》: who published it, when nothing else says
      const publisher = /^(.+?)(?:发布|印发)《/.exec(title)?.[1];
      if (publisher && isOrganisation(publisher)) headlineIssuer = publisher;
    }
    appendAll(unplaced, candidates.slice(0, titleAt));
  }

  meta.docNumberRaw ??= webDocNumber(meta.web);
  meta.docNumber = meta.docNumberRaw === null ? null : normaliseDocNumber(fold(meta.docNumberRaw));
  meta.signatories = signatories;
  meta.issuers = bannerIssuers.length
    ? bannerIssuers
    : signatories.length
      ? signatories
      : [titleIssuer ?? headerIssuer?.text ?? webIssuer(meta.web) ?? headlineIssuer].filter((x) => x !== null);
  meta.issuer = titleIssuer ?? (meta.issuers.length ? meta.issuers.join('、') : null);
  // a notice that is itself the document (关于…的意见, 决定) has no plan title of its own
  if (meta.planTitle === null && meta.noticeTitle !== null) {
    const printed = PRINTED_TITLE.exec(fold(meta.noticeTitle));
    meta.planTitle = printed
      ? meta.noticeTitle.slice(printed.index + 1, printed.index + printed[0].length - 1)
      : /印发/.test(fold(meta.noticeTitle))
        ? null
        : meta.noticeTitle;
  }
  meta.signedDate ??= webDate(meta.web);

  // a line above the title taken for its issuer, when the issuer came from elsewhere (长者服务专区): reported, not dropped
  if (headerIssuer && !meta.issuers.includes(headerIssuer.text) && meta.issuer !== headerIssuer.text) unplaced.push(headerIssuer);
  // a page prints the plan's title above the notice too: the same text, kept once
  for (const l of unplaced) if (l.text !== meta.planTitle) reportUnplaced(l, 'header', diagnostics);

  return {
    meta,
    preamble: preambleLines.map((l) => l.text).join('\n'),
    preambleSpan:
      preambleLines.length > 0
        ? { startLine: preambleLines[0]!.line.startLine, endLine: preambleLines[preambleLines.length - 1]!.line.endLine }
        : null,
  };
}

function webIssuer(web: Record<string, string>): string | null {
  for (const key of webPage.issuerKeys) if (web[key]) return web[key]!;
  return null;
}

// A line that names an organisation: 税务总局办公厅, 上海市科学技术委员会.
const ORGANISATION = new RegExp(`(?:${ISSUER_SUFFIX})$`);

export function isOrganisation(text: string): boolean {
  return isTitleLike(text) && length(text) <= 40 && ORGANISATION.test(fold(text).trim());
}

/** A line above the date that signs: the nearest may be any short title-like line (a person's office), the others organisations. */
function isSignatory(l: ClassifiedLine, index: number): boolean {
  if (!isA(l, Text) || !isTitleLike(l.text) || length(l.text) > 40) return false;
  return index === 0 || isOrganisation(l.text);
}

function webDocNumber(web: Record<string, string>): string | null {
  for (const key of webPage.docNumberKeys) {
    const value = web[key];
    const m = value ? DOC_NUMBER_ANYWHERE.exec(fold(value)) : null;
    if (m) return value!.slice(m.index, m.index + m[0].length);
  }
  return null;
}

function webDate(web: Record<string, string>): string | null {
  for (const key of webPage.dateKeys) if (web[key]) return isoDate(fold(web[key]!));
  return null;
}

function splitList(text: string): string[] {
  return splitOutsideBrackets(stripEndPunctuation(text), LIST_SEPARATORS)
    .map((item) => withoutEtc(stripEndPunctuation(item)))
    .filter(Boolean);
}

// （中国科协办公厅代章）, (代章): who put the seal on the issuer's behalf, not who issues
const SEAL_NOTE = /^[(][^()]*代章[)]$/;

export function isSealNote(text: string): boolean {
  return SEAL_NOTE.test(fold(text).replace(/\s+/g, ''));
}

/** `广州市南沙区人民政府 2022年12月9日` -> the one who signs. */
function signatoryOf(signature: string): string {
  return signature.slice(0, fold(signature).search(DATE)).trim();
}

/** The signature that closes a notice that is itself the document: 国务院办公厅 / 2020年7月15日. */
export function readClosing(lines: ClassifiedLine[], meta: Meta, diagnostics: Diagnostic[]): void {
  // the notice is signed and dated already (under its cover letter): a second signature is reported, not dropped
  if (meta.signatories.length > 0 && meta.signedDate !== null) {
    for (const l of lines)
      diagnostics.push(
        diagnosticAt(l.line, 'unplaced-footer-text', `the notice is signed and dated already; this is kept only here: "${l.text}"`),
      );
    return;
  }
  const signatories: string[] = [];
  const named = lines.filter((l) => !isA(l, DateLine) && !isA(l, SignatureLine) && !isSealNote(l.text));
  const organisations = named.filter((l) => isOrganisation(l.text)).length;
  // what the notice states already (dated under its cover letter or on an earlier line, or signed under the letter) is not
  // written over: the line is reported
  const signed = meta.signatories.length > 0;
  const again = (l: ClassifiedLine) =>
    diagnostics.push(
      diagnosticAt(l.line, 'unplaced-footer-text', `the notice states otherwise already; this is kept only here: "${l.text}"`),
    );
  // the line's date, taken where the notice has none yet; false when it is no date or another than the notice's (the same
  // date again, a page that prints it under the text as well, says nothing new)
  const takeDate = (l: ClassifiedLine) => {
    const date = isoDate(fold(l.text));
    meta.signedDate ??= date;
    return date !== null && date === meta.signedDate;
  };
  for (const l of lines) {
    if (isA(l, DateLine)) {
      if (!takeDate(l)) again(l);
    } else if (isA(l, SignatureLine)) {
      // its name is taken where the notice has none yet (signed and dated, it returned above)
      if (!signed) signatories.push(signatoryOf(l.text));
      if (!takeDate(l) || (signed && !meta.signatories.includes(signatoryOf(l.text)))) again(l);
    } else if (isSealNote(l.text)) {
      if (meta.seal === null) meta.seal = l.text.trim();
      else again(l);
    }
    // beside organisations, a line that is none is page text (长者服务专区), not a signature
    else if (organisations > 0 && !isOrganisation(l.text)) reportUnplaced(l, 'footer', diagnostics);
    else if (!signed) signatories.push(l.text.trim());
    else if (!meta.signatories.includes(l.text.trim())) again(l);
  }
  if (!signed) meta.signatories = signatories;
  if (meta.issuers.length === 0 && signatories.length > 0) meta.issuers = signatories;
  meta.issuer ??= meta.issuers.length ? meta.issuers.join('、') : null;
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
        appendAll(list, splitList(l.text));
        return;
      case RelatedKey:
        list = meta.related;
        appendAll(list, splitList(l.text));
        return;
      case PublicityLine:
        // a second one is reported, not dropped
        if (meta.publicity === null) meta.publicity = publicity(l.text);
        else reportUnplaced(l, 'footer', diagnostics);
        list = null;
        return;
      case PrintedLine: {
        list = null;
        // the first 印发 line is the notice's; another is reported, not written over it
        if (meta.printedDate !== null) return reportUnplaced(l, 'footer', diagnostics);
        meta.printedDate = isoDate(fold(l.text));
        const by = withoutPrinted(l.text);
        if (by) meta.printedBy = by;
        return;
      }
    }
    // An unmarked line: the office that prints, when the 印发 date follows it.
    if (isA(next, PrintedLine) && !withoutPrinted(next.text) && isTitleLike(l.text) && meta.printedDate === null) {
      meta.printedBy = l.text;
    } else if (SIGNATURE_WITH_DATE.test(l.text) || METADATA_KEY.test(l.text)) {
      reportUnplaced(l, 'footer', diagnostics);
    } else if (list) {
      appendAll(list, splitList(l.text));
    } else {
      reportUnplaced(l, 'footer', diagnostics);
    }
  });
}

function reportUnplaced(l: ClassifiedLine, part: 'header' | 'footer', diagnostics: Diagnostic[]): void {
  const code = part === 'header' ? 'unplaced-header-text' : 'unplaced-footer-text';
  diagnostics.push(diagnosticAt(l.line, code, `a ${part} line has no recognised role and is kept only here: "${l.text}"`));
}
