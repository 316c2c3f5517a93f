import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
const markdownParser = unified().use(remarkParse).use(remarkGfm);
export function readMarkdown(text) {
    const tree = markdownParser.parse(text);
    const out = [];
    blocks(tree, text, out, '');
    return out;
}
function blocks(parent, source, out, prefix) {
    let pending = prefix;
    for (const node of parent.children) {
        const start = node.position?.start ?? { line: 1, column: 1 };
        switch (node.type) {
            case 'heading':
                push(out, pending + inline(node.children), start.line, start.column, true);
                break;
            case 'paragraph':
                push(out, pending + inline(node.children), start.line, start.column, false);
                break;
            case 'list':
                listItems(node, source, out);
                break;
            case 'table':
                tableRows(node, out);
                break;
            case 'blockquote':
                blocks(node, source, out, pending);
                break;
            case 'code':
            case 'html':
                push(out, pending + node.value, start.line, start.column, false);
                break;
            case 'definition':
                // [附件1]: http://…/附件1.pdf — a link the notice carries, kept as written
                push(out, pending + source.slice(start.offset, node.position?.end.offset), start.line, start.column, false);
                break;
            case 'footnoteDefinition':
                blocks(node, source, out, `${pending}[^${node.label ?? node.identifier}]: `);
                break;
            default:
                // thematic breaks: markup only, no text of the notice
                continue;
        }
        pending = '';
    }
}
// An ordered list keeps its number as written (`5.`), since the marker decides
// the level and the ordinal; a bullet (`- `) is markup and is dropped.
function listItems(list, source, out) {
    for (const item of list.children) {
        // the marker runs to the item's first child, or to its end when it is empty (`1.` alone)
        const first = item.children[0]?.position?.start.offset ?? item.position?.end.offset;
        const itemStart = item.position?.start.offset;
        const marker = list.ordered && first !== undefined && itemStart !== undefined ? source.slice(itemStart, first).trim() : '';
        if (item.children.length === 0) {
            if (marker)
                push(out, marker, item.position?.start.line ?? 1, item.position?.start.column ?? 1, false);
            continue;
        }
        blocks(item, source, out, marker);
    }
}
// A table (a 任务分工表 in a Markdown export) becomes tab-separated rows, as
// PDF extraction gives them, so that one reader serves both.
function tableRows(table, out) {
    for (const row of table.children) {
        const cells = row.children.map((cell) => inline(cell.children).replace(/\n/g, ''));
        push(out, cells.join('\t'), row.position?.start.line ?? 1, row.position?.start.column ?? 1, false);
    }
}
function push(out, text, line, column, heading) {
    text.split('\n').forEach((part, i) => {
        out.push({ text: part, line: line + i, column: i === 0 ? column : 1, heading: heading && i === 0 });
    });
}
function inline(nodes) {
    let text = '';
    for (const node of nodes) {
        switch (node.type) {
            case 'text':
            case 'inlineCode':
            case 'html':
                text += node.value;
                break;
            case 'break':
                text += '\n';
                break;
            case 'image':
                text += node.alt ?? '';
                break;
            case 'footnoteReference':
                text += `[^${node.label ?? node.identifier}]`;
                break;
            default:
                if ('children' in node)
                    text += inline(node.children);
        }
    }
    return text;
}
