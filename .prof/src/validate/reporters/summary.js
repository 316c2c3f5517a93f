export function summarise(results) {
    const s = { files: results.length, filesWithProblems: 0, errors: 0, warnings: 0, infos: 0, byRule: {} };
    for (const r of results) {
        if (r.findings.length)
            s.filesWithProblems++;
        for (const f of r.findings) {
            if (f.severity === 'error')
                s.errors++;
            else if (f.severity === 'warning')
                s.warnings++;
            else
                s.infos++;
            s.byRule[f.ruleId] = (s.byRule[f.ruleId] ?? 0) + 1;
        }
    }
    s.byRule = Object.fromEntries(Object.entries(s.byRule).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)));
    return s;
}
