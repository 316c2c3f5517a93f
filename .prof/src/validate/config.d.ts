import { type RuleId } from './catalogue.js';
import type { RuleSetting } from './rules.js';
import type { RuleSettings } from './validate.js';
export declare function readConfig(path: string): RuleSettings;
/** `numbering=off` */
export declare function parseRuleOption(option: string): [RuleId, RuleSetting];
export declare function resolveSettings(cwd: string, configPath: string | undefined, rules: string[]): {
    settings: RuleSettings;
    configFile: string | null;
};
