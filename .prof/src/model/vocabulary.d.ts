import { z } from 'zod';
/** data/agencies.json: the alias table that gives each body one canonical key. */
export declare const AgencyTable: z.ZodObject<{
    $comment: z.ZodString;
    levels: z.ZodArray<z.ZodString>;
    levelLookalikes: z.ZodArray<z.ZodString>;
    issuerSuffixes: z.ZodArray<z.ZodString>;
    agencySuffixes: z.ZodArray<z.ZodString>;
    bodies: z.ZodArray<z.ZodObject<{
        key: z.ZodString;
        names: z.ZodArray<z.ZodString>;
        inherits: z.ZodOptional<z.ZodLiteral<false>>;
    }, z.core.$strict>>;
}, z.core.$strict>;
/** data/roles.json: the words of responsibility statements. */
export declare const RoleWords: z.ZodObject<{
    $comment: z.ZodString;
    keys: z.ZodObject<{
        lead: z.ZodArray<z.ZodString>;
        support: z.ZodArray<z.ZodString>;
        responsible: z.ZodArray<z.ZodString>;
    }, z.core.$strict>;
    verbs: z.ZodObject<{
        lead: z.ZodArray<z.ZodString>;
        support: z.ZodArray<z.ZodString>;
        responsible: z.ZodArray<z.ZodString>;
    }, z.core.$strict>;
    verbStems: z.ZodObject<{
        lead: z.ZodArray<z.ZodString>;
        support: z.ZodArray<z.ZodString>;
        responsible: z.ZodArray<z.ZodString>;
    }, z.core.$strict>;
    dropWords: z.ZodArray<z.ZodString>;
    firstLeads: z.ZodArray<z.ZodString>;
    actionChapterWords: z.ZodArray<z.ZodString>;
    tableColumns: z.ZodObject<{
        number: z.ZodArray<z.ZodString>;
        group: z.ZodArray<z.ZodString>;
        point: z.ZodArray<z.ZodString>;
        lead: z.ZodArray<z.ZodString>;
        support: z.ZodArray<z.ZodString>;
    }, z.core.$strict>;
}, z.core.$strict>;
/** data/web-page.json: what government web pages wrap around a notice. */
export declare const WebPageWords: z.ZodObject<{
    $comment: z.ZodString;
    metadataKeys: z.ZodArray<z.ZodString>;
    junk: z.ZodArray<z.ZodString>;
    junkPatterns: z.ZodArray<z.ZodString>;
    attachmentFile: z.ZodString;
    docNumberKeys: z.ZodArray<z.ZodString>;
    dateKeys: z.ZodArray<z.ZodString>;
    issuerKeys: z.ZodArray<z.ZodString>;
}, z.core.$strict>;
/** data/targets.json: the words of quantified targets. */
export declare const TargetWords: z.ZodObject<{
    $comment: z.ZodString;
    comparators: z.ZodArray<z.ZodString>;
    units: z.ZodArray<z.ZodString>;
    countVerbs: z.ZodArray<z.ZodString>;
}, z.core.$strict>;
/** data/deadlines.json: the words of task deadlines. */
export declare const DeadlineWords: z.ZodObject<{
    $comment: z.ZodString;
    lineKeys: z.ZodArray<z.ZodString>;
    ongoing: z.ZodArray<z.ZodString>;
    recurring: z.ZodArray<z.ZodString>;
    tableColumns: z.ZodArray<z.ZodString>;
}, z.core.$strict>;
