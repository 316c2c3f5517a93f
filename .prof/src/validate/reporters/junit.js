// JUnit XML for CI servers: one test suite per file, one test case per finding.
import { escapeXml as xml } from '../../render/escape.js';
import { summarise } from './summary.js';
/** One test suite per file; one test case per finding, or one passing case for a clean file. */
export const junit = (results) => {
    const s = summarise(results);
    const out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="plan validate" tests="${results.reduce((n, r) => n + Math.max(1, r.findings.length), 0)}" failures="${s.errors + s.warnings}">`,
    ];
    for (const r of results) {
        const failures = r.findings.filter((f) => f.severity !== 'info').length;
        out.push(`  <testsuite name="${xml(r.file)}" tests="${Math.max(1, r.findings.length)}" failures="${failures}" errors="0">`);
        if (r.findings.length === 0)
            out.push(`    <testcase classname="${xml(r.file)}" name="plan validate"/>`);
        for (const f of r.findings) {
            const name = xml(`${f.line}:${f.column} ${f.ruleId}`);
            if (f.severity === 'info') {
                out.push(`    <testcase classname="${xml(r.file)}" name="${name}"><system-out>${xml(f.message)}</system-out></testcase>`);
            }
            else {
                out.push(`    <testcase classname="${xml(r.file)}" name="${name}">`);
                out.push(`      <failure type="${f.severity}" message="${xml(f.message)}">${xml(`${r.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message}`)}</failure>`);
                out.push('    </testcase>');
            }
        }
        out.push('  </testsuite>');
    }
    out.push('</testsuites>');
    return `${out.join('\n')}\n`;
};
