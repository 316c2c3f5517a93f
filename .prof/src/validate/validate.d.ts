import { type PlanDocument, type Severity } from '../model/schema.js';
import { type RuleId } from './catalogue.js';
import { type RuleContext, type RuleSetting } from './rules.js';
export type RuleSettings = Partial<Record<RuleId, RuleSetting>>;
export interface Finding {
    file: string;
    line: number;
    column: number;
    ruleId: RuleId;
    severity: Severity;
    message: string;
    /** The offending line of the input, for code frames; null when there is none. */
    excerpt: string | null;
}
export interface FileResult {
    file: string;
    /** the plan model JSON the findings were read from, when `file` is the notice it was parsed from */
    model?: string;
    findings: Finding[];
}
export interface CheckOptions extends RuleContext {
    /** the input text, for code frames */
    source?: string;
}
/** The findings of the rules on one parsed plan. */
export declare function validate(doc: PlanDocument, settings?: RuleSettings, options?: CheckOptions): Finding[];
/** Validates one file: a notice (any format plan reads) or a plan model (.json). Never rejects. */
export declare function validateFile(file: string, settings?: RuleSettings, context?: RuleContext): Promise<FileResult>;
