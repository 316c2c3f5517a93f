import type { Deadline, Target } from '../../model/schema.js';
import type { AccountabilityChange, MetaChange, NodeRef, PlanDiff, RoleChange, StructureChange } from '../types.js';
export declare const LANGS: readonly ["zh", "en"];
export type Lang = (typeof LANGS)[number];
type Kind = StructureChange['change'];
interface Words {
    title: string;
    kinds: Record<Kind, string>;
    sections: {
        structure: string;
        responsibility: string;
        deadlines: string;
        targets: string;
        metadata: string;
    };
    columns: {
        change: string;
        similarity: string;
        tasksB: string;
        taskB: string;
        metric: string;
        field: string;
    };
    roles: {
        lead: string;
        support: string;
        responsible: string;
    };
    meta: Record<MetaChange['field'], string>;
    counts: {
        responsibility: string;
        deadlines: string;
        targets: string;
        metadata: string;
    };
    noDifferences: (a: string, b: string) => string;
    join: string;
    same: (n: number) => string;
    count: (n: number, what: string) => string;
    task: (ids: string[], title: string) => string;
    year: string;
}
export declare const WORDS: Record<Lang, Words>;
export declare const SIGNS: Record<Kind, string>;
export declare function summaryLine(d: PlanDiff, w: Words): string;
export declare function label(n: NodeRef | null): string;
export declare function nodes(r: StructureChange): string;
/** moved, renumbered, modified: the kinds that apply, in words. */
export declare function flags(r: StructureChange, w: Words): string;
export declare function target(t: Target | null, w: Words): string;
/** +区财政局 −区人社局: agencies by the names the notices write. */
export declare function agencies(r: RoleChange): string;
export declare function roles(c: AccountabilityChange, w: Words): string;
export declare function tasks(c: AccountabilityChange, w: Words): string;
/** 2023-06 (2023年6月底前完成); 持续推进; — for none. */
export declare function due(d: Deadline | null): string;
export {};
