import { type NameProblem } from './agencies.js';
import type { Responsibility, ResponsibilityForm, Span } from '../../model/schema.js';
export interface ReadResponsibility {
    responsibility: Responsibility;
    problems: NameProblem[];
}
/** A bracketed attribution in a text: `（X牵头，Y参与）`, `（牵头单位：X；配合单位：Y）`, `（X负责）`. */
export interface Attribution {
    /** the bracket group as written */
    raw: string;
    start: number;
    end: number;
    /** what it says, as written, without the brackets and without a stated convention */
    statement: string;
    /** opened by a key (牵头单位：) rather than closed by a verb (牵头, 负责) */
    keyed: boolean;
    /** it states that the first unit listed leads */
    firstLeads: boolean;
    /** … and that this holds for the attributions after it (下同) */
    carries: boolean;
}
/** The top-level bracket groups of a text that attribute responsibility, nested brackets allowed (各市(区)人民政府). */
export declare function attributions(text: string): Attribution[];
/** When the first unit listed leads: a statement that names only responsible units gets its first as lead, the rest as support. */
export declare function firstListedLeads(r: Responsibility): Responsibility;
/** Every attribution of a text, read and merged into one responsibility (form inline when one is keyed, else item). */
export declare function textResponsibility(text: string, span: Span, form?: ResponsibilityForm): (ReadResponsibility & {
    attributions: Attribution[];
}) | null;
/** `责任单位：区教育局、区科协牵头，…参加。` after a group of items. */
export declare function responsibilityFromLine(line: string, span: Span): ReadResponsibility;
/** A 任务分工表 row's 牵头单位 and 配合单位 cells. */
export declare function tableResponsibility(raw: string, lead: string, support: string, span: Span): ReadResponsibility;
