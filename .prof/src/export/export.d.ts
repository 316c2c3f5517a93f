import type { PlanDocument } from '../model/schema.js';
import { renderPlanHtml } from './html.js';
export interface ExportOptions {
    /** csv: start with a UTF-8 byte-order mark, so that Excel on Chinese Windows reads UTF-8. */
    bom?: boolean;
}
export declare const EXPORT_FORMATS: {
    xlsx: {
        binary: true;
        extensions: string[];
        plans: "many";
        render: (docs: {
            schemaVersion: "1.5.0";
            source: {
                path: string;
                sha256: string;
                format: "markdown" | "text" | "html" | "docx" | "doc" | "odt" | "pdf" | "ofd";
                encoding: "utf-8" | "utf-16le" | "binary" | "utf-8-bom" | "utf-16be" | "gb18030" | "big5" | "shift_jis" | "euc-jp" | "euc-kr" | "mixed";
            };
            meta: {
                docNumber: string | null;
                docNumberRaw: string | null;
                banner: string | null;
                issuer: string | null;
                noticeTitle: string | null;
                planTitle: string | null;
                addressees: string[];
                cover: string;
                signedDate: string | null;
                publicity: string | null;
                cc: string[];
                related: string[];
                printedBy: string | null;
                printedDate: string | null;
                web: Record<string, string>;
                issuers: string[];
                signatories: string[];
                attachment: string | null;
                headline: string | null;
            };
            preamble: string;
            targets: {
                year: number | null;
                metric: string;
                comparator: string;
                value: number;
                unit: string;
                qualifier: string | null;
                text: string;
                nodeId: string | null;
                span: {
                    startLine: number;
                    endLine: number;
                    startPage?: number | undefined;
                    endPage?: number | undefined;
                };
            }[];
            sections: import("../model/schema.js").PlanNode[];
            tasks: {
                id: string;
                path: string[];
                title: string;
                responsibility: {
                    lead: {
                        name: string;
                        raw: string;
                        canonical: string;
                        suspect?: true | undefined;
                        generic?: true | undefined;
                    }[];
                    support: {
                        name: string;
                        raw: string;
                        canonical: string;
                        suspect?: true | undefined;
                        generic?: true | undefined;
                    }[];
                    responsible: {
                        name: string;
                        raw: string;
                        canonical: string;
                        suspect?: true | undefined;
                        generic?: true | undefined;
                    }[];
                    raw: string;
                    form: "line" | "heading" | "inline" | "item" | "table";
                    span: {
                        startLine: number;
                        endLine: number;
                        startPage?: number | undefined;
                        endPage?: number | undefined;
                    };
                } | null;
                inherited: boolean;
                from: string | null;
                leadFrom: string | null;
                deadline: {
                    raw: string;
                    kind: "date" | "period" | "recurring" | "ongoing";
                    by: string | null;
                    from: string | null;
                    to: string | null;
                    form: "line" | "heading" | "inline" | "table" | "lead";
                    span: {
                        startLine: number;
                        endLine: number;
                        startPage?: number | undefined;
                        endPage?: number | undefined;
                    };
                } | null;
                deadlineFrom: string | null;
            }[];
            taskTable: {
                title: string;
                columns: string[];
                rows: {
                    part: string;
                    group: string;
                    point: string;
                    lead: string;
                    support: string;
                    cells: string[];
                    matchedId: string | null;
                    span: {
                        startLine: number;
                        endLine: number;
                        startPage?: number | undefined;
                        endPage?: number | undefined;
                    };
                }[];
                span: {
                    startLine: number;
                    endLine: number;
                    startPage?: number | undefined;
                    endPage?: number | undefined;
                };
            } | null;
            appendices: {
                title: string;
                lines: string[];
                span: {
                    startLine: number;
                    endLine: number;
                    startPage?: number | undefined;
                    endPage?: number | undefined;
                };
            }[];
            diagnostics: {
                severity: "error" | "warning" | "info";
                code: "lex-error" | "parse-error" | "unplaced-text" | "stray-text" | "unplaced-header-text" | "unplaced-footer-text" | "unplaced-responsibility" | "stray-table-row" | "second-task-table" | "empty-table-part" | "second-table-header" | "suspect-agency" | "repeated-agency" | "unmatched-table-row" | "misnamed-file" | "undecodable-bytes" | "mixed-encoding";
                message: string;
                line: number;
                column: number;
            }[];
            outside: {
                text: string;
                span: {
                    startLine: number;
                    endLine: number;
                    startPage?: number | undefined;
                    endPage?: number | undefined;
                };
            }[];
        }[]) => Promise<Uint8Array<ArrayBufferLike>>;
    };
    csv: {
        binary: false;
        extensions: string[];
        plans: "many";
        render: (docs: {
            schemaVersion: "1.5.0";
            source: {
                path: string;
                sha256: string;
                format: "markdown" | "text" | "html" | "docx" | "doc" | "odt" | "pdf" | "ofd";
                encoding: "utf-8" | "utf-16le" | "binary" | "utf-8-bom" | "utf-16be" | "gb18030" | "big5" | "shift_jis" | "euc-jp" | "euc-kr" | "mixed";
            };
            meta: {
                docNumber: string | null;
                docNumberRaw: string | null;
                banner: string | null;
                issuer: string | null;
                noticeTitle: string | null;
                planTitle: string | null;
                addressees: string[];
                cover: string;
                signedDate: string | null;
                publicity: string | null;
                cc: string[];
                related: string[];
                printedBy: string | null;
                printedDate: string | null;
                web: Record<string, string>;
                issuers: string[];
                signatories: string[];
                attachment: string | null;
                headline: string | null;
            };
            preamble: string;
            targets: {
                year: number | null;
                metric: string;
                comparator: string;
                value: number;
                unit: string;
                qualifier: string | null;
                text: string;
                nodeId: string | null;
                span: {
                    startLine: number;
                    endLine: number;
                    startPage?: number | undefined;
                    endPage?: number | undefined;
                };
            }[];
            sections: import("../model/schema.js").PlanNode[];
            tasks: {
                id: string;
                path: string[];
                title: string;
                responsibility: {
                    lead: {
                        name: string;
                        raw: string;
                        canonical: string;
                        suspect?: true | undefined;
                        generic?: true | undefined;
                    }[];
                    support: {
                        name: string;
                        raw: string;
                        canonical: string;
                        suspect?: true | undefined;
                        generic?: true | undefined;
                    }[];
                    responsible: {
                        name: string;
                        raw: string;
                        canonical: string;
                        suspect?: true | undefined;
                        generic?: true | undefined;
                    }[];
                    raw: string;
                    form: "line" | "heading" | "inline" | "item" | "table";
                    span: {
                        startLine: number;
                        endLine: number;
                        startPage?: number | undefined;
                        endPage?: number | undefined;
                    };
                } | null;
                inherited: boolean;
                from: string | null;
                leadFrom: string | null;
                deadline: {
                    raw: string;
                    kind: "date" | "period" | "recurring" | "ongoing";
                    by: string | null;
                    from: string | null;
                    to: string | null;
                    form: "line" | "heading" | "inline" | "table" | "lead";
                    span: {
                        startLine: number;
                        endLine: number;
                        startPage?: number | undefined;
                        endPage?: number | undefined;
                    };
                } | null;
                deadlineFrom: string | null;
            }[];
            taskTable: {
                title: string;
                columns: string[];
                rows: {
                    part: string;
                    group: string;
                    point: string;
                    lead: string;
                    support: string;
                    cells: string[];
                    matchedId: string | null;
                    span: {
                        startLine: number;
                        endLine: number;
                        startPage?: number | undefined;
                        endPage?: number | undefined;
                    };
                }[];
                span: {
                    startLine: number;
                    endLine: number;
                    startPage?: number | undefined;
                    endPage?: number | undefined;
                };
            } | null;
            appendices: {
                title: string;
                lines: string[];
                span: {
                    startLine: number;
                    endLine: number;
                    startPage?: number | undefined;
                    endPage?: number | undefined;
                };
            }[];
            diagnostics: {
                severity: "error" | "warning" | "info";
                code: "lex-error" | "parse-error" | "unplaced-text" | "stray-text" | "unplaced-header-text" | "unplaced-footer-text" | "unplaced-responsibility" | "stray-table-row" | "second-task-table" | "empty-table-part" | "second-table-header" | "suspect-agency" | "repeated-agency" | "unmatched-table-row" | "misnamed-file" | "undecodable-bytes" | "mixed-encoding";
                message: string;
                line: number;
                column: number;
            }[];
            outside: {
                text: string;
                span: {
                    startLine: number;
                    endLine: number;
                    startPage?: number | undefined;
                    endPage?: number | undefined;
                };
            }[];
        }[], options: ExportOptions) => string;
    };
    md: {
        binary: false;
        extensions: string[];
        plans: "one";
        render: (docs: {
            schemaVersion: "1.5.0";
            source: {
                path: string;
                sha256: string;
                format: "markdown" | "text" | "html" | "docx" | "doc" | "odt" | "pdf" | "ofd";
                encoding: "utf-8" | "utf-16le" | "binary" | "utf-8-bom" | "utf-16be" | "gb18030" | "big5" | "shift_jis" | "euc-jp" | "euc-kr" | "mixed";
            };
            meta: {
                docNumber: string | null;
                docNumberRaw: string | null;
                banner: string | null;
                issuer: string | null;
                noticeTitle: string | null;
                planTitle: string | null;
                addressees: string[];
                cover: string;
                signedDate: string | null;
                publicity: string | null;
                cc: string[];
                related: string[];
                printedBy: string | null;
                printedDate: string | null;
                web: Record<string, string>;
                issuers: string[];
                signatories: string[];
                attachment: string | null;
                headline: string | null;
            };
            preamble: string;
            targets: {
                year: number | null;
                metric: string;
                comparator: string;
                value: number;
                unit: string;
                qualifier: string | null;
                text: string;
                nodeId: string | null;
                span: {
                    startLine: number;
                    endLine: number;
                    startPage?: number | undefined;
                    endPage?: number | undefined;
                };
            }[];
            sections: import("../model/schema.js").PlanNode[];
            tasks: {
                id: string;
                path: string[];
                title: string;
                responsibility: {
                    lead: {
                        name: string;
                        raw: string;
                        canonical: string;
                        suspect?: true | undefined;
                        generic?: true | undefined;
                    }[];
                    support: {
                        name: string;
                        raw: string;
                        canonical: string;
                        suspect?: true | undefined;
                        generic?: true | undefined;
                    }[];
                    responsible: {
                        name: string;
                        raw: string;
                        canonical: string;
                        suspect?: true | undefined;
                        generic?: true | undefined;
                    }[];
                    raw: string;
                    form: "line" | "heading" | "inline" | "item" | "table";
                    span: {
                        startLine: number;
                        endLine: number;
                        startPage?: number | undefined;
                        endPage?: number | undefined;
                    };
                } | null;
                inherited: boolean;
                from: string | null;
                leadFrom: string | null;
                deadline: {
                    raw: string;
                    kind: "date" | "period" | "recurring" | "ongoing";
                    by: string | null;
                    from: string | null;
                    to: string | null;
                    form: "line" | "heading" | "inline" | "table" | "lead";
                    span: {
                        startLine: number;
                        endLine: number;
                        startPage?: number | undefined;
                        endPage?: number | undefined;
                    };
                } | null;
                deadlineFrom: string | null;
            }[];
            taskTable: {
                title: string;
                columns: string[];
                rows: {
                    part: string;
                    group: string;
                    point: string;
                    lead: string;
                    support: string;
                    cells: string[];
                    matchedId: string | null;
                    span: {
                        startLine: number;
                        endLine: number;
                        startPage?: number | undefined;
                        endPage?: number | undefined;
                    };
                }[];
                span: {
                    startLine: number;
                    endLine: number;
                    startPage?: number | undefined;
                    endPage?: number | undefined;
                };
            } | null;
            appendices: {
                title: string;
                lines: string[];
                span: {
                    startLine: number;
                    endLine: number;
                    startPage?: number | undefined;
                    endPage?: number | undefined;
                };
            }[];
            diagnostics: {
                severity: "error" | "warning" | "info";
                code: "lex-error" | "parse-error" | "unplaced-text" | "stray-text" | "unplaced-header-text" | "unplaced-footer-text" | "unplaced-responsibility" | "stray-table-row" | "second-task-table" | "empty-table-part" | "second-table-header" | "suspect-agency" | "repeated-agency" | "unmatched-table-row" | "misnamed-file" | "undecodable-bytes" | "mixed-encoding";
                message: string;
                line: number;
                column: number;
            }[];
            outside: {
                text: string;
                span: {
                    startLine: number;
                    endLine: number;
                    startPage?: number | undefined;
                    endPage?: number | undefined;
                };
            }[];
        }[]) => string;
    };
    html: {
        binary: false;
        extensions: string[];
        plans: "many";
        render: typeof renderPlanHtml;
    };
    json: {
        binary: false;
        extensions: string[];
        plans: "many";
        render: (docs: {
            schemaVersion: "1.5.0";
            source: {
                path: string;
                sha256: string;
                format: "markdown" | "text" | "html" | "docx" | "doc" | "odt" | "pdf" | "ofd";
                encoding: "utf-8" | "utf-16le" | "binary" | "utf-8-bom" | "utf-16be" | "gb18030" | "big5" | "shift_jis" | "euc-jp" | "euc-kr" | "mixed";
            };
            meta: {
                docNumber: string | null;
                docNumberRaw: string | null;
                banner: string | null;
                issuer: string | null;
                noticeTitle: string | null;
                planTitle: string | null;
                addressees: string[];
                cover: string;
                signedDate: string | null;
                publicity: string | null;
                cc: string[];
                related: string[];
                printedBy: string | null;
                printedDate: string | null;
                web: Record<string, string>;
                issuers: string[];
                signatories: string[];
                attachment: string | null;
                headline: string | null;
            };
            preamble: string;
            targets: {
                year: number | null;
                metric: string;
                comparator: string;
                value: number;
                unit: string;
                qualifier: string | null;
                text: string;
                nodeId: string | null;
                span: {
                    startLine: number;
                    endLine: number;
                    startPage?: number | undefined;
                    endPage?: number | undefined;
                };
            }[];
            sections: import("../model/schema.js").PlanNode[];
            tasks: {
                id: string;
                path: string[];
                title: string;
                responsibility: {
                    lead: {
                        name: string;
                        raw: string;
                        canonical: string;
                        suspect?: true | undefined;
                        generic?: true | undefined;
                    }[];
                    support: {
                        name: string;
                        raw: string;
                        canonical: string;
                        suspect?: true | undefined;
                        generic?: true | undefined;
                    }[];
                    responsible: {
                        name: string;
                        raw: string;
                        canonical: string;
                        suspect?: true | undefined;
                        generic?: true | undefined;
                    }[];
                    raw: string;
                    form: "line" | "heading" | "inline" | "item" | "table";
                    span: {
                        startLine: number;
                        endLine: number;
                        startPage?: number | undefined;
                        endPage?: number | undefined;
                    };
                } | null;
                inherited: boolean;
                from: string | null;
                leadFrom: string | null;
                deadline: {
                    raw: string;
                    kind: "date" | "period" | "recurring" | "ongoing";
                    by: string | null;
                    from: string | null;
                    to: string | null;
                    form: "line" | "heading" | "inline" | "table" | "lead";
                    span: {
                        startLine: number;
                        endLine: number;
                        startPage?: number | undefined;
                        endPage?: number | undefined;
                    };
                } | null;
                deadlineFrom: string | null;
            }[];
            taskTable: {
                title: string;
                columns: string[];
                rows: {
                    part: string;
                    group: string;
                    point: string;
                    lead: string;
                    support: string;
                    cells: string[];
                    matchedId: string | null;
                    span: {
                        startLine: number;
                        endLine: number;
                        startPage?: number | undefined;
                        endPage?: number | undefined;
                    };
                }[];
                span: {
                    startLine: number;
                    endLine: number;
                    startPage?: number | undefined;
                    endPage?: number | undefined;
                };
            } | null;
            appendices: {
                title: string;
                lines: string[];
                span: {
                    startLine: number;
                    endLine: number;
                    startPage?: number | undefined;
                    endPage?: number | undefined;
                };
            }[];
            diagnostics: {
                severity: "error" | "warning" | "info";
                code: "lex-error" | "parse-error" | "unplaced-text" | "stray-text" | "unplaced-header-text" | "unplaced-footer-text" | "unplaced-responsibility" | "stray-table-row" | "second-task-table" | "empty-table-part" | "second-table-header" | "suspect-agency" | "repeated-agency" | "unmatched-table-row" | "misnamed-file" | "undecodable-bytes" | "mixed-encoding";
                message: string;
                line: number;
                column: number;
            }[];
            outside: {
                text: string;
                span: {
                    startLine: number;
                    endLine: number;
                    startPage?: number | undefined;
                    endPage?: number | undefined;
                };
            }[];
        }[]) => string;
    };
};
export type ExportFormat = keyof typeof EXPORT_FORMATS;
export declare const EXPORT_FORMAT_NAMES: ExportFormat[];
/** What a format gives: bytes for a workbook, text for every other. */
export type ExportOutput<F extends ExportFormat> = (typeof EXPORT_FORMATS)[F]['binary'] extends true ? Uint8Array : string;
/** The format a file's extension names (tasks.csv: csv), or null. */
export declare function exportFormatOf(path: string): ExportFormat | null;
/** Renders plans; xlsx gives bytes, every other format text. Markdown renders exactly one plan. */
export declare function exportPlan<F extends ExportFormat>(docs: PlanDocument[], format: F, options?: ExportOptions): Promise<ExportOutput<F>>;
