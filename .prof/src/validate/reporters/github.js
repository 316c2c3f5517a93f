// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
const GITHUB_LEVEL = { error: 'error', warning: 'warning', info: 'notice' };
export const github = (results) => {
    const lines = results.flatMap((r) => r.findings.map((f) => `::${GITHUB_LEVEL[f.severity]} file=${escapeProperty(r.file)},line=${f.line},col=${f.column},title=${escapeProperty(f.ruleId)}::${escapeData(f.message)}`));
    return lines.length ? `${lines.join('\n')}\n` : '';
};
