// The lexer of a notice. Its input is the repaired text: one logical line per
// line, no blank lines. Most tokens only match at the start of a line; what
// follows a marker or a keyword is a Text token. Tokens are grouped by
// category (HeaderLine, Marker, FooterKey) so that the grammar and the stages
// after it ask "is this a marker?" of the category, not of a list of names.
import { createToken, Lexer, type CustomPatternMatcherFunc, type ILexingResult, type TokenType } from 'chevrotain';
import {
  ARTICLE,
  ATTACHMENT_LINE,
  MARKERS,
  CC,
  CHAPTER,
  CIRCLED,
  DASH,
  DATE_LINE,
  DECIMAL_1,
  DECIMAL_2,
  DECIMAL_3,
  DOC_NUMBER,
  ITEM,
  isNoticeTitle,
  PART,
  PRINTED,
  PUBLICITY,
  RELATED,
  RESPONSIBILITY,
  SECTION,
  SENTENCE_PUNCTUATION,
  SIGNATURE_WITH_DATE,
  SUBITEM,
  TASK_TABLE_TITLE,
  isMetadataLine,
} from './patterns.js';

function atLineStart(text: string, offset: number): boolean {
  return offset === 0 || text.charCodeAt(offset - 1) === 10;
}

// The line last cut: the line-start tokens are tried in turn at the start of each line, each wanting the line.
const last = { text: '', offset: -1, line: '' };

function lineAt(text: string, offset: number): string {
  if (offset !== last.offset || text !== last.text) {
    const end = text.indexOf('\n', offset);
    last.text = text;
    last.offset = offset;
    last.line = text.slice(offset, end === -1 ? text.length : end);
  }
  return last.line;
}

/** Matches `prefix` at the start of a line: the marker or keyword only. */
function startOfLine(prefix: RegExp): CustomPatternMatcherFunc {
  return (text, offset) => {
    if (!atLineStart(text, offset)) return null;
    return prefix.exec(lineAt(text, offset));
  };
}

/** Matches a whole line when `test` accepts it. */
function wholeLine(test: (line: string) => boolean): CustomPatternMatcherFunc {
  return (text, offset) => {
    if (!atLineStart(text, offset)) return null;
    const line = lineAt(text, offset);
    return line && test(line) ? ([line] as unknown as RegExpExecArray) : null;
  };
}

// ---- Categories -----------------------------------------------------------------------
/** A whole line with a role in the header (文号, 标题, 日期 …); in the body it is text. */
export const HeaderLine = createToken({ name: 'HeaderLine', pattern: Lexer.NA });
/** A marker of the body's hierarchy. */
export const Marker = createToken({ name: 'Marker', pattern: Lexer.NA });
/** A keyword that opens a list in the footer (抄送, 相关单位). */
export const FooterKey = createToken({ name: 'FooterKey', pattern: Lexer.NA });

// ---- Layout -------------------------------------------------------------------------
export const Newline = createToken({ name: 'Newline', pattern: /\n/, line_breaks: true });

// ---- Whole lines of the header ----------------------------------------------------------
/** `• 备注/文号:漳政综〔2022〕37号`, a web page's metadata block */
export const WebMetaLine = createToken({
  name: 'WebMetaLine',
  pattern: wholeLine(isMetadataLine),
  line_breaks: false,
  categories: [HeaderLine],
});
/** `厦海政办〔2022〕17号` */
export const DocNumberLine = createToken({
  name: 'DocNumberLine',
  pattern: wholeLine((l) => DOC_NUMBER.test(l)),
  line_breaks: false,
  categories: [HeaderLine],
});
/** `厦门市海沧区人民政府办公室关于印发…的通知` */
export const NoticeTitleLine = createToken({
  name: 'NoticeTitleLine',
  pattern: wholeLine((l) => !/[。：:]/.test(l) && isNoticeTitle(l)),
  line_breaks: false,
  categories: [HeaderLine],
});
/** `2022年6月27日` */
export const DateLine = createToken({
  name: 'DateLine',
  pattern: wholeLine((l) => DATE_LINE.test(l)),
  line_breaks: false,
  categories: [HeaderLine],
});
/** `广州市南沙区人民政府 2022年12月9日` */
export const SignatureLine = createToken({
  name: 'SignatureLine',
  pattern: wholeLine((l) => SIGNATURE_WITH_DATE.test(l)),
  line_breaks: false,
  categories: [HeaderLine],
});

// ---- Whole lines of the header or the footer -------------------------------------------------
/** `（此件主动公开）`, `公开方式: 主动公开` */
export const PublicityLine = createToken({ name: 'PublicityLine', pattern: wholeLine((l) => PUBLICITY.test(l)), line_breaks: false });
/** `2022年6月27日印发`, `威海市环翠区人民政府办公室 2022年7月20日印发` */
export const PrintedLine = createToken({
  name: 'PrintedLine',
  pattern: wholeLine((l) => l.endsWith('印发') && PRINTED.test(l)),
  line_breaks: false,
});

// ---- The task-division table -------------------------------------------------------------
/** `南沙区全民科学素质行动规划纲要实施方案(2022-2025年)任务分工表` */
export const TaskTableTitle = createToken({
  name: 'TaskTableTitle',
  // an entry of a numbered list of attachments (2.…任务分工表) names the table, it is not its title
  pattern: wholeLine((l) => TASK_TABLE_TITLE.test(l) && !SENTENCE_PUNCTUATION.test(l) && !MARKERS.some((re) => re.test(l))),
  line_breaks: false,
});
/** `附件：1.广州市家庭医生签约服务质量监测指标体系`, `附件1广州市…指标体系（2023年版）`: an appended document's label, a header line in the cover letter */
export const AttachmentLine = createToken({
  name: 'AttachmentLine',
  pattern: wholeLine((l) => ATTACHMENT_LINE.test(l) && !SENTENCE_PUNCTUATION.test(l)),
  line_breaks: false,
  categories: [HeaderLine],
});
/** `\t1.将弘扬科学精神贯穿于育人全链条。\t区教育局\t区科协`: a row of a tab-separated table */
export const TableRow = createToken({ name: 'TableRow', pattern: wholeLine((l) => l.includes('\t')), line_breaks: false });

// ---- Keywords that open a line ------------------------------------------------------
/** `责任单位：` `牵头部门：` */
export const ResponsibilityKey = createToken({ name: 'ResponsibilityKey', pattern: startOfLine(RESPONSIBILITY), line_breaks: false });
/** `抄送：` */
export const CcKey = createToken({ name: 'CcKey', pattern: startOfLine(CC), line_breaks: false, categories: [FooterKey] });
/** `相关单位：` */
export const RelatedKey = createToken({ name: 'RelatedKey', pattern: startOfLine(RELATED), line_breaks: false, categories: [FooterKey] });

// ---- Markers of the body's hierarchy, outermost first -------------------------------------
/** `第一章` */
export const PartMarker = createToken({ name: 'PartMarker', pattern: startOfLine(PART), line_breaks: false, categories: [Marker] });
/** `第一条` */
export const ArticleMarker = createToken({
  name: 'ArticleMarker',
  pattern: startOfLine(ARTICLE),
  line_breaks: false,
  categories: [Marker],
});
/** `一、` */
export const ChapterMarker = createToken({
  name: 'ChapterMarker',
  pattern: startOfLine(CHAPTER),
  line_breaks: false,
  categories: [Marker],
});
/** `（一）` `(一)` */
export const SectionMarker = createToken({
  name: 'SectionMarker',
  pattern: startOfLine(SECTION),
  line_breaks: false,
  categories: [Marker],
});
/** `1.` `1．` `1、` */
export const ItemMarker = createToken({ name: 'ItemMarker', pattern: startOfLine(ITEM), line_breaks: false, categories: [Marker] });
/** `（1）` */
export const SubItemMarker = createToken({
  name: 'SubItemMarker',
  pattern: startOfLine(SUBITEM),
  line_breaks: false,
  categories: [Marker],
});
/** `①` */
export const CircledMarker = createToken({
  name: 'CircledMarker',
  pattern: startOfLine(CIRCLED),
  line_breaks: false,
  categories: [Marker],
});
/** `——` */
export const DashMarker = createToken({ name: 'DashMarker', pattern: startOfLine(DASH), line_breaks: false, categories: [Marker] });

/** `1 总则` `1.1 编制目的` `1.1.1 …`: decimal numbering, a chapter, section or item by its depth */
const DecimalChapterMarker = createToken({
  name: 'DecimalChapterMarker',
  pattern: startOfLine(DECIMAL_1),
  line_breaks: false,
  categories: [Marker, ChapterMarker],
});
const DecimalSectionMarker = createToken({
  name: 'DecimalSectionMarker',
  pattern: startOfLine(DECIMAL_2),
  line_breaks: false,
  categories: [Marker, SectionMarker],
});
const DecimalItemMarker = createToken({
  name: 'DecimalItemMarker',
  pattern: startOfLine(DECIMAL_3),
  line_breaks: false,
  categories: [Marker, ItemMarker],
});

// ---- Everything else -------------------------------------------------------------------
/** the rest of a line */
export const Text = createToken({ name: 'Text', pattern: /[^\n]+/ });

// Order matters: the first token that matches wins, so whole lines come before
// the markers they might start with, and Text comes last. Categories match nothing themselves.
export const allTokens: TokenType[] = [
  HeaderLine,
  Marker,
  FooterKey,
  Newline,
  TableRow,
  WebMetaLine,
  PublicityLine,
  PrintedLine,
  DocNumberLine,
  DateLine,
  SignatureLine,
  NoticeTitleLine,
  TaskTableTitle,
  AttachmentLine,
  ResponsibilityKey,
  CcKey,
  RelatedKey,
  PartMarker,
  ArticleMarker,
  DecimalItemMarker,
  DecimalSectionMarker,
  DecimalChapterMarker,
  ChapterMarker,
  SectionMarker,
  SubItemMarker,
  ItemMarker,
  CircledMarker,
  DashMarker,
  Text,
];

// Built once. Custom line-start patterns cannot be optimised by first character, so the analysis
// that would (~10 ms) is skipped (safeMode), as are the checks of the patterns: a test runs both.
// Tokens keep where they start (a token is on one line: its image gives its end).
const noticeLexer = new Lexer(allTokens, { positionTracking: 'onlyStart', safeMode: true, skipValidations: true });

/** The tokens of a repaired text; the last line cut is not kept past it. */
export function tokenize(text: string): ILexingResult {
  const lexed = noticeLexer.tokenize(text);
  Object.assign(last, { text: '', offset: -1, line: '' });
  return lexed;
}
