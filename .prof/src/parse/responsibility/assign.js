import { walk } from '../../model/tree.js';
import { reportNameProblems } from './problems.js';
import { attributions, firstListedLeads, textResponsibility } from './statement.js';
/** The attribution closing a heading, if any: 强化科技创新（区科技局牵头） -> 强化科技创新 and the attribution. */
function fromHeading(node) {
    const last = attributions(node.title).at(-1);
    if (!last || node.title.slice(last.end).trim() !== '' || last.start === 0)
        return null;
    const read = textResponsibility(last.raw, node.span, 'heading');
    return read ? { ...read, title: node.title.slice(0, last.start).trim() } : null;
}
export function assignResponsibilities(sections, lineAt, diagnostics) {
    let carried = false;
    const report = (read, node) => reportNameProblems(read.problems, lineAt(node.span.startLine), diagnostics);
    walk(sections, (node) => {
        const heading = node.responsibility ? null : fromHeading(node);
        if (heading) {
            node.title = heading.title;
            report(heading, node);
        }
        const inText = textResponsibility(node.text, node.span);
        const stated = inText?.attributions ?? [];
        const firstLeads = carried || stated.some((a) => a.firstLeads);
        carried ||= stated.some((a) => a.carries);
        let own = node.responsibility ?? heading?.responsibility ?? null;
        if (!own && inText) {
            own = inText.responsibility;
            report(inText, node);
        }
        node.responsibility = own && firstLeads ? firstListedLeads(own) : own;
    });
}
