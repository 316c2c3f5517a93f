// Stage 5: CST -> model. A CST visitor, one method per grammar rule, turns the
// parse tree into plan nodes and classified header/footer lines; the helpers it
// calls give those lines their meaning.
import type { CstChildrenDictionary, CstNode, IToken } from 'chevrotain';
import { noticeParser } from '../../grammars/parser.js';
import type { ClassifiedLine } from './header.js';
import type { Diagnostic, MarkerKind, PlanNode, Responsibility } from '../model/schema.js';
import { diagnosticAt } from './diagnostics.js';
import type { Line } from './repair.js';
import { reportNameProblems } from './responsibility/problems.js';
import { responsibilityFromLine } from './responsibility/statement.js';
import { parseOrdinal, splitHeading } from '../text/text.js';

export interface Built {
  front: ClassifiedLine[];
  sections: PlanNode[];
  footer: ClassifiedLine[];
  table: { title: ClassifiedLine; rows: ClassifiedLine[] } | null;
}

type Child = CstNode | IToken;

function isToken(child: Child): child is IToken {
  return 'image' in child;
}

function startOf(child: Child): number {
  return isToken(child) ? child.startOffset : (child.location?.startOffset ?? 0);
}

/** The children of a CST node in document order (the CST groups them by name). */
function inOrder(ctx: CstChildrenDictionary): Child[] {
  return (Object.values(ctx).flat() as Child[]).sort((a, b) => startOf(a) - startOf(b));
}

function ordinalOf(kind: MarkerKind, marker: string): number {
  if (kind === 'circled') return marker.codePointAt(0)! - 0x2460 + 1;
  if (kind === 'dash') return 0;
  const numeral = /[\d一二三四五六七八九十百零〇]+/.exec(marker);
  return numeral ? parseOrdinal(numeral[0]) : 0;
}

const BaseVisitor = noticeParser.getBaseCstVisitorConstructor();

class NoticeVisitor extends BaseVisitor {
  readonly placed = new Set<number>();

  constructor(
    private readonly lines: Line[],
    private readonly diagnostics: Diagnostic[],
  ) {
    super();
    this.validateVisitor();
  }

  private lineOf(token: IToken): Line {
    const index = (token.startLine ?? 1) - 1;
    this.placed.add(index);
    return this.lines[index]!;
  }

  private classify(first: IToken, text: string): ClassifiedLine {
    return { kind: first.tokenType.name, text, line: this.lineOf(first) };
  }

  notice(ctx: CstChildrenDictionary): Built {
    const built: Built = { front: [], sections: [], footer: [], table: null };
    for (const child of inOrder(ctx)) {
      if (isToken(child)) continue;
      switch (child.name) {
        case 'front':
          built.front = this.visit(child);
          break;
        case 'footer':
          built.footer.push(...(this.visit(child) as ClassifiedLine[]));
          break;
        case 'taskTable':
          if (built.table) this.report(child, 'second-task-table', 'a second task table; its rows are not read');
          else built.table = this.visit(child);
          break;
        case 'responsibilityLine':
          this.report(child, 'unplaced-responsibility', 'a responsibility line outside any section');
          break;
        case 'strayLine':
          this.visit(child);
          break;
        default:
          built.sections.push(this.visit(child));
      }
    }
    return built;
  }

  private report(node: CstNode, code: string, message: string): void {
    const token = firstToken(node);
    const line = this.lineOf(token);
    this.diagnostics.push(diagnosticAt(line, 'warning', code, `${message}: "${line.text}"`));
  }

  front(ctx: CstChildrenDictionary): ClassifiedLine[] {
    return inOrder(ctx).map((child) => this.visit(child as CstNode));
  }

  private element(ctx: CstChildrenDictionary, kind: MarkerKind): PlanNode {
    const children = inOrder(ctx);
    const markerToken = children.find(isToken)!;
    const line = this.lineOf(markerToken);
    const heading: string = this.visit(ctx.heading as CstNode[]);
    const { title, text } = splitHeading(heading);
    const node: PlanNode = {
      id: '',
      level: 0,
      kind,
      marker: markerToken.image.trim(),
      ordinal: ordinalOf(kind, markerToken.image.trim()),
      title,
      text,
      responsibility: null,
      children: [],
      span: { startLine: line.startLine, endLine: line.endLine },
    };
    const paragraphs = text ? [text] : [];
    for (const child of children) {
      if (isToken(child) || child.name === 'heading') continue;
      if (child.name === 'textLine') {
        const l: ClassifiedLine = this.visit(child);
        paragraphs.push(l.text);
        node.span.endLine = Math.max(node.span.endLine, l.line.endLine);
      } else if (child.name === 'responsibilityLine') {
        const l: ClassifiedLine = this.visit(child);
        const found = responsibilityFromLine(l.text, { startLine: l.line.startLine, endLine: l.line.endLine });
        reportNameProblems(found.problems, l.line, this.diagnostics);
        node.responsibility = mergeResponsibility(node.responsibility, found.responsibility);
        node.span.endLine = Math.max(node.span.endLine, l.line.endLine);
      } else {
        const sub: PlanNode = this.visit(child);
        node.children.push(sub);
        node.span.endLine = Math.max(node.span.endLine, sub.span.endLine);
      }
    }
    node.text = paragraphs.join('\n');
    return node;
  }

  chapter(ctx: CstChildrenDictionary): PlanNode {
    return this.element(ctx, 'chapter');
  }
  section(ctx: CstChildrenDictionary): PlanNode {
    return this.element(ctx, 'section');
  }
  item(ctx: CstChildrenDictionary): PlanNode {
    return this.element(ctx, 'item');
  }
  subItem(ctx: CstChildrenDictionary): PlanNode {
    return this.element(ctx, 'subitem');
  }
  circled(ctx: CstChildrenDictionary): PlanNode {
    return this.element(ctx, 'circled');
  }
  dash(ctx: CstChildrenDictionary): PlanNode {
    return this.element(ctx, 'dash');
  }

  heading(ctx: CstChildrenDictionary): string {
    const text = (ctx.Text as IToken[] | undefined)?.[0];
    return text ? text.image : '';
  }

  textLine(ctx: CstChildrenDictionary): ClassifiedLine {
    const token = inOrder(ctx)[0] as IToken;
    return this.classify(token, this.lineOf(token).text);
  }

  /** A keyword line: its text is what follows the keyword. */
  private keywordLine(ctx: CstChildrenDictionary): ClassifiedLine {
    const [key] = inOrder(ctx) as IToken[];
    const rest = (ctx.Text as IToken[] | undefined)?.[0]?.image ?? '';
    return this.classify(key!, rest.trim());
  }

  /** The whole line, keyword included: it is kept as the responsibility's raw text. */
  responsibilityLine(ctx: CstChildrenDictionary): ClassifiedLine {
    return this.textLine(ctx);
  }
  ccLine(ctx: CstChildrenDictionary): ClassifiedLine {
    return this.keywordLine(ctx);
  }
  relatedLine(ctx: CstChildrenDictionary): ClassifiedLine {
    return this.keywordLine(ctx);
  }
  publicityLine(ctx: CstChildrenDictionary): ClassifiedLine {
    return this.textLine(ctx);
  }
  printedLine(ctx: CstChildrenDictionary): ClassifiedLine {
    return this.textLine(ctx);
  }
  tableRow(ctx: CstChildrenDictionary): ClassifiedLine {
    return this.textLine(ctx);
  }
  tableGroup(ctx: CstChildrenDictionary): ClassifiedLine {
    const [marker] = inOrder(ctx) as IToken[];
    return this.classify(marker!, this.lineOf(marker!).text);
  }

  footer(ctx: CstChildrenDictionary): ClassifiedLine[] {
    return inOrder(ctx).map((child) => this.visit(child as CstNode));
  }
  footerLine(ctx: CstChildrenDictionary): ClassifiedLine {
    return this.visit(inOrder(ctx)[0] as CstNode);
  }

  taskTable(ctx: CstChildrenDictionary): { title: ClassifiedLine; rows: ClassifiedLine[] } {
    const [titleToken, ...rest] = inOrder(ctx);
    const title = this.classify(titleToken as IToken, (titleToken as IToken).image);
    const rows = rest.filter((c): c is CstNode => !isToken(c)).map((c) => this.visit(c) as ClassifiedLine);
    return { title, rows };
  }

  strayLine(ctx: CstChildrenDictionary): void {
    const l: ClassifiedLine = this.visit(inOrder(ctx)[0] as CstNode);
    const code = l.kind === 'TableRow' ? 'stray-table-row' : 'unplaced-text';
    this.diagnostics.push(diagnosticAt(l.line, 'warning', code, `a line outside the body that belongs to no element: "${l.line.text}"`));
  }
}

function firstToken(node: CstNode): IToken {
  const first = inOrder(node.children)[0]!;
  return isToken(first) ? first : firstToken(first);
}

function mergeResponsibility(a: Responsibility | null, b: Responsibility): Responsibility {
  if (!a) return b;
  return {
    lead: [...a.lead, ...b.lead],
    support: [...a.support, ...b.support],
    responsible: [...a.responsible, ...b.responsible],
    raw: `${a.raw}\n${b.raw}`,
    form: a.form,
    span: { startLine: a.span.startLine, endLine: b.span.endLine },
  };
}

/** Ids are paths of ordinals (2.1.3); a repeated ordinal gets its position instead. */
export function assignIds(nodes: PlanNode[], parentId = '', level = 1): void {
  const used = new Set<number>();
  let dashes = 0;
  nodes.forEach((node, index) => {
    if (node.kind === 'dash') node.ordinal = ++dashes;
    let segment = node.ordinal > 0 && !used.has(node.ordinal) ? node.ordinal : index + 1;
    while (used.has(segment)) segment++;
    used.add(segment);
    node.id = parentId ? `${parentId}.${segment}` : String(segment);
    node.level = level;
    assignIds(node.children, node.id, level + 1);
  });
}

export function buildFromCst(cst: CstNode, lines: Line[], diagnostics: Diagnostic[]): Built {
  const visitor = new NoticeVisitor(lines, diagnostics);
  const built: Built = visitor.visit(cst);
  assignIds(built.sections);
  lines.forEach((line, index) => {
    if (visitor.placed.has(index)) return;
    diagnostics.push(diagnosticAt(line, 'error', 'unplaced-text', `the parser could not place this line: "${line.text}"`));
  });
  return built;
}
