import { isRealDate } from '../text/text.js';
import { walk } from '../model/tree.js';
import { readDates } from '../parse/deadlines.js';
import { parseOrdinal } from '../text/text.js';
const EXPECTED_PARENTS = {
    part: [null],
    article: [null, 'part'],
    chapter: [null, 'part'],
    section: ['chapter', 'article'],
    item: ['section', 'chapter', 'article'],
    subitem: ['item', 'article'],
    circled: ['subitem', 'item'],
    dash: [null, 'part', 'article', 'chapter', 'section', 'item', 'subitem', 'circled', 'dash'],
};
const KIND_NAMES = {
    part: '第一章',
    article: '第一条',
    chapter: '一、',
    section: '（一）',
    item: '1.',
    subitem: '（1）',
    circled: '①',
    dash: '——',
};
function at(node, ruleId, message) {
    return { ruleId, line: node.span.startLine, column: 1, message };
}
/** Checks one run of same-kind siblings: 1, 2, 3 … or, for items, continuing from `from`. */
function checkRun(run, from, hits) {
    let previous = null;
    for (const n of run) {
        if (previous === null) {
            if (n.ordinal !== 1 && n.ordinal !== (from ?? 0) + 1) {
                const allowed = from ? `1 or ${from + 1}` : '1';
                hits.push(at(n, 'numbering', `${n.marker}${n.title} is numbered ${n.ordinal}; the first ${KIND_NAMES[n.kind]} here should be ${allowed}`));
            }
        }
        else if (n.ordinal === previous.ordinal) {
            hits.push(at(n, 'numbering', `number ${n.ordinal} is used twice (${previous.marker}${previous.title} and ${n.marker}${n.title})`));
        }
        else if (n.ordinal < previous.ordinal) {
            hits.push(at(n, 'numbering', `${n.marker}${n.title} comes after number ${previous.ordinal}: out of order`));
        }
        else if (n.ordinal > previous.ordinal + 1) {
            const first = previous.ordinal + 1;
            const missing = n.ordinal - 1 === first ? `${first} is` : `${first}–${n.ordinal - 1} are`;
            hits.push(at(n, 'numbering', `number ${missing} missing before ${n.marker}${n.title}`));
        }
        previous = n;
    }
}
const NUMBERED = ['part', 'chapter', 'section', 'item', 'subitem', 'circled'];
/**
 * Numbering restarts at 1 under each parent, except that the items of a
 * chapter's sections may run on across the sections (haicang: items 1–16),
 * the sections of a document's chapters across the chapters (国办发〔2020〕24号:
 * （一）…（二十） under six chapters), and articles (第一条) run on through
 * the whole document, across its parts.
 */
function numbering(doc) {
    const hits = [];
    const articles = [];
    walk(doc.sections, (node) => {
        if (node.kind === 'article')
            articles.push(node);
    });
    checkRun(articles, null, hits);
    const runs = (nodes, skip = null) => {
        for (const kind of NUMBERED)
            if (kind !== skip)
                checkRun(nodes.filter((n) => n.kind === kind), null, hits);
    };
    runs(doc.sections);
    // runs of `kind` under each of `parents`, each run starting at 1 or where the one before stopped
    const runOn = (parents, kind) => {
        let last = null;
        for (const parent of parents) {
            const run = parent.children.filter((c) => c.kind === kind);
            if (run.length === 0)
                continue;
            checkRun(run, last, hits);
            last = run[run.length - 1].ordinal;
        }
    };
    runOn(doc.sections.filter((c) => c.kind === 'chapter'), 'section');
    walk(doc.sections, (node, ancestors) => {
        const parent = ancestors.at(-1);
        const itemsRunOn = node.kind === 'section' && parent?.kind === 'chapter';
        const sectionsRunOn = node.kind === 'chapter' && ancestors.length === 0;
        runs(node.children, itemsRunOn ? 'item' : sectionsRunOn ? 'section' : null);
        if (node.kind === 'chapter')
            runOn(node.children.filter((c) => c.kind === 'section'), 'item');
    });
    return hits;
}
function markerLevel(doc) {
    const hits = [];
    walk(doc.sections, (node, ancestors) => {
        const parent = ancestors.at(-1);
        if (!EXPECTED_PARENTS[node.kind].includes(parent?.kind ?? null)) {
            const where = parent ? `under ${parent.marker}${parent.title}` : 'at the top level';
            hits.push(at(node, 'marker-level', `${node.marker} (${node.kind}) ${where} is not where a ${KIND_NAMES[node.kind]} marker is expected`));
        }
    });
    return hits;
}
function emptySections(doc) {
    const hits = [];
    walk(doc.sections, (node) => {
        if ((node.kind === 'chapter' || node.kind === 'section') && !node.text && node.children.length === 0 && !node.responsibility) {
            hits.push(at(node, 'empty-section', `${node.marker}${node.title} has neither text nor items`));
        }
    });
    return hits;
}
function metadata(doc) {
    const hits = [];
    const top = { line: 1, column: 1, located: false };
    if (!doc.meta.docNumber)
        hits.push({ ruleId: 'missing-doc-number', ...top, message: 'no document number (发文字号) was found in the header' });
    if (!doc.meta.issuer)
        hits.push({ ruleId: 'missing-issuer', ...top, message: 'no issuer (发文机关) was found' });
    if (!doc.meta.signedDate)
        hits.push({ ruleId: 'missing-signed-date', ...top, message: 'no date of signing (成文日期) was found' });
    for (const [label, date] of [
        ['date of signing', doc.meta.signedDate],
        ['printing date', doc.meta.printedDate],
    ]) {
        if (date && !isRealDate(date))
            hits.push({ ruleId: 'impossible-date', ...top, message: `the ${label} ${date} is not a date in the calendar` });
    }
    const { signedDate, printedDate } = doc.meta;
    if (signedDate && printedDate && isRealDate(signedDate) && isRealDate(printedDate) && printedDate < signedDate) {
        hits.push({ ruleId: 'impossible-date', ...top, message: `printed on ${printedDate}, before it was signed on ${signedDate}` });
    }
    if (doc.targets.length === 0)
        hits.push({ ruleId: 'no-target', ...top, message: 'the plan states no quantified target (such as 到2025年…比例达到…%)' });
    return hits;
}
function fromDiagnostics(diagnostics) {
    return diagnostics.map((d) => ({ ruleId: d.code, line: d.line, column: d.column, message: d.message }));
}
/** Where each node starts, looked up by id: one walk, not a search per task. */
function startLines(doc) {
    const starts = new Map();
    walk(doc.sections, (node) => void starts.set(node.id, node.span.startLine));
    return starts;
}
function responsibilities(doc, starts) {
    return doc.tasks
        .filter((t) => !t.responsibility)
        .map((t) => ({
        ruleId: 'missing-responsibility',
        line: starts.get(t.id) ?? 1,
        column: 1,
        message: `task ${t.id} ${t.title} has no lead, support or responsible department, its own or inherited`,
    }));
}
// “十四五”: the 14th five-year plan, 2021–2025 (from the third, 1966–1970, they run on)
const FIVE_YEAR_PLAN = /“?十([一二三四五六七八九])五”?/;
/** The last month of the plan's period as its title states it: （2021—2025年）, “十四五”. */
function periodEnd(meta) {
    for (const title of [meta.planTitle, meta.noticeTitle]) {
        if (!title)
            continue;
        let end = null;
        // the last bracket wins: 《纲要（2021—2035年）》实施方案（2021—2025年）
        for (const m of title.matchAll(/[（(]([^（）()]{4,20})[）)]/g)) {
            const dates = readDates(m[1], null);
            if (dates?.kind === 'period' && dates.to)
                end = dates.to;
        }
        if (end)
            return end;
        const plan = FIVE_YEAR_PLAN.exec(title);
        if (plan)
            return `${1966 + 5 * (parseOrdinal(`十${plan[1]}`) - 3) + 4}-12`;
    }
    return null;
}
const compareTo = (date, like) => date.slice(0, like.length);
/** Own deadlines (not inherited ones, which would repeat them) before signing or after the period. */
function deadlineRange(doc) {
    const hits = [];
    const signed = doc.meta.signedDate && isRealDate(doc.meta.signedDate) ? doc.meta.signedDate : null;
    const end = periodEnd(doc.meta);
    walk(doc.sections, (node) => {
        const due = node.deadline?.by;
        if (!due || node.deadline?.form === 'table')
            return;
        const what = `${node.marker}${node.title} is due by ${due} (${node.deadline.raw})`;
        if (signed && due < compareTo(signed, due))
            hits.push(at(node, 'deadline-range', `${what}, before the notice was signed on ${signed}`));
        else if (end && due.slice(0, 7) > end)
            hits.push(at(node, 'deadline-range', `${what}, after the plan's period ends (${end})`));
    });
    return hits;
}
/** The last day a deadline allows: 2023-06 -> 2023-06-30. */
function lastDay(by) {
    if (by.length === 10)
        return by;
    const [year, month] = by.split('-').map(Number);
    return `${by}-${new Date(Date.UTC(year, month, 0)).getUTCDate()}`;
}
/** With an as-of date: each task due by then, for a review of what should be done. */
function due(doc, asOf, starts) {
    if (!asOf)
        return [];
    return doc.tasks
        .filter((t) => t.deadline?.by && lastDay(t.deadline.by) <= asOf)
        .map((t) => ({
        ruleId: 'due',
        line: starts.get(t.id) ?? 1,
        column: 1,
        message: `task ${t.id} ${t.title} is due by ${t.deadline.by} (${t.deadline.raw}${t.deadlineFrom ? `, from ${t.deadlineFrom}` : ''})`,
    }));
}
/** Every rule's hits for one plan, in document order. */
export function checkPlan(doc, context = {}) {
    const starts = startLines(doc);
    return [
        ...fromDiagnostics(doc.diagnostics),
        ...numbering(doc),
        ...markerLevel(doc),
        ...emptySections(doc),
        ...responsibilities(doc, starts),
        ...metadata(doc),
        ...deadlineRange(doc),
        ...due(doc, context.asOf, starts),
    ].sort((a, b) => a.line - b.line || a.column - b.column);
}
