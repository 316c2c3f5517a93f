/** What every reader gives line repair: the input's lines, with where each came from. */
export interface SourceLine {
    text: string;
    /** 1-based line and column in the input. */
    line: number;
    column: number;
    /** A Markdown heading: its depth says nothing of the level, but it is a line of its own. */
    heading: boolean;
    /** A whole paragraph by the format's own structure (an HTML <p>, a Word paragraph): joined to the next only to mend a split title. */
    complete?: boolean;
    /** Outside the notice by the reader's judgement (a web page's navigation, footer, share widgets): recorded, never parsed. */
    outside?: boolean;
    /** The page the line is printed on, for a paged format (PDF, OFD). */
    page?: number;
}
