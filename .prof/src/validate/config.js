// Rule settings: plan.config.json (found upwards from the working folder),
// then --rule id=severity on the command line.
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from '../cli/io.js';
import { isRule } from './catalogue.js';
const CONFIG_FILE = 'plan.config.json';
// a Map: `constructor` or `__proto__` is no setting
const SETTINGS = new Map([
    ['off', 'off'],
    ['info', 'info'],
    ['warn', 'warning'],
    ['warning', 'warning'],
    ['error', 'error'],
]);
/** plan.config.json: its rules and their severities (checked against the catalogue below). */
const ConfigFile = z.strictObject({
    $schema: z.string().optional(),
    rules: z.record(z.string(), z.string()).optional(),
});
function setting(ruleId, value, where) {
    if (!isRule(ruleId))
        throw new UsageError(`${where}: unknown rule '${ruleId}' (plan validate --list-rules lists them)`);
    const s = typeof value === 'string' ? SETTINGS.get(value) : undefined;
    if (!s)
        throw new UsageError(`${where}: rule '${ruleId}' takes off, info, warn or error, not '${String(value)}'`);
    return [ruleId, s];
}
function findConfig(from) {
    for (let dir = resolve(from);; dir = dirname(dir)) {
        const candidate = join(dir, CONFIG_FILE);
        if (existsSync(candidate))
            return candidate;
        if (dirname(dir) === dir)
            return null;
    }
}
export function readConfig(path) {
    let parsed;
    try {
        parsed = JSON.parse(readFileSync(path, 'utf8'));
    }
    catch (error) {
        throw new UsageError(`cannot read '${path}': ${error.message}`);
    }
    const config = ConfigFile.safeParse(parsed);
    if (!config.success) {
        const issue = config.error.issues[0];
        throw new UsageError(`${path}: not a plan configuration: ${issue.message} at ${issue.path.join('.') || '(root)'}`);
    }
    const settings = {};
    // the file's own keys: zod's copy leaves out a `__proto__` key, which must be reported, not ignored
    for (const [id, value] of Object.entries(parsed.rules ?? {})) {
        const [rule, s] = setting(id, value, path);
        settings[rule] = s;
    }
    return settings;
}
/** `numbering=off` */
export function parseRuleOption(option) {
    const m = /^([a-z-]+)=([a-z]+)$/.exec(option.trim());
    if (!m)
        throw new UsageError(`--rule takes id=off|info|warn|error, not '${option}'`);
    return setting(m[1], m[2], '--rule');
}
export function resolveSettings(cwd, configPath, rules) {
    const configFile = configPath ?? findConfig(cwd);
    const settings = configFile ? readConfig(configFile) : {};
    for (const option of rules) {
        const [id, value] = parseRuleOption(option);
        settings[id] = value;
    }
    return { settings, configFile };
}
