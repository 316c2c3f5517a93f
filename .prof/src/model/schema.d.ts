import { z } from 'zod';
import { SCHEMA_VERSION } from './version.js';
export { SCHEMA_VERSION };
export declare const Span: z.ZodObject<{
    startLine: z.ZodNumber;
    endLine: z.ZodNumber;
    startPage: z.ZodOptional<z.ZodNumber>;
    endPage: z.ZodOptional<z.ZodNumber>;
}, z.core.$strip>;
export declare const Severity: z.ZodEnum<{
    error: "error";
    warning: "warning";
    info: "info";
}>;
export declare const Diagnostic: z.ZodObject<{
    severity: z.ZodEnum<{
        error: "error";
        warning: "warning";
        info: "info";
    }>;
    code: z.ZodEnum<{
        "lex-error": "lex-error";
        "parse-error": "parse-error";
        "unplaced-text": "unplaced-text";
        "stray-text": "stray-text";
        "unplaced-header-text": "unplaced-header-text";
        "unplaced-footer-text": "unplaced-footer-text";
        "unplaced-responsibility": "unplaced-responsibility";
        "stray-table-row": "stray-table-row";
        "second-task-table": "second-task-table";
        "empty-table-part": "empty-table-part";
        "second-table-header": "second-table-header";
        "suspect-agency": "suspect-agency";
        "repeated-agency": "repeated-agency";
        "unmatched-table-row": "unmatched-table-row";
        "misnamed-file": "misnamed-file";
        "undecodable-bytes": "undecodable-bytes";
        "mixed-encoding": "mixed-encoding";
    }>;
    message: z.ZodString;
    line: z.ZodNumber;
    column: z.ZodNumber;
}, z.core.$strip>;
export declare const Agency: z.ZodObject<{
    name: z.ZodString;
    raw: z.ZodString;
    canonical: z.ZodString;
    suspect: z.ZodOptional<z.ZodLiteral<true>>;
    generic: z.ZodOptional<z.ZodLiteral<true>>;
}, z.core.$strip>;
export declare const ResponsibilityForm: z.ZodEnum<{
    line: "line";
    heading: "heading";
    inline: "inline";
    item: "item";
    table: "table";
}>;
export declare const Responsibility: z.ZodObject<{
    lead: z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        raw: z.ZodString;
        canonical: z.ZodString;
        suspect: z.ZodOptional<z.ZodLiteral<true>>;
        generic: z.ZodOptional<z.ZodLiteral<true>>;
    }, z.core.$strip>>;
    support: z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        raw: z.ZodString;
        canonical: z.ZodString;
        suspect: z.ZodOptional<z.ZodLiteral<true>>;
        generic: z.ZodOptional<z.ZodLiteral<true>>;
    }, z.core.$strip>>;
    responsible: z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        raw: z.ZodString;
        canonical: z.ZodString;
        suspect: z.ZodOptional<z.ZodLiteral<true>>;
        generic: z.ZodOptional<z.ZodLiteral<true>>;
    }, z.core.$strip>>;
    raw: z.ZodString;
    form: z.ZodEnum<{
        line: "line";
        heading: "heading";
        inline: "inline";
        item: "item";
        table: "table";
    }>;
    span: z.ZodObject<{
        startLine: z.ZodNumber;
        endLine: z.ZodNumber;
        startPage: z.ZodOptional<z.ZodNumber>;
        endPage: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strip>;
}, z.core.$strip>;
export declare const DeadlineKind: z.ZodEnum<{
    date: "date";
    period: "period";
    recurring: "recurring";
    ongoing: "ongoing";
}>;
export declare const DeadlineForm: z.ZodEnum<{
    line: "line";
    heading: "heading";
    inline: "inline";
    table: "table";
    lead: "lead";
}>;
export declare const Deadline: z.ZodObject<{
    raw: z.ZodString;
    kind: z.ZodEnum<{
        date: "date";
        period: "period";
        recurring: "recurring";
        ongoing: "ongoing";
    }>;
    by: z.ZodNullable<z.ZodString>;
    from: z.ZodNullable<z.ZodString>;
    to: z.ZodNullable<z.ZodString>;
    form: z.ZodEnum<{
        line: "line";
        heading: "heading";
        inline: "inline";
        table: "table";
        lead: "lead";
    }>;
    span: z.ZodObject<{
        startLine: z.ZodNumber;
        endLine: z.ZodNumber;
        startPage: z.ZodOptional<z.ZodNumber>;
        endPage: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strip>;
}, z.core.$strip>;
export declare const MarkerKind: z.ZodEnum<{
    item: "item";
    part: "part";
    article: "article";
    chapter: "chapter";
    section: "section";
    subitem: "subitem";
    circled: "circled";
    dash: "dash";
}>;
export interface PlanNode {
    id: string;
    level: number;
    kind: z.infer<typeof MarkerKind>;
    marker: string;
    ordinal: number;
    title: string;
    text: string;
    responsibility: z.infer<typeof Responsibility> | null;
    deadline: z.infer<typeof Deadline> | null;
    children: PlanNode[];
    span: z.infer<typeof Span>;
}
export declare const PlanNode: z.ZodType<PlanNode>;
export declare const Target: z.ZodObject<{
    year: z.ZodNullable<z.ZodNumber>;
    metric: z.ZodString;
    comparator: z.ZodString;
    value: z.ZodNumber;
    unit: z.ZodString;
    qualifier: z.ZodNullable<z.ZodString>;
    text: z.ZodString;
    nodeId: z.ZodNullable<z.ZodString>;
    span: z.ZodObject<{
        startLine: z.ZodNumber;
        endLine: z.ZodNumber;
        startPage: z.ZodOptional<z.ZodNumber>;
        endPage: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strip>;
}, z.core.$strip>;
export declare const Meta: z.ZodObject<{
    docNumber: z.ZodNullable<z.ZodString>;
    docNumberRaw: z.ZodNullable<z.ZodString>;
    banner: z.ZodNullable<z.ZodString>;
    issuer: z.ZodNullable<z.ZodString>;
    noticeTitle: z.ZodNullable<z.ZodString>;
    planTitle: z.ZodNullable<z.ZodString>;
    addressees: z.ZodArray<z.ZodString>;
    cover: z.ZodString;
    signedDate: z.ZodNullable<z.ZodString>;
    publicity: z.ZodNullable<z.ZodString>;
    cc: z.ZodArray<z.ZodString>;
    related: z.ZodArray<z.ZodString>;
    printedBy: z.ZodNullable<z.ZodString>;
    printedDate: z.ZodNullable<z.ZodString>;
    web: z.ZodRecord<z.ZodString, z.ZodString>;
    issuers: z.ZodArray<z.ZodString>;
    signatories: z.ZodArray<z.ZodString>;
    attachment: z.ZodNullable<z.ZodString>;
    headline: z.ZodNullable<z.ZodString>;
}, z.core.$strip>;
export declare const Task: z.ZodObject<{
    id: z.ZodString;
    path: z.ZodArray<z.ZodString>;
    title: z.ZodString;
    responsibility: z.ZodNullable<z.ZodObject<{
        lead: z.ZodArray<z.ZodObject<{
            name: z.ZodString;
            raw: z.ZodString;
            canonical: z.ZodString;
            suspect: z.ZodOptional<z.ZodLiteral<true>>;
            generic: z.ZodOptional<z.ZodLiteral<true>>;
        }, z.core.$strip>>;
        support: z.ZodArray<z.ZodObject<{
            name: z.ZodString;
            raw: z.ZodString;
            canonical: z.ZodString;
            suspect: z.ZodOptional<z.ZodLiteral<true>>;
            generic: z.ZodOptional<z.ZodLiteral<true>>;
        }, z.core.$strip>>;
        responsible: z.ZodArray<z.ZodObject<{
            name: z.ZodString;
            raw: z.ZodString;
            canonical: z.ZodString;
            suspect: z.ZodOptional<z.ZodLiteral<true>>;
            generic: z.ZodOptional<z.ZodLiteral<true>>;
        }, z.core.$strip>>;
        raw: z.ZodString;
        form: z.ZodEnum<{
            line: "line";
            heading: "heading";
            inline: "inline";
            item: "item";
            table: "table";
        }>;
        span: z.ZodObject<{
            startLine: z.ZodNumber;
            endLine: z.ZodNumber;
            startPage: z.ZodOptional<z.ZodNumber>;
            endPage: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strip>;
    }, z.core.$strip>>;
    inherited: z.ZodBoolean;
    from: z.ZodNullable<z.ZodString>;
    leadFrom: z.ZodNullable<z.ZodString>;
    deadline: z.ZodNullable<z.ZodObject<{
        raw: z.ZodString;
        kind: z.ZodEnum<{
            date: "date";
            period: "period";
            recurring: "recurring";
            ongoing: "ongoing";
        }>;
        by: z.ZodNullable<z.ZodString>;
        from: z.ZodNullable<z.ZodString>;
        to: z.ZodNullable<z.ZodString>;
        form: z.ZodEnum<{
            line: "line";
            heading: "heading";
            inline: "inline";
            table: "table";
            lead: "lead";
        }>;
        span: z.ZodObject<{
            startLine: z.ZodNumber;
            endLine: z.ZodNumber;
            startPage: z.ZodOptional<z.ZodNumber>;
            endPage: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strip>;
    }, z.core.$strip>>;
    deadlineFrom: z.ZodNullable<z.ZodString>;
}, z.core.$strip>;
export declare const TableRow: z.ZodObject<{
    part: z.ZodString;
    group: z.ZodString;
    point: z.ZodString;
    lead: z.ZodString;
    support: z.ZodString;
    cells: z.ZodArray<z.ZodString>;
    matchedId: z.ZodNullable<z.ZodString>;
    span: z.ZodObject<{
        startLine: z.ZodNumber;
        endLine: z.ZodNumber;
        startPage: z.ZodOptional<z.ZodNumber>;
        endPage: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strip>;
}, z.core.$strip>;
export declare const TaskTable: z.ZodObject<{
    title: z.ZodString;
    columns: z.ZodArray<z.ZodString>;
    rows: z.ZodArray<z.ZodObject<{
        part: z.ZodString;
        group: z.ZodString;
        point: z.ZodString;
        lead: z.ZodString;
        support: z.ZodString;
        cells: z.ZodArray<z.ZodString>;
        matchedId: z.ZodNullable<z.ZodString>;
        span: z.ZodObject<{
            startLine: z.ZodNumber;
            endLine: z.ZodNumber;
            startPage: z.ZodOptional<z.ZodNumber>;
            endPage: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strip>;
    }, z.core.$strip>>;
    span: z.ZodObject<{
        startLine: z.ZodNumber;
        endLine: z.ZodNumber;
        startPage: z.ZodOptional<z.ZodNumber>;
        endPage: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strip>;
}, z.core.$strip>;
export declare const Appendix: z.ZodObject<{
    title: z.ZodString;
    lines: z.ZodArray<z.ZodString>;
    span: z.ZodObject<{
        startLine: z.ZodNumber;
        endLine: z.ZodNumber;
        startPage: z.ZodOptional<z.ZodNumber>;
        endPage: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strip>;
}, z.core.$strip>;
export declare const Source: z.ZodObject<{
    path: z.ZodString;
    sha256: z.ZodString;
    format: z.ZodEnum<{
        markdown: "markdown";
        text: "text";
        html: "html";
        docx: "docx";
        doc: "doc";
        odt: "odt";
        pdf: "pdf";
        ofd: "ofd";
    }>;
    encoding: z.ZodEnum<{
        "utf-8": "utf-8";
        "utf-16le": "utf-16le";
        binary: "binary";
        "utf-8-bom": "utf-8-bom";
        "utf-16be": "utf-16be";
        gb18030: "gb18030";
        big5: "big5";
        shift_jis: "shift_jis";
        "euc-jp": "euc-jp";
        "euc-kr": "euc-kr";
        mixed: "mixed";
    }>;
}, z.core.$strip>;
export declare const OutsideText: z.ZodObject<{
    text: z.ZodString;
    span: z.ZodObject<{
        startLine: z.ZodNumber;
        endLine: z.ZodNumber;
        startPage: z.ZodOptional<z.ZodNumber>;
        endPage: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strip>;
}, z.core.$strip>;
export declare const PlanDocument: z.ZodObject<{
    schemaVersion: z.ZodLiteral<"1.5.0">;
    source: z.ZodObject<{
        path: z.ZodString;
        sha256: z.ZodString;
        format: z.ZodEnum<{
            markdown: "markdown";
            text: "text";
            html: "html";
            docx: "docx";
            doc: "doc";
            odt: "odt";
            pdf: "pdf";
            ofd: "ofd";
        }>;
        encoding: z.ZodEnum<{
            "utf-8": "utf-8";
            "utf-16le": "utf-16le";
            binary: "binary";
            "utf-8-bom": "utf-8-bom";
            "utf-16be": "utf-16be";
            gb18030: "gb18030";
            big5: "big5";
            shift_jis: "shift_jis";
            "euc-jp": "euc-jp";
            "euc-kr": "euc-kr";
            mixed: "mixed";
        }>;
    }, z.core.$strip>;
    meta: z.ZodObject<{
        docNumber: z.ZodNullable<z.ZodString>;
        docNumberRaw: z.ZodNullable<z.ZodString>;
        banner: z.ZodNullable<z.ZodString>;
        issuer: z.ZodNullable<z.ZodString>;
        noticeTitle: z.ZodNullable<z.ZodString>;
        planTitle: z.ZodNullable<z.ZodString>;
        addressees: z.ZodArray<z.ZodString>;
        cover: z.ZodString;
        signedDate: z.ZodNullable<z.ZodString>;
        publicity: z.ZodNullable<z.ZodString>;
        cc: z.ZodArray<z.ZodString>;
        related: z.ZodArray<z.ZodString>;
        printedBy: z.ZodNullable<z.ZodString>;
        printedDate: z.ZodNullable<z.ZodString>;
        web: z.ZodRecord<z.ZodString, z.ZodString>;
        issuers: z.ZodArray<z.ZodString>;
        signatories: z.ZodArray<z.ZodString>;
        attachment: z.ZodNullable<z.ZodString>;
        headline: z.ZodNullable<z.ZodString>;
    }, z.core.$strip>;
    preamble: z.ZodString;
    targets: z.ZodArray<z.ZodObject<{
        year: z.ZodNullable<z.ZodNumber>;
        metric: z.ZodString;
        comparator: z.ZodString;
        value: z.ZodNumber;
        unit: z.ZodString;
        qualifier: z.ZodNullable<z.ZodString>;
        text: z.ZodString;
        nodeId: z.ZodNullable<z.ZodString>;
        span: z.ZodObject<{
            startLine: z.ZodNumber;
            endLine: z.ZodNumber;
            startPage: z.ZodOptional<z.ZodNumber>;
            endPage: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strip>;
    }, z.core.$strip>>;
    sections: z.ZodArray<z.ZodType<PlanNode, unknown, z.core.$ZodTypeInternals<PlanNode, unknown>>>;
    tasks: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        path: z.ZodArray<z.ZodString>;
        title: z.ZodString;
        responsibility: z.ZodNullable<z.ZodObject<{
            lead: z.ZodArray<z.ZodObject<{
                name: z.ZodString;
                raw: z.ZodString;
                canonical: z.ZodString;
                suspect: z.ZodOptional<z.ZodLiteral<true>>;
                generic: z.ZodOptional<z.ZodLiteral<true>>;
            }, z.core.$strip>>;
            support: z.ZodArray<z.ZodObject<{
                name: z.ZodString;
                raw: z.ZodString;
                canonical: z.ZodString;
                suspect: z.ZodOptional<z.ZodLiteral<true>>;
                generic: z.ZodOptional<z.ZodLiteral<true>>;
            }, z.core.$strip>>;
            responsible: z.ZodArray<z.ZodObject<{
                name: z.ZodString;
                raw: z.ZodString;
                canonical: z.ZodString;
                suspect: z.ZodOptional<z.ZodLiteral<true>>;
                generic: z.ZodOptional<z.ZodLiteral<true>>;
            }, z.core.$strip>>;
            raw: z.ZodString;
            form: z.ZodEnum<{
                line: "line";
                heading: "heading";
                inline: "inline";
                item: "item";
                table: "table";
            }>;
            span: z.ZodObject<{
                startLine: z.ZodNumber;
                endLine: z.ZodNumber;
                startPage: z.ZodOptional<z.ZodNumber>;
                endPage: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strip>;
        }, z.core.$strip>>;
        inherited: z.ZodBoolean;
        from: z.ZodNullable<z.ZodString>;
        leadFrom: z.ZodNullable<z.ZodString>;
        deadline: z.ZodNullable<z.ZodObject<{
            raw: z.ZodString;
            kind: z.ZodEnum<{
                date: "date";
                period: "period";
                recurring: "recurring";
                ongoing: "ongoing";
            }>;
            by: z.ZodNullable<z.ZodString>;
            from: z.ZodNullable<z.ZodString>;
            to: z.ZodNullable<z.ZodString>;
            form: z.ZodEnum<{
                line: "line";
                heading: "heading";
                inline: "inline";
                table: "table";
                lead: "lead";
            }>;
            span: z.ZodObject<{
                startLine: z.ZodNumber;
                endLine: z.ZodNumber;
                startPage: z.ZodOptional<z.ZodNumber>;
                endPage: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strip>;
        }, z.core.$strip>>;
        deadlineFrom: z.ZodNullable<z.ZodString>;
    }, z.core.$strip>>;
    taskTable: z.ZodNullable<z.ZodObject<{
        title: z.ZodString;
        columns: z.ZodArray<z.ZodString>;
        rows: z.ZodArray<z.ZodObject<{
            part: z.ZodString;
            group: z.ZodString;
            point: z.ZodString;
            lead: z.ZodString;
            support: z.ZodString;
            cells: z.ZodArray<z.ZodString>;
            matchedId: z.ZodNullable<z.ZodString>;
            span: z.ZodObject<{
                startLine: z.ZodNumber;
                endLine: z.ZodNumber;
                startPage: z.ZodOptional<z.ZodNumber>;
                endPage: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strip>;
        }, z.core.$strip>>;
        span: z.ZodObject<{
            startLine: z.ZodNumber;
            endLine: z.ZodNumber;
            startPage: z.ZodOptional<z.ZodNumber>;
            endPage: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strip>;
    }, z.core.$strip>>;
    appendices: z.ZodDefault<z.ZodArray<z.ZodObject<{
        title: z.ZodString;
        lines: z.ZodArray<z.ZodString>;
        span: z.ZodObject<{
            startLine: z.ZodNumber;
            endLine: z.ZodNumber;
            startPage: z.ZodOptional<z.ZodNumber>;
            endPage: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strip>;
    }, z.core.$strip>>>;
    diagnostics: z.ZodArray<z.ZodObject<{
        severity: z.ZodEnum<{
            error: "error";
            warning: "warning";
            info: "info";
        }>;
        code: z.ZodEnum<{
            "lex-error": "lex-error";
            "parse-error": "parse-error";
            "unplaced-text": "unplaced-text";
            "stray-text": "stray-text";
            "unplaced-header-text": "unplaced-header-text";
            "unplaced-footer-text": "unplaced-footer-text";
            "unplaced-responsibility": "unplaced-responsibility";
            "stray-table-row": "stray-table-row";
            "second-task-table": "second-task-table";
            "empty-table-part": "empty-table-part";
            "second-table-header": "second-table-header";
            "suspect-agency": "suspect-agency";
            "repeated-agency": "repeated-agency";
            "unmatched-table-row": "unmatched-table-row";
            "misnamed-file": "misnamed-file";
            "undecodable-bytes": "undecodable-bytes";
            "mixed-encoding": "mixed-encoding";
        }>;
        message: z.ZodString;
        line: z.ZodNumber;
        column: z.ZodNumber;
    }, z.core.$strip>>;
    outside: z.ZodArray<z.ZodObject<{
        text: z.ZodString;
        span: z.ZodObject<{
            startLine: z.ZodNumber;
            endLine: z.ZodNumber;
            startPage: z.ZodOptional<z.ZodNumber>;
            endPage: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strip>;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type Span = z.infer<typeof Span>;
export type Severity = z.infer<typeof Severity>;
export type Diagnostic = z.infer<typeof Diagnostic>;
export type Agency = z.infer<typeof Agency>;
export type Responsibility = z.infer<typeof Responsibility>;
export type Deadline = z.infer<typeof Deadline>;
export type ResponsibilityForm = z.infer<typeof ResponsibilityForm>;
export type MarkerKind = z.infer<typeof MarkerKind>;
export type Target = z.infer<typeof Target>;
export type Meta = z.infer<typeof Meta>;
export type Task = z.infer<typeof Task>;
export type TableRow = z.infer<typeof TableRow>;
export type TaskTable = z.infer<typeof TaskTable>;
export type Source = z.infer<typeof Source>;
export type OutsideText = z.infer<typeof OutsideText>;
export type Appendix = z.infer<typeof Appendix>;
export type PlanDocument = z.infer<typeof PlanDocument>;
/** The JSON Schema of the model, generated from the zod schema. */
export declare function planJsonSchema(): unknown;
/** A plan model read from JSON: the model, or what keeps it from being one (`message at path`, the first first). */
export declare function checkModel(json: unknown): {
    doc: PlanDocument;
    problems: [];
} | {
    doc: null;
    problems: string[];
};
