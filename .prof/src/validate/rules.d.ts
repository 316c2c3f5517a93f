import type { PlanDocument, Severity } from '../model/schema.js';
import type { RuleId } from './catalogue.js';
export type RuleSetting = Severity | 'off';
/** What some rules need besides the plan. */
export interface RuleContext {
    /** YYYY-MM-DD: the `due` rule lists the tasks due by this date */
    asOf?: string;
}
/** A place where a rule fires; severity is filled in from the configuration. */
export interface Hit {
    ruleId: RuleId;
    line: number;
    column: number;
    message: string;
    /** false for findings about the whole notice, which have no line to show */
    located?: boolean;
}
/** Every rule's hits for one plan, in document order. */
export declare function checkPlan(doc: PlanDocument, context?: RuleContext): Hit[];
