/** Visits every node in document order with its ancestors, outermost first. */
export function walk(nodes, visit, ancestors = []) {
    for (const node of nodes) {
        visit(node, ancestors);
        walk(node.children, visit, [...ancestors, node]);
    }
}
export function findNode(nodes, id) {
    let found = null;
    walk(nodes, (n) => {
        if (n.id === id)
            found ??= n;
    });
    return found;
}
