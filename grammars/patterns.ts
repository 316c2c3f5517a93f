// Regular expressions for the line-start elements of a notice. The lexer builds
// its tokens from them and line repair uses them to tell a new element from the
// continuation of a broken line, so both stages agree on what starts a line.
// Each fragment is named once here and composed into the patterns below.

import agencies from '../data/agencies.json' with { type: 'json' };
import webPage from '../data/web-page.json' with { type: 'json' };

// ---- Fragments ------------------------------------------------------------------
/** 一 十二 二十一 〇: a Chinese numeral */
const CN_NUM = '[一二三四五六七八九十百零〇]+';
/** A year in Chinese numerals: 二〇二二, 二○○七 (○ for 〇), 一二 (the 〇 lost in extraction). */
const CN_YEAR = '[〇○零一二三四五六七八九]{2,4}';
/** A month or day in Chinese numerals: 六, 十二, 二十七 */
const CN_DAY = '[一二三四五六七八九十]{1,3}';
/** 2022年6月27日, 二〇二二年六月二十七日; spaces allowed between the parts (three groups: year, month, day) */
export const DATE_FRAGMENT = String.raw`(\d{4}|${CN_YEAR})\s*年\s*(\d{1,2}|${CN_DAY})\s*月\s*(\d{1,2}|${CN_DAY})\s*日`;
/** 厦海政办〔2022〕17号, 穗南府[2022]7号 */
// Brackets as written, as extraction garbles them (国办发„2009‟3号), or lost (国发202214号).
const DOC_NUMBER_FRAGMENT = String.raw`[\u4e00-\u9fa5]{1,12}\s*(?:[〔\[【(（„“‘〈<]\s*\d{4}\s*[〕\]】)）‟”’〉>]|20\d{2}(?=\d{1,4}号))\s*\d{1,4}\s*号`;
/** An opening or a closing bracket, full-width or half-width. */
const OPEN = '[（(]';
const CLOSE = '[）)]';
/** A sentence ends in a line: a title or a table title never holds one. */
export const SENTENCE_PUNCTUATION = /[。；]/;

// ---- Markers of the body's hierarchy --------------------------------------------------
/** `第一章` `第二编`: a part of a regulation or a long plan, above 一、 */
export const PART = new RegExp(`^第\\s*(?:${CN_NUM}|\\d{1,3})\\s*[章编]`);
/** `第一条`: an article of a regulation (办法, 细则, 规定) */
export const ARTICLE = new RegExp(`^第\\s*(?:${CN_NUM}|\\d{1,3})\\s*条`);
/** `一、` `十二、` (also `一.` and `一．` in careless exports) */
export const CHAPTER = new RegExp(`^${CN_NUM}\\s*[、.．]`);
/** `（一）` `(一)` `（ 一 ）` */
export const SECTION = new RegExp(`^${OPEN}\\s*${CN_NUM}\\s*${CLOSE}`);
/** `1.` `1．` `1、` `1. ` `⒈`, also `3．2020年底前…`; not `2.5元` or `2022年` */
export const ITEM = /^(?:\d{1,3}\s*[.．、](?:(?!\d)|(?=(?:19|20)\d{2}年))\s*|[\u2488-\u249b])/;
/** `（1）` `(1)` `⑴` */
export const SUBITEM = new RegExp(`^(?:${OPEN}\\s*\\d{1,3}\\s*${CLOSE}|[\\u2474-\\u2487])`);
/** `①` … `⑳` */
export const CIRCLED = /^[\u2460-\u2473]/;
/** `——` dash bullets; `一一` is how PDF extraction renders them. */
export const DASH = /^(?:——|一一)(?=\S)/;
/** Decimal numbering (1 总则 / 1.1 编制目的 / 1.1.1 …) on a short heading line; the depth gives the level. */
// a heading of two characters at least, not a quantity (2.5元, 1.5万人)
const DECIMAL_HEADING = String.raw`\s*(?![元万亿千百个人次年月日倍吨项家所名台米亩])(?=[\u4e00-\u9fff]{2}[^。，；：,;:！？!?/%]{0,30}$)`;
export const DECIMAL_1 = new RegExp(String.raw`^\d{1,2}(?![\d.．])${DECIMAL_HEADING}`);
export const DECIMAL_2 = new RegExp(String.raw`^\d{1,2}[.．]\d{1,2}(?![\d.．])${DECIMAL_HEADING}`);
export const DECIMAL_3 = new RegExp(String.raw`^\d{1,2}[.．]\d{1,2}[.．]\d{1,2}(?![\d.．])${DECIMAL_HEADING}`);
/** The markers, outermost first. */
export const MARKERS: readonly RegExp[] = [PART, ARTICLE, CHAPTER, SECTION, ITEM, SUBITEM, CIRCLED, DASH, DECIMAL_1, DECIMAL_2, DECIMAL_3];

// ---- Keywords and whole lines ----------------------------------------------------------
/** 责任单位： 牵头部门： …, the keyword that opens a responsibility line. */
export const RESPONSIBILITY = /^(?:责任单位|责任部门|牵头单位|牵头部门|主责单位)\s*[:：]/;
/** A whole line that is a document number: 厦海政办〔2022〕17号, 穗南府[2022]7号; in brackets below the title as legal databases print it: （甬政办发〔2007〕153号）. */
export const DOC_NUMBER = new RegExp(`^(?:${DOC_NUMBER_FRAGMENT}|[(（]${DOC_NUMBER_FRAGMENT}[)）])$`);
/** The same, anywhere in a line (for metadata blocks). */
export const DOC_NUMBER_ANYWHERE = new RegExp(DOC_NUMBER_FRAGMENT);
/** 2022年6月27日, or 2022-06-27 as a page's copy may print it, alone on its line. */
export const DATE_LINE = new RegExp(`^(?:${DATE_FRAGMENT}|\\d{4}-\\d{1,2}-\\d{1,2})$`);
/** An organisation name followed by a date: a signature on one line. */
export const SIGNATURE_WITH_DATE = new RegExp(`^[\\u4e00-\\u9fa5（）()]{2,40}\\s*${DATE_FRAGMENT}$`);
/** …2022年6月27日印发 */
export const PRINTED = new RegExp(`${DATE_FRAGMENT}\\s*印发$`);
/** 抄送： */
export const CC = /^抄\s*送\s*[:：]/;
/** 相关单位： */
export const RELATED = /^相关单位\s*[:：]/;
/** （此件主动公开） (此件公开发布) 公开方式：主动公开 */
export const PUBLICITY = new RegExp(`^(?:${OPEN}\\s*此件[^）)]*${CLOSE}|公开方式\\s*[:：].*)$`);
const PRINTING_END = /(?:的通知|》)$/;
const KINDS = new Set(['通知', '意见', '决定', '批复', '规定', '办法']);
const HAN = /^[\u4e00-\u9fa5]*$/;

/**
 * 关于印发…的通知, X印发《…》, X关于…的（实施|指导|若干）意见 / 决定 / 通知:
 * the title of the notice. Read from both ends of the line, never by
 * backtracking through it (a line of 87,000 关于印发 took 11 s as one pattern).
 */
export function isNoticeTitle(text: string): boolean {
  const printing = PRINTING_END.exec(text.slice(-3));
  if (printing) {
    const at = text.indexOf('印发');
    if (at >= 0 && at + 2 < text.length - printing[0].length) return true;
  }
  // …的 + up to four characters + its kind, the 的 as late as it can stand
  if (!KINDS.has(text.slice(-2))) return false;
  const about = text.indexOf('关于');
  for (let between = 0; between <= 4; between++) {
    const of = text.length - 2 - between - 1;
    if (of <= about + 2) break;
    if (text[of] === '的' && HAN.test(text.slice(of + 1, text.length - 2))) return about >= 0;
  }
  return false;
}
/** Where the issuer's name ends in a notice title: 国务院办公厅|关于印发… */
export const NOTICE_TITLE_ISSUER_END = /(?:关于|印发)/;
/** `附件：1.…`, `附件1 …指标体系`, `附件2：`: a line that labels or lists the documents appended to the notice */
export const ATTACHMENT_LINE = /^附件\s*\d{0,2}(?![\d.．、])\s*[:：]?/;

/** …任务分工表 */
export const TASK_TABLE_TITLE = /任务分工表$/;

// ---- Run-in text: elements that open inside a line (a flattened .docx, a one-line page) ----
// Tried at one offset of the folded text (sticky); line repair breaks the line there.
/** 一、 （一） 1. (not 2.5) opening an element after a sentence */
export const RUN_IN_MARKER = new RegExp(
  `(?:第(?:${CN_NUM}|\\d{1,3})[章编条]|${CN_NUM}、|${OPEN}${CN_NUM}${CLOSE}|\\d{1,2}[.．、](?=\\s*(?:[\\u4e00-\\u9fff]|(?:19|20)\\d{2}年)))`,
  'y',
);
/** （一） right after a chapter heading that ends no sentence, or after an attribution: 一、持续提升投资建设便利度（一）优化…, …（财政部负责）（二）… */
export const RUN_IN_SECTION = new RegExp(`${OPEN}${CN_NUM}${CLOSE}`, 'y');
export const BARE_CHAPTER_HEADING = new RegExp(`^${CN_NUM}、[^。；;：:！？!?]{1,60}$`);
/** 国务院办公厅2020年7月15日: a signature and date after the cover letter's last sentence */
export const RUN_IN_SIGNATURE = new RegExp(`[\\u4e00-\\u9fa5]{2,40}?\\s*${DATE_FRAGMENT}`, 'y');
/** a date at the end of a piece: a signature's date, after which a new element starts */
export const ENDS_WITH_DATE = new RegExp(`${DATE_FRAGMENT}$`);
/**
 * the 文号 after a title: …的实施意见国办发〔2020〕24号, unless the title goes on (…的通知 before the bracket).
 * The look ahead stops where a 文号's bracket could be at the latest: unbounded, it read the rest of a long
 * line at every title word (200,000 characters of damaged UTF-16: 2 s).
 */
export const RUN_IN_DOC_NUMBER = new RegExp(`(?![^〔\\[【(（]{0,40}?(?:的|通知|意见|决定))${DOC_NUMBER_FRAGMENT}`, 'y');
/** the kinds of document a notice title ends with */
export const TITLE_WORD = /(?:通知|意见|决定|方案|规划|办法|细则|规定|批复)$/;
/** The end of a plan's own title: 实施方案, 规划纲要（2021—2025年） */
export const PLAN_TITLE_END = /(?:方案|纲要|计划|规划|意见|办法|规定|细则|要点|措施)(?:[(（][^()（）]{2,20}[)）])?$/;

/** Everything that opens a new element at the start of a line. */
export const LINE_START_ELEMENTS: readonly RegExp[] = [...MARKERS, RESPONSIBILITY, DOC_NUMBER, DATE_LINE, PRINTED, CC, RELATED, PUBLICITY];

/** CJK ideographs, CJK punctuation and full-width forms. */
export const CJK = '\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff00-\\uffef\\u2014\\u2018-\\u201d\\u2026\\u2460-\\u2473';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Words as a regular-expression alternation, longest first, so that 力争达到 is tried before 达到. */
export const alternation = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');

/** The endings of a body that issues notices (data/agencies.json): 人民政府, 办公厅, 局 … */
export const ISSUER_SUFFIX = alternation(agencies.issuerSuffixes);

/** The endings of any organisation's name (data/agencies.json): 局, 中心, 部门 … */
export const AGENCY_SUFFIX = alternation(agencies.agencySuffixes);

/** The keys of a web page's metadata block, as a regular-expression alternation. */
// Labels are often spaced out to a width (索 引 号, 标  题): spaces may stand between their characters.
export const METADATA_KEYS = webPage.metadataKeys.map((key) => [...key].map(escapeRegExp).join(' *')).join('|');

/** `索引号:` `备注/文号:` …, a line of a web page's metadata block. */
export const METADATA_KEY = new RegExp(`^(?:${METADATA_KEYS})\\s*[:：]`);

/** `发文字号 青政发〔2022〕6号`: the spaces between a key and its value where the colon was lost. */
export const METADATA_COLON_LOST = new RegExp(`(?<=^(?:${METADATA_KEYS}))[ \\u3000\\u00a0]+(?=[^\\s:：])`, 'g');

export function isMetadataLine(text: string): boolean {
  return METADATA_KEY.test(text);
}
