// Stage 5a: CST -> outline. A pure visitor over the CST (typed by cst.d.ts,
// which generateCstDts writes from the grammar): one method per rule, each
// returning what its rule recognised. It reads no statement, emits no
// diagnostic and marks nothing; build-tree.ts gives the outline its meaning.
// Guarantees: every line the grammar accepted is in the outline exactly once,
// in document order within each part, with the token that opened it.
import { tokenMatcher, type CstNode, type IToken } from 'chevrotain';
import { Marker } from '../../grammars/lexer.js';
import { noticeParser } from '../../grammars/parser.js';
import type { MarkerKind } from '../model/schema.js';
import type * as Cst from './cst.js';
import type { Line } from './repair.js';
import { appendAll } from '../text/text.js';

/** A line as the grammar classified it: the token that opened it, and its text. */
export interface ClassifiedLine {
  token: IToken;
  /** The whole line, or for a keyword line (抄送：…) what follows the keyword. */
  text: string;
  line: Line;
}

/** What an element holds, in document order. */
type ElementContent =
  { type: 'text'; line: ClassifiedLine } | { type: 'responsibility'; line: ClassifiedLine } | { type: 'element'; element: ElementDraft };

/** A marked element of the body (一、 （一） 1. …) as the grammar nested it. */
export interface ElementDraft {
  kind: MarkerKind;
  /** The marker line: its token is the marker, its text the whole line. */
  heading: ClassifiedLine;
  /** The marker as written */
  marker: string;
  /** The rest of the marker's line after the marker. */
  rest: string;
  contents: ElementContent[];
}

export interface TableDraft {
  title: ClassifiedLine;
  /** Rows (TableRow tokens) and the group lines between them (ChapterMarker tokens). */
  rows: ClassifiedLine[];
}

export interface NoticeOutline {
  front: ClassifiedLine[];
  /** documents appended after the body that are not the task table: label line, then their lines */
  appendices: TableDraft[];
  body: ElementDraft[];
  footer: ClassifiedLine[];
  tables: TableDraft[];
  /** 责任单位 lines outside any element */
  looseResponsibility: ClassifiedLine[];
  /** lines after the body that belong to no element */
  strays: ClassifiedLine[];
  /** a date (or signature and date) that closes the body of a notice that is itself the document */
  closing: ClassifiedLine[];
}

type Child = CstNode | IToken;

function isToken(child: Child): child is IToken {
  return 'image' in child;
}

function startOf(child: Child): number {
  return isToken(child) ? child.startOffset : (child.location?.startOffset ?? 0);
}

const byStart = (a: Child, b: Child) => startOf(a) - startOf(b);

/** The children of a CST node in document order (the CST groups them by name). */
function inOrder(children: Record<string, Child[]>): Child[] {
  // gathered in one array, not through Object.values and flat: two arrays fewer for every node of the tree
  const all: Child[] = [];
  for (const name in children) for (const child of children[name]!) all.push(child);
  return all.length > 1 ? all.sort(byStart) : all;
}

const BaseVisitor = noticeParser.getBaseCstVisitorConstructor();

type ElementNode =
  | Cst.PartCstNode
  | Cst.ArticleCstNode
  | Cst.ChapterCstNode
  | Cst.SectionCstNode
  | Cst.ItemCstNode
  | Cst.SubItemCstNode
  | Cst.CircledCstNode
  | Cst.DashCstNode;
type NoticePart =
  | Cst.FrontCstNode
  | Cst.FooterCstNode
  | Cst.TaskTableCstNode
  | Cst.ResponsibilityLineCstNode
  | Cst.StrayLineCstNode
  | Cst.ClosingCstNode
  | Cst.AppendixCstNode
  | ElementNode;
type ElementPart = Cst.HeadingCstNode | Cst.BodyLineCstNode | Cst.ResponsibilityLineCstNode | ElementNode;

const ELEMENT_KINDS: Record<ElementNode['name'], MarkerKind> = {
  part: 'part',
  article: 'article',
  chapter: 'chapter',
  section: 'section',
  item: 'item',
  subItem: 'subitem',
  circled: 'circled',
  dash: 'dash',
};

class NoticeVisitor extends BaseVisitor implements Cst.ICstNodeVisitor<void, unknown> {
  constructor(private readonly lines: readonly Line[]) {
    super();
    this.validateVisitor();
  }

  private lineOf(token: IToken): Line {
    return this.lines[(token.startLine ?? 1) - 1]!;
  }

  /** A token's text as written: the lexer saw the folded line, whose offsets are the same. A token is on one line. */
  private written(token: IToken): string {
    const from = (token.startColumn ?? 1) - 1;
    return this.lineOf(token).text.slice(from, from + token.image.length);
  }

  private classify(token: IToken, text?: string): ClassifiedLine {
    const line = this.lineOf(token);
    return { token, text: text ?? line.text, line };
  }

  notice(ctx: Cst.NoticeCstChildren): NoticeOutline {
    const outline: NoticeOutline = {
      front: [],
      appendices: [],
      body: [],
      footer: [],
      tables: [],
      looseResponsibility: [],
      strays: [],
      closing: [],
    };
    for (const child of inOrder(ctx) as (IToken | NoticePart)[]) {
      if (isToken(child)) continue;
      switch (child.name) {
        case 'front':
          outline.front = this.front(child.children);
          break;
        case 'footer':
          appendAll(outline.footer, this.footer(child.children));
          break;
        case 'taskTable':
          outline.tables.push(this.taskTable(child.children));
          break;
        case 'responsibilityLine':
          outline.looseResponsibility.push(this.responsibilityLine(child.children));
          break;
        case 'strayLine':
          outline.strays.push(this.strayLine(child.children));
          break;
        case 'appendix':
          outline.appendices.push(this.appendix(child.children));
          break;
        case 'closing':
          outline.closing.push(this.closing(child.children));
          break;
        default:
          outline.body.push(this.element(ELEMENT_KINDS[child.name], child.children));
      }
    }
    return outline;
  }

  front(ctx: Cst.FrontCstChildren): ClassifiedLine[] {
    return (inOrder(ctx) as (Cst.TextLineCstNode | Cst.PublicityLineCstNode)[]).map((child) =>
      child.name === 'textLine' ? this.textLine(child.children) : this.publicityLine(child.children),
    );
  }

  /** An element: its marker line, then its lines and sub-elements in order. */
  private element(kind: MarkerKind, ctx: ElementNode['children']): ElementDraft {
    const contents: ElementContent[] = [];
    let marker: IToken | undefined;
    let rest = '';
    for (const child of inOrder(ctx) as (IToken | ElementPart)[]) {
      if (isToken(child)) {
        if (tokenMatcher(child, Marker)) marker ??= child;
      } else if (child.name === 'heading') rest = this.heading(child.children);
      else if (child.name === 'bodyLine') contents.push({ type: 'text', line: this.bodyLine(child.children) });
      else if (child.name === 'responsibilityLine')
        contents.push({ type: 'responsibility', line: this.responsibilityLine(child.children) });
      else contents.push({ type: 'element', element: this.element(ELEMENT_KINDS[child.name], child.children) });
    }
    return { kind, heading: this.classify(marker!), marker: this.written(marker!).trim(), rest, contents };
  }

  part(ctx: Cst.PartCstChildren): ElementDraft {
    return this.element('part', ctx);
  }
  article(ctx: Cst.ArticleCstChildren): ElementDraft {
    return this.element('article', ctx);
  }
  chapter(ctx: Cst.ChapterCstChildren): ElementDraft {
    return this.element('chapter', ctx);
  }
  section(ctx: Cst.SectionCstChildren): ElementDraft {
    return this.element('section', ctx);
  }
  item(ctx: Cst.ItemCstChildren): ElementDraft {
    return this.element('item', ctx);
  }
  subItem(ctx: Cst.SubItemCstChildren): ElementDraft {
    return this.element('subitem', ctx);
  }
  circled(ctx: Cst.CircledCstChildren): ElementDraft {
    return this.element('circled', ctx);
  }
  dash(ctx: Cst.DashCstChildren): ElementDraft {
    return this.element('dash', ctx);
  }

  heading(ctx: Cst.HeadingCstChildren): string {
    return ctx.Text ? this.written(ctx.Text[0]!) : '';
  }

  textLine(ctx: Cst.TextLineCstChildren): ClassifiedLine {
    return this.classify((ctx.Text ?? ctx.HeaderLine)![0]!);
  }

  bodyLine(ctx: Cst.BodyLineCstChildren): ClassifiedLine {
    return this.classify((ctx.Text ?? ctx.WebMetaLine ?? ctx.DocNumberLine ?? ctx.NoticeTitleLine)![0]!);
  }

  closing(ctx: Cst.ClosingCstChildren): ClassifiedLine {
    return this.classify((ctx.DateLine ?? ctx.SignatureLine)![0]!);
  }

  /** The whole line, keyword included: it is kept as the responsibility's raw text. */
  responsibilityLine(ctx: Cst.ResponsibilityLineCstChildren): ClassifiedLine {
    return this.classify(ctx.ResponsibilityKey[0]!);
  }

  /** A keyword line: its text is what follows the keyword. */
  listLine(ctx: Cst.ListLineCstChildren): ClassifiedLine {
    return this.classify(ctx.FooterKey[0]!, ctx.Text ? this.written(ctx.Text[0]!).trim() : '');
  }
  publicityLine(ctx: Cst.PublicityLineCstChildren): ClassifiedLine {
    return this.classify(ctx.PublicityLine[0]!);
  }
  printedLine(ctx: Cst.PrintedLineCstChildren): ClassifiedLine {
    return this.classify(ctx.PrintedLine[0]!);
  }
  tableRow(ctx: Cst.TableRowCstChildren): ClassifiedLine {
    return this.classify(ctx.TableRow[0]!);
  }
  tableGroup(ctx: Cst.TableGroupCstChildren): ClassifiedLine {
    return this.classify(ctx.ChapterMarker[0]!);
  }

  footer(ctx: Cst.FooterCstChildren): ClassifiedLine[] {
    return (inOrder(ctx) as (Cst.FooterLineCstNode | Cst.TextLineCstNode)[]).map((child) =>
      child.name === 'footerLine' ? this.footerLine(child.children) : this.textLine(child.children),
    );
  }
  footerLine(ctx: Cst.FooterLineCstChildren): ClassifiedLine {
    if (ctx.listLine) return this.listLine(ctx.listLine[0]!.children);
    if (ctx.publicityLine) return this.publicityLine(ctx.publicityLine[0]!.children);
    return this.printedLine(ctx.printedLine![0]!.children);
  }

  taskTable(ctx: Cst.TaskTableCstChildren): TableDraft {
    const title = this.classify(ctx.TaskTableTitle[0]!);
    const rows = (
      inOrder({ tableRow: ctx.tableRow ?? [], tableGroup: ctx.tableGroup ?? [] }) as (Cst.TableRowCstNode | Cst.TableGroupCstNode)[]
    ).map((c) => (c.name === 'tableRow' ? this.tableRow(c.children) : this.tableGroup(c.children)));
    return { title, rows };
  }

  appendix(ctx: Cst.AppendixCstChildren): TableDraft {
    const title = this.classify(ctx.AttachmentLine[0]!);
    const parts = inOrder({ tableRow: ctx.tableRow ?? [], appendixEntry: ctx.appendixEntry ?? [], bodyLine: ctx.bodyLine ?? [] }) as (
      Cst.TableRowCstNode | Cst.AppendixEntryCstNode | Cst.BodyLineCstNode
    )[];
    const rows = parts.map((c) =>
      c.name === 'tableRow'
        ? this.tableRow(c.children)
        : c.name === 'bodyLine'
          ? this.bodyLine(c.children)
          : this.appendixEntry(c.children),
    );
    return { title, rows };
  }

  appendixEntry(ctx: Cst.AppendixEntryCstChildren): ClassifiedLine {
    return this.classify(ctx.ItemMarker[0]!);
  }

  strayLine(ctx: Cst.StrayLineCstChildren): ClassifiedLine {
    return ctx.tableRow ? this.tableRow(ctx.tableRow[0]!.children) : this.bodyLine(ctx.bodyLine![0]!.children);
  }
}

/** The outline of a notice from its CST; `lines` are the repaired lines the CST was parsed from. */
export function visitNotice(cst: CstNode, lines: readonly Line[]): NoticeOutline {
  return new NoticeVisitor(lines).notice((cst as Cst.NoticeCstNode).children);
}
