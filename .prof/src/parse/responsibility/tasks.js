// The list of tasks: every actionable item with the responsibility that
// applies to it, its own or an ancestor's.
import roles from '../../../data/roles.json' with { type: 'json' };
import { walk } from '../../model/tree.js';
const ACTION_CHAPTER = new RegExp(roles.actionChapterWords.join('|'));
/** Every actionable item: a leaf under an action or project chapter (提升行动, 重点工程 …), or a chapter that is one item with its own responsibility (一、…（财政部负责）). */
export function buildTasks(sections) {
    const hasActionChapter = sections.some((c) => ACTION_CHAPTER.test(c.title));
    const tasks = [];
    walk(sections, (node, ancestors) => {
        if (node.children.length > 0 || (ancestors.length === 0 && node.responsibility === null))
            return;
        const chain = [...ancestors, node].reverse();
        const holder = chain.find((n) => n.responsibility !== null) ?? null;
        // under action chapters, their leaves; and anywhere, a leaf that names who does it
        const actionable = hasActionChapter ? ACTION_CHAPTER.test(ancestors[0]?.title ?? '') || holder === node : holder !== null;
        if (!actionable)
            return;
        const own = holder?.responsibility ?? null;
        // Items that only say who is responsible take the lead their section names.
        const leader = own && own.lead.length === 0 ? chain.find((n) => n !== holder && (n.responsibility?.lead.length ?? 0) > 0) : undefined;
        const responsibility = own && leader ? { ...own, lead: leader.responsibility.lead, raw: `${leader.responsibility.raw}\n${own.raw}` } : own;
        const due = chain.find((n) => n.deadline !== null) ?? null;
        tasks.push({
            id: node.id,
            path: ancestors.map((a) => a.title),
            title: node.title,
            responsibility,
            inherited: holder !== null && holder !== node,
            from: holder?.id ?? null,
            leadFrom: leader?.id ?? null,
            deadline: due?.deadline ?? null,
            deadlineFrom: due && due !== node ? due.id : null,
        });
    });
    return tasks;
}
