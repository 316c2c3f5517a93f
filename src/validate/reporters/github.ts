// GitHub Actions workflow commands: one annotation per finding.
import type { Reporter } from './reporter.js';

// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
const GITHUB_LEVEL = { error: 'error', warning: 'warning', info: 'notice' } as const;

export const github: Reporter = (results) => {
  const lines = results.flatMap((r) =>
    r.findings.map(
      (f) =>
        `::${GITHUB_LEVEL[f.severity]} file=${escapeProperty(r.file)},line=${f.line},col=${f.column},title=${escapeProperty(f.ruleId)}::${escapeData(f.message)}`,
    ),
  );
  return lines.length ? `${lines.join('\n')}\n` : '';
};
