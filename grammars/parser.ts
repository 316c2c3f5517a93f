// The grammar of a notice. Markers alone decide the nesting: a rule's body
// ends at the first marker it does not own, so `二、` closes an open `（一）`
// and its items without any bookkeeping. The grammar is total: every token is
// accepted somewhere at top level, so no notice fails to parse.
// Guarantees to the visitor: a CST whose shape src/parse/cst.d.ts describes, in which
// every line of the input is under exactly one rule.
import { CstParser, tokenMatcher, type CstNode, type IOrAlt, type IToken, type ParserMethod, type TokenType } from 'chevrotain';
import {
  allTokens,
  ArticleMarker,
  AttachmentLine,
  ChapterMarker,
  CircledMarker,
  DashMarker,
  DateLine,
  DocNumberLine,
  FooterKey,
  HeaderLine,
  ItemMarker,
  Newline,
  NoticeTitleLine,
  PartMarker,
  PrintedLine,
  PublicityLine,
  ResponsibilityKey,
  SectionMarker,
  SignatureLine,
  SubItemMarker,
  TableRow,
  TaskTableTitle,
  Text,
  WebMetaLine,
  tokenize,
} from './lexer.js';

export class NoticeParser extends CstParser {
  /** `validate`: run Chevrotain's grammar checks (a test does; every start-up would pay ~10 ms for them). */
  constructor(validate = false) {
    super(allTokens, { recoveryEnabled: true, maxLookahead: 2, nodeLocationTracking: 'onlyOffset', skipValidations: !validate });
    this.performSelfAnalysis();
  }

  // notice := front (chapter | … | footer)*
  public notice = this.RULE('notice', () => {
    this.MANY(() => this.CONSUME(Newline));
    this.SUBRULE(this.front);
    this.MANY2(() => this.OR(this.bodyParts));
  });

  // The body's elements and lines, made once: an array written inside OR is built anew at every repetition
  // (Chevrotain's advice for hot rules), fourteen objects for each element of a notice.
  private readonly bodyParts: IOrAlt<CstNode>[] = [
    { ALT: () => this.SUBRULE(this.part) },
    { ALT: () => this.SUBRULE(this.article) },
    { ALT: () => this.SUBRULE(this.chapter) },
    { ALT: () => this.SUBRULE(this.section) },
    { ALT: () => this.SUBRULE(this.item) },
    { ALT: () => this.SUBRULE(this.subItem) },
    { ALT: () => this.SUBRULE(this.circled) },
    { ALT: () => this.SUBRULE(this.dash) },
    { ALT: () => this.SUBRULE(this.responsibilityLine) },
    { ALT: () => this.SUBRULE(this.taskTable) },
    { ALT: () => this.SUBRULE(this.appendix) },
    { ALT: () => this.SUBRULE(this.closing) },
    { ALT: () => this.SUBRULE(this.footer) },
    { ALT: () => this.SUBRULE(this.strayLine) },
  ];

  // The header, cover letter, signature, plan title and preamble: every line
  // before the first element of the body. The normaliser gives each its role.
  public front = this.RULE('front', () => {
    this.MANY(() => this.OR([{ ALT: () => this.SUBRULE(this.textLine) }, { ALT: () => this.SUBRULE(this.publicityLine) }]));
  });

  // An element: its marker, the rest of that line, then the lines and the
  // elements it may hold. Anything else ends it and goes to the enclosing rule.
  private element(marker: TokenType, contents: () => ParserMethod<[], CstNode>[]): void {
    this.CONSUME(marker);
    this.SUBRULE(this.heading);
    let alternatives = this.contentsOf.get(marker);
    if (!alternatives) this.contentsOf.set(marker, (alternatives = contents().map((rule) => ({ ALT: () => this.SUBRULE(rule) }))));
    this.MANY(() => this.OR(alternatives));
  }

  // Each element's alternatives, made once (as bodyParts).
  private readonly contentsOf = new Map<TokenType, IOrAlt<CstNode>[]>();

  // 第一章 总则: a part holds chapters or articles
  public part = this.RULE('part', () =>
    this.element(PartMarker, () => [
      this.bodyLine,
      this.article,
      this.chapter,
      this.section,
      this.item,
      this.subItem,
      this.circled,
      this.dash,
      this.responsibilityLine,
    ]),
  );

  // 第一条 为了…，制定本办法。 An article may list （一）（二） or 1. 2.
  public article = this.RULE('article', () =>
    this.element(ArticleMarker, () => [this.bodyLine, this.section, this.item, this.subItem, this.circled, this.dash]),
  );

  // 一、总体要求
  public chapter = this.RULE('chapter', () =>
    this.element(ChapterMarker, () => [
      this.bodyLine,
      this.section,
      this.item,
      this.subItem,
      this.circled,
      this.dash,
      this.responsibilityLine,
    ]),
  );

  // （一）青少年科学素质提升行动
  public section = this.RULE('section', () =>
    this.element(SectionMarker, () => [this.bodyLine, this.item, this.subItem, this.circled, this.dash, this.responsibilityLine]),
  );

  // 1. 加强青少年科学教育。… A responsibility line after items belongs to
  // the enclosing group, so an item does not take one.
  public item = this.RULE('item', () => this.element(ItemMarker, () => [this.bodyLine, this.subItem, this.circled, this.dash]));

  // （1）
  public subItem = this.RULE('subItem', () => this.element(SubItemMarker, () => [this.bodyLine, this.circled, this.dash]));

  // ①
  public circled = this.RULE('circled', () => this.element(CircledMarker, () => [this.bodyLine]));

  // ——坚持协同推进。…
  public dash = this.RULE('dash', () => this.element(DashMarker, () => [this.bodyLine]));

  // The rest of a marker's line: title and perhaps the first sentences.
  public heading = this.RULE('heading', () => {
    this.OPTION(() => this.CONSUME(Text));
    this.CONSUME(Newline);
  });

  // A line of the header that opens no element; the header's roles are given later.
  public textLine = this.RULE('textLine', () => {
    this.OR([{ ALT: () => this.CONSUME(Text) }, { ALT: () => this.CONSUME(HeaderLine) }]);
    this.CONSUME(Newline);
  });

  // A line of the body that opens no element: more text of the element above
  // it, a cited 文号 or title too. A date ends the body (see closing).
  public bodyLine = this.RULE('bodyLine', () => {
    this.OR([
      { ALT: () => this.CONSUME(Text) },
      { ALT: () => this.CONSUME(WebMetaLine) },
      { ALT: () => this.CONSUME(DocNumberLine) },
      { ALT: () => this.CONSUME(NoticeTitleLine) },
    ]);
    this.CONSUME(Newline);
  });

  // 国务院办公厅 / 2020年7月15日 after the body: a notice that is itself the
  // document signs at its end. The signatory line is the last body line.
  public closing = this.RULE('closing', () => {
    this.OR([{ ALT: () => this.CONSUME(DateLine) }, { ALT: () => this.CONSUME(SignatureLine) }]);
    this.CONSUME(Newline);
  });

  // 责任单位：区教育局、区科协牵头，…参加。
  public responsibilityLine = this.RULE('responsibilityLine', () => {
    this.CONSUME(ResponsibilityKey);
    this.OPTION(() => this.CONSUME(Text));
    this.CONSUME(Newline);
  });

  // …任务分工表, then its rows; `一、五项提升行动` lines group them.
  public taskTable = this.RULE('taskTable', () => {
    this.CONSUME(TaskTableTitle);
    this.CONSUME(Newline);
    this.MANY({
      // a chapter line groups rows only when rows follow it: 二、保障措施 after the table is the body's
      GATE: () => !tokenMatcher(this.LA(1), ChapterMarker) || tokenMatcher(this.LA(tokenMatcher(this.LA(2), Text) ? 4 : 3), TableRow),
      DEF: () => this.OR([{ ALT: () => this.SUBRULE(this.tableRow) }, { ALT: () => this.SUBRULE(this.tableGroup) }]),
    });
  });

  // 附件：1.… 2.… after the body, or 附件1 …指标体系 and its table: a document
  // appended to the notice that is not its task table. Its lines are kept as written.
  public appendix = this.RULE('appendix', () => {
    this.CONSUME(AttachmentLine);
    this.CONSUME(Newline);
    this.MANY(() =>
      this.OR([
        { ALT: () => this.SUBRULE(this.tableRow) },
        { ALT: () => this.SUBRULE(this.appendixEntry) },
        { ALT: () => this.SUBRULE(this.bodyLine) },
      ]),
    );
  });

  // 2.关于…任务分工表: an entry of the list of attachments
  public appendixEntry = this.RULE('appendixEntry', () => {
    this.CONSUME(ItemMarker);
    this.OPTION(() => this.CONSUME(Text));
    this.CONSUME(Newline);
  });

  public tableRow = this.RULE('tableRow', () => {
    this.CONSUME(TableRow);
    this.CONSUME(Newline);
  });

  public tableGroup = this.RULE('tableGroup', () => {
    this.CONSUME(ChapterMarker);
    this.OPTION(() => this.CONSUME(Text));
    this.CONSUME(Newline);
  });

  // 抄送：…, 印发, 公开方式: the end of the notice. Unmarked lines here
  // continue a cc list or name the printing office.
  public footer = this.RULE('footer', () => {
    this.SUBRULE(this.footerLine);
    this.MANY(() => this.OR([{ ALT: () => this.SUBRULE2(this.footerLine) }, { ALT: () => this.SUBRULE(this.textLine) }]));
  });

  public footerLine = this.RULE('footerLine', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.listLine) },
      { ALT: () => this.SUBRULE(this.publicityLine) },
      { ALT: () => this.SUBRULE(this.printedLine) },
    ]);
  });

  // 抄送：区委办、区人大办、区政协办。 相关单位：区科协、区委组织部…
  public listLine = this.RULE('listLine', () => {
    this.CONSUME(FooterKey);
    this.OPTION(() => this.CONSUME(Text));
    this.CONSUME(Newline);
  });

  // （此件主动公开）
  public publicityLine = this.RULE('publicityLine', () => {
    this.CONSUME(PublicityLine);
    this.CONSUME(Newline);
  });

  // 厦门市海沧区人民政府办公室 2022年6月27日印发
  public printedLine = this.RULE('printedLine', () => {
    this.CONSUME(PrintedLine);
    this.CONSUME(Newline);
  });

  // Table rows without the table title above them: reported, not dropped.
  public strayLine = this.RULE('strayLine', () => {
    this.OR([{ ALT: () => this.SUBRULE(this.bodyLine) }, { ALT: () => this.SUBRULE(this.tableRow) }]);
  });
}

// Built once: Chevrotain's self-analysis is the expensive part.
export const noticeParser = new NoticeParser();

export interface CstResult {
  cst: CstNode;
  tokens: IToken[];
  lexErrors: { line: number; column: number; message: string }[];
  parseErrors: { token: IToken; message: string }[];
}

export function parseCst(text: string): CstResult {
  const lexed = tokenize(text);
  noticeParser.input = lexed.tokens;
  const cst = noticeParser.notice();
  return {
    cst,
    tokens: lexed.tokens,
    lexErrors: lexed.errors.map((e) => ({ line: e.line ?? 1, column: e.column ?? 1, message: e.message })),
    parseErrors: noticeParser.errors.map((e) => ({ token: e.token, message: e.message })),
  };
}
