import type { CstNode, ICstVisitor, IToken } from "chevrotain";

export interface NoticeCstNode extends CstNode {
  name: "notice";
  children: NoticeCstChildren;
}

export type NoticeCstChildren = {
  Newline?: IToken[];
  front: FrontCstNode[];
  part?: PartCstNode[];
  article?: ArticleCstNode[];
  chapter?: ChapterCstNode[];
  section?: SectionCstNode[];
  item?: ItemCstNode[];
  subItem?: SubItemCstNode[];
  circled?: CircledCstNode[];
  dash?: DashCstNode[];
  responsibilityLine?: ResponsibilityLineCstNode[];
  taskTable?: TaskTableCstNode[];
  appendix?: AppendixCstNode[];
  closing?: ClosingCstNode[];
  footer?: FooterCstNode[];
  strayLine?: StrayLineCstNode[];
};

export interface FrontCstNode extends CstNode {
  name: "front";
  children: FrontCstChildren;
}

export type FrontCstChildren = {
  textLine?: TextLineCstNode[];
  publicityLine?: PublicityLineCstNode[];
};

export interface PartCstNode extends CstNode {
  name: "part";
  children: PartCstChildren;
}

export type PartCstChildren = {
  PartMarker: IToken[];
  heading: HeadingCstNode[];
  bodyLine?: BodyLineCstNode[];
  article?: ArticleCstNode[];
  chapter?: ChapterCstNode[];
  section?: SectionCstNode[];
  item?: ItemCstNode[];
  subItem?: SubItemCstNode[];
  circled?: CircledCstNode[];
  dash?: DashCstNode[];
  responsibilityLine?: ResponsibilityLineCstNode[];
};

export interface ArticleCstNode extends CstNode {
  name: "article";
  children: ArticleCstChildren;
}

export type ArticleCstChildren = {
  ArticleMarker: IToken[];
  heading: HeadingCstNode[];
  bodyLine?: BodyLineCstNode[];
  section?: SectionCstNode[];
  item?: ItemCstNode[];
  subItem?: SubItemCstNode[];
  circled?: CircledCstNode[];
  dash?: DashCstNode[];
};

export interface ChapterCstNode extends CstNode {
  name: "chapter";
  children: ChapterCstChildren;
}

export type ChapterCstChildren = {
  ChapterMarker: IToken[];
  heading: HeadingCstNode[];
  bodyLine?: BodyLineCstNode[];
  section?: SectionCstNode[];
  item?: ItemCstNode[];
  subItem?: SubItemCstNode[];
  circled?: CircledCstNode[];
  dash?: DashCstNode[];
  responsibilityLine?: ResponsibilityLineCstNode[];
};

export interface SectionCstNode extends CstNode {
  name: "section";
  children: SectionCstChildren;
}

export type SectionCstChildren = {
  SectionMarker: IToken[];
  heading: HeadingCstNode[];
  bodyLine?: BodyLineCstNode[];
  item?: ItemCstNode[];
  subItem?: SubItemCstNode[];
  circled?: CircledCstNode[];
  dash?: DashCstNode[];
  responsibilityLine?: ResponsibilityLineCstNode[];
};

export interface ItemCstNode extends CstNode {
  name: "item";
  children: ItemCstChildren;
}

export type ItemCstChildren = {
  ItemMarker: IToken[];
  heading: HeadingCstNode[];
  bodyLine?: BodyLineCstNode[];
  subItem?: SubItemCstNode[];
  circled?: CircledCstNode[];
  dash?: DashCstNode[];
};

export interface SubItemCstNode extends CstNode {
  name: "subItem";
  children: SubItemCstChildren;
}

export type SubItemCstChildren = {
  SubItemMarker: IToken[];
  heading: HeadingCstNode[];
  bodyLine?: BodyLineCstNode[];
  circled?: CircledCstNode[];
  dash?: DashCstNode[];
};

export interface CircledCstNode extends CstNode {
  name: "circled";
  children: CircledCstChildren;
}

export type CircledCstChildren = {
  CircledMarker: IToken[];
  heading: HeadingCstNode[];
  bodyLine?: BodyLineCstNode[];
};

export interface DashCstNode extends CstNode {
  name: "dash";
  children: DashCstChildren;
}

export type DashCstChildren = {
  DashMarker: IToken[];
  heading: HeadingCstNode[];
  bodyLine?: BodyLineCstNode[];
};

export interface HeadingCstNode extends CstNode {
  name: "heading";
  children: HeadingCstChildren;
}

export type HeadingCstChildren = {
  Text?: IToken[];
  Newline: IToken[];
};

export interface TextLineCstNode extends CstNode {
  name: "textLine";
  children: TextLineCstChildren;
}

export type TextLineCstChildren = {
  Text?: IToken[];
  HeaderLine?: IToken[];
  Newline: IToken[];
};

export interface BodyLineCstNode extends CstNode {
  name: "bodyLine";
  children: BodyLineCstChildren;
}

export type BodyLineCstChildren = {
  Text?: IToken[];
  WebMetaLine?: IToken[];
  DocNumberLine?: IToken[];
  NoticeTitleLine?: IToken[];
  Newline: IToken[];
};

export interface ClosingCstNode extends CstNode {
  name: "closing";
  children: ClosingCstChildren;
}

export type ClosingCstChildren = {
  DateLine?: IToken[];
  SignatureLine?: IToken[];
  Newline: IToken[];
};

export interface ResponsibilityLineCstNode extends CstNode {
  name: "responsibilityLine";
  children: ResponsibilityLineCstChildren;
}

export type ResponsibilityLineCstChildren = {
  ResponsibilityKey: IToken[];
  Text?: IToken[];
  Newline: IToken[];
};

export interface TaskTableCstNode extends CstNode {
  name: "taskTable";
  children: TaskTableCstChildren;
}

export type TaskTableCstChildren = {
  TaskTableTitle: IToken[];
  Newline: IToken[];
  tableRow?: TableRowCstNode[];
  tableGroup?: TableGroupCstNode[];
};

export interface AppendixCstNode extends CstNode {
  name: "appendix";
  children: AppendixCstChildren;
}

export type AppendixCstChildren = {
  AttachmentLine: IToken[];
  Newline: IToken[];
  tableRow?: TableRowCstNode[];
  appendixEntry?: AppendixEntryCstNode[];
  bodyLine?: BodyLineCstNode[];
};

export interface AppendixEntryCstNode extends CstNode {
  name: "appendixEntry";
  children: AppendixEntryCstChildren;
}

export type AppendixEntryCstChildren = {
  ItemMarker: IToken[];
  Text?: IToken[];
  Newline: IToken[];
};

export interface TableRowCstNode extends CstNode {
  name: "tableRow";
  children: TableRowCstChildren;
}

export type TableRowCstChildren = {
  TableRow: IToken[];
  Newline: IToken[];
};

export interface TableGroupCstNode extends CstNode {
  name: "tableGroup";
  children: TableGroupCstChildren;
}

export type TableGroupCstChildren = {
  ChapterMarker: IToken[];
  Text?: IToken[];
  Newline: IToken[];
};

export interface FooterCstNode extends CstNode {
  name: "footer";
  children: FooterCstChildren;
}

export type FooterCstChildren = {
  footerLine: (FooterLineCstNode)[];
  textLine?: TextLineCstNode[];
};

export interface FooterLineCstNode extends CstNode {
  name: "footerLine";
  children: FooterLineCstChildren;
}

export type FooterLineCstChildren = {
  listLine?: ListLineCstNode[];
  publicityLine?: PublicityLineCstNode[];
  printedLine?: PrintedLineCstNode[];
};

export interface ListLineCstNode extends CstNode {
  name: "listLine";
  children: ListLineCstChildren;
}

export type ListLineCstChildren = {
  FooterKey: IToken[];
  Text?: IToken[];
  Newline: IToken[];
};

export interface PublicityLineCstNode extends CstNode {
  name: "publicityLine";
  children: PublicityLineCstChildren;
}

export type PublicityLineCstChildren = {
  PublicityLine: IToken[];
  Newline: IToken[];
};

export interface PrintedLineCstNode extends CstNode {
  name: "printedLine";
  children: PrintedLineCstChildren;
}

export type PrintedLineCstChildren = {
  PrintedLine: IToken[];
  Newline: IToken[];
};

export interface StrayLineCstNode extends CstNode {
  name: "strayLine";
  children: StrayLineCstChildren;
}

export type StrayLineCstChildren = {
  bodyLine?: BodyLineCstNode[];
  tableRow?: TableRowCstNode[];
};

export interface ICstNodeVisitor<IN, OUT> extends ICstVisitor<IN, OUT> {
  notice(children: NoticeCstChildren, param?: IN): OUT;
  front(children: FrontCstChildren, param?: IN): OUT;
  part(children: PartCstChildren, param?: IN): OUT;
  article(children: ArticleCstChildren, param?: IN): OUT;
  chapter(children: ChapterCstChildren, param?: IN): OUT;
  section(children: SectionCstChildren, param?: IN): OUT;
  item(children: ItemCstChildren, param?: IN): OUT;
  subItem(children: SubItemCstChildren, param?: IN): OUT;
  circled(children: CircledCstChildren, param?: IN): OUT;
  dash(children: DashCstChildren, param?: IN): OUT;
  heading(children: HeadingCstChildren, param?: IN): OUT;
  textLine(children: TextLineCstChildren, param?: IN): OUT;
  bodyLine(children: BodyLineCstChildren, param?: IN): OUT;
  closing(children: ClosingCstChildren, param?: IN): OUT;
  responsibilityLine(children: ResponsibilityLineCstChildren, param?: IN): OUT;
  taskTable(children: TaskTableCstChildren, param?: IN): OUT;
  appendix(children: AppendixCstChildren, param?: IN): OUT;
  appendixEntry(children: AppendixEntryCstChildren, param?: IN): OUT;
  tableRow(children: TableRowCstChildren, param?: IN): OUT;
  tableGroup(children: TableGroupCstChildren, param?: IN): OUT;
  footer(children: FooterCstChildren, param?: IN): OUT;
  footerLine(children: FooterLineCstChildren, param?: IN): OUT;
  listLine(children: ListLineCstChildren, param?: IN): OUT;
  publicityLine(children: PublicityLineCstChildren, param?: IN): OUT;
  printedLine(children: PrintedLineCstChildren, param?: IN): OUT;
  strayLine(children: StrayLineCstChildren, param?: IN): OUT;
}
