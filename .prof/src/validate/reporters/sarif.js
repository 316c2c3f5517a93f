// SARIF 2.1.0 for code-scanning services.
import { RULES } from '../catalogue.js';
const SARIF_LEVEL = { error: 'error', warning: 'warning', info: 'note' };
/** SARIF 2.1.0, as code-scanning services read it. */
export const sarif = (results, { version }) => {
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'plan',
                        version,
                        informationUri: 'https://www.npmjs.com/package/plan-notices',
                        rules: RULES.map((r) => ({
                            id: r.id,
                            shortDescription: { text: r.description },
                            defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
                        })),
                    },
                },
                results: results.flatMap((r) => r.findings.map((f) => ({
                    ruleId: f.ruleId,
                    ruleIndex: RULES.findIndex((x) => x.id === f.ruleId),
                    level: SARIF_LEVEL[f.severity],
                    message: { text: f.message },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: encodeURI(r.file.replace(/\\/g, '/')) },
                                region: { startLine: f.line, startColumn: f.column },
                            },
                        },
                    ],
                }))),
            },
        ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
};
