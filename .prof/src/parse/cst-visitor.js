// Stage 5a: CST -> outline. A pure visitor over the CST (typed by cst.d.ts,
// which generateCstDts writes from the grammar): one method per rule, each
// returning what its rule recognised. It reads no statement, emits no
// diagnostic and marks nothing; build-tree.ts gives the outline its meaning.
// Guarantees: every line the grammar accepted is in the outline exactly once,
// in document order within each part, with the token that opened it.
import { tokenMatcher } from 'chevrotain';
import { Marker } from '../../grammars/lexer.js';
import { noticeParser } from '../../grammars/parser.js';
import { appendAll } from '../text/text.js';
function isToken(child) {
    return 'image' in child;
}
function startOf(child) {
    return isToken(child) ? child.startOffset : (child.location?.startOffset ?? 0);
}
/** The children of a CST node in document order (the CST groups them by name). */
function inOrder(children) {
    return Object.values(children).flat().sort((a, b) => startOf(a) - startOf(b));
}
const BaseVisitor = noticeParser.getBaseCstVisitorConstructor();
const ELEMENT_KINDS = {
    part: 'part',
    article: 'article',
    chapter: 'chapter',
    section: 'section',
    item: 'item',
    subItem: 'subitem',
    circled: 'circled',
    dash: 'dash',
};
class NoticeVisitor extends BaseVisitor {
    lines;
    constructor(lines) {
        super();
        this.lines = lines;
        this.validateVisitor();
    }
    lineOf(token) {
        return this.lines[(token.startLine ?? 1) - 1];
    }
    /** A token's text as written: the lexer saw the folded line, whose offsets are the same. */
    written(token) {
        return this.lineOf(token).text.slice((token.startColumn ?? 1) - 1, token.endColumn ?? undefined);
    }
    classify(token, text) {
        const line = this.lineOf(token);
        return { token, text: text ?? line.text, line };
    }
    notice(ctx) {
        const outline = {
            front: [],
            appendices: [],
            body: [],
            footer: [],
            tables: [],
            looseResponsibility: [],
            strays: [],
            closing: [],
        };
        for (const child of inOrder(ctx)) {
            if (isToken(child))
                continue;
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
    front(ctx) {
        return inOrder(ctx).map((child) => child.name === 'textLine' ? this.textLine(child.children) : this.publicityLine(child.children));
    }
    /** An element: its marker line, then its lines and sub-elements in order. */
    element(kind, ctx) {
        const contents = [];
        let marker;
        let rest = '';
        for (const child of inOrder(ctx)) {
            if (isToken(child)) {
                if (tokenMatcher(child, Marker))
                    marker ??= child;
            }
            else if (child.name === 'heading')
                rest = this.heading(child.children);
            else if (child.name === 'bodyLine')
                contents.push({ type: 'text', line: this.bodyLine(child.children) });
            else if (child.name === 'responsibilityLine')
                contents.push({ type: 'responsibility', line: this.responsibilityLine(child.children) });
            else
                contents.push({ type: 'element', element: this.element(ELEMENT_KINDS[child.name], child.children) });
        }
        return { kind, heading: this.classify(marker), marker: this.written(marker).trim(), rest, contents };
    }
    part(ctx) {
        return this.element('part', ctx);
    }
    article(ctx) {
        return this.element('article', ctx);
    }
    chapter(ctx) {
        return this.element('chapter', ctx);
    }
    section(ctx) {
        return this.element('section', ctx);
    }
    item(ctx) {
        return this.element('item', ctx);
    }
    subItem(ctx) {
        return this.element('subitem', ctx);
    }
    circled(ctx) {
        return this.element('circled', ctx);
    }
    dash(ctx) {
        return this.element('dash', ctx);
    }
    heading(ctx) {
        return ctx.Text ? this.written(ctx.Text[0]) : '';
    }
    textLine(ctx) {
        return this.classify((ctx.Text ?? ctx.HeaderLine)[0]);
    }
    bodyLine(ctx) {
        return this.classify((ctx.Text ?? ctx.WebMetaLine ?? ctx.DocNumberLine ?? ctx.NoticeTitleLine)[0]);
    }
    closing(ctx) {
        return this.classify((ctx.DateLine ?? ctx.SignatureLine)[0]);
    }
    /** The whole line, keyword included: it is kept as the responsibility's raw text. */
    responsibilityLine(ctx) {
        return this.classify(ctx.ResponsibilityKey[0]);
    }
    /** A keyword line: its text is what follows the keyword. */
    listLine(ctx) {
        return this.classify(ctx.FooterKey[0], ctx.Text ? this.written(ctx.Text[0]).trim() : '');
    }
    publicityLine(ctx) {
        return this.classify(ctx.PublicityLine[0]);
    }
    printedLine(ctx) {
        return this.classify(ctx.PrintedLine[0]);
    }
    tableRow(ctx) {
        return this.classify(ctx.TableRow[0]);
    }
    tableGroup(ctx) {
        return this.classify(ctx.ChapterMarker[0]);
    }
    footer(ctx) {
        return inOrder(ctx).map((child) => child.name === 'footerLine' ? this.footerLine(child.children) : this.textLine(child.children));
    }
    footerLine(ctx) {
        if (ctx.listLine)
            return this.listLine(ctx.listLine[0].children);
        if (ctx.publicityLine)
            return this.publicityLine(ctx.publicityLine[0].children);
        return this.printedLine(ctx.printedLine[0].children);
    }
    taskTable(ctx) {
        const title = this.classify(ctx.TaskTableTitle[0]);
        const rows = inOrder({ tableRow: ctx.tableRow ?? [], tableGroup: ctx.tableGroup ?? [] }).map((c) => (c.name === 'tableRow' ? this.tableRow(c.children) : this.tableGroup(c.children)));
        return { title, rows };
    }
    appendix(ctx) {
        const title = this.classify(ctx.AttachmentLine[0]);
        const parts = inOrder({ tableRow: ctx.tableRow ?? [], appendixEntry: ctx.appendixEntry ?? [], bodyLine: ctx.bodyLine ?? [] });
        const rows = parts.map((c) => c.name === 'tableRow'
            ? this.tableRow(c.children)
            : c.name === 'bodyLine'
                ? this.bodyLine(c.children)
                : this.appendixEntry(c.children));
        return { title, rows };
    }
    appendixEntry(ctx) {
        return this.classify(ctx.ItemMarker[0]);
    }
    strayLine(ctx) {
        return ctx.tableRow ? this.tableRow(ctx.tableRow[0].children) : this.bodyLine(ctx.bodyLine[0].children);
    }
}
/** The outline of a notice from its CST; `lines` are the repaired lines the CST was parsed from. */
export function visitNotice(cst, lines) {
    return new NoticeVisitor(lines).notice(cst.children);
}
