/** 2022年6月27日, 二〇二二年六月二十七日; spaces allowed between the parts (three groups: year, month, day) */
export declare const DATE_FRAGMENT: string;
/** A sentence ends in a line: a title or a table title never holds one. */
export declare const SENTENCE_PUNCTUATION: RegExp;
/** `第一章` `第二编`: a part of a regulation or a long plan, above 一、 */
export declare const PART: RegExp;
/** `第一条`: an article of a regulation (办法, 细则, 规定) */
export declare const ARTICLE: RegExp;
/** `一、` `十二、` (also `一.` and `一．` in careless exports) */
export declare const CHAPTER: RegExp;
/** `（一）` `(一)` `（ 一 ）` */
export declare const SECTION: RegExp;
/** `1.` `1．` `1、` `1. ` `⒈`, also `3．2020年底前…`; not `2.5元` or `2022年` */
export declare const ITEM: RegExp;
/** `（1）` `(1)` `⑴` */
export declare const SUBITEM: RegExp;
/** `①` … `⑳` */
export declare const CIRCLED: RegExp;
/** `——` dash bullets; `一一` is how PDF extraction renders them. */
export declare const DASH: RegExp;
export declare const DECIMAL_1: RegExp;
export declare const DECIMAL_2: RegExp;
export declare const DECIMAL_3: RegExp;
/** The markers, outermost first. */
export declare const MARKERS: readonly RegExp[];
/** 责任单位： 牵头部门： …, the keyword that opens a responsibility line. */
export declare const RESPONSIBILITY: RegExp;
/** A whole line that is a document number: 厦海政办〔2022〕17号, 穗南府[2022]7号; in brackets below the title as legal databases print it: （甬政办发〔2007〕153号）. */
export declare const DOC_NUMBER: RegExp;
/** The same, anywhere in a line (for metadata blocks). */
export declare const DOC_NUMBER_ANYWHERE: RegExp;
/** 2022年6月27日, alone on its line. */
export declare const DATE_LINE: RegExp;
/** An organisation name followed by a date: a signature on one line. */
export declare const SIGNATURE_WITH_DATE: RegExp;
/** …2022年6月27日印发 */
export declare const PRINTED: RegExp;
/** 抄送： */
export declare const CC: RegExp;
/** 相关单位： */
export declare const RELATED: RegExp;
/** （此件主动公开） (此件公开发布) 公开方式：主动公开 */
export declare const PUBLICITY: RegExp;
/**
 * 关于印发…的通知, X印发《…》, X关于…的（实施|指导|若干）意见 / 决定 / 通知:
 * the title of the notice. Read from both ends of the line, never by
 * backtracking through it (a line of 87,000 关于印发 took 11 s as one pattern).
 */
export declare function isNoticeTitle(text: string): boolean;
/** Where the issuer's name ends in a notice title: 国务院办公厅|关于印发… */
export declare const NOTICE_TITLE_ISSUER_END: RegExp;
/** `附件：1.…`, `附件1 …指标体系`, `附件2：`: a line that labels or lists the documents appended to the notice */
export declare const ATTACHMENT_LINE: RegExp;
/** …任务分工表 */
export declare const TASK_TABLE_TITLE: RegExp;
/** 一、 （一） 1. (not 2.5) opening an element after a sentence */
export declare const RUN_IN_MARKER: RegExp;
/** （一） right after a chapter heading that ends no sentence, or after an attribution: 一、持续提升投资建设便利度（一）优化…, …（财政部负责）（二）… */
export declare const RUN_IN_SECTION: RegExp;
export declare const BARE_CHAPTER_HEADING: RegExp;
/** 国务院办公厅2020年7月15日: a signature and date after the cover letter's last sentence */
export declare const RUN_IN_SIGNATURE: RegExp;
/** the 文号 after a title: …的实施意见国办发〔2020〕24号 */
/** a date at the end of a piece: a signature's date, after which a new element starts */
export declare const ENDS_WITH_DATE: RegExp;
export declare const RUN_IN_DOC_NUMBER: RegExp;
/** the kinds of document a notice title ends with */
export declare const TITLE_WORD: RegExp;
/** The end of a plan's own title: 实施方案, 规划纲要（2021—2025年） */
export declare const PLAN_TITLE_END: RegExp;
/** Everything that opens a new element at the start of a line. */
export declare const LINE_START_ELEMENTS: readonly RegExp[];
/** CJK ideographs, CJK punctuation and full-width forms. */
export declare const CJK = "\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff00-\\uffef\\u2014\\u2018-\\u201d\\u2026\\u2460-\\u2473";
/** Words as a regular-expression alternation, longest first, so that 力争达到 is tried before 达到. */
export declare const alternation: (words: string[]) => string;
/** The endings of a body that issues notices (data/agencies.json): 人民政府, 办公厅, 局 … */
export declare const ISSUER_SUFFIX: string;
/** The endings of any organisation's name (data/agencies.json): 局, 中心, 部门 … */
export declare const AGENCY_SUFFIX: string;
/** The keys of a web page's metadata block, as a regular-expression alternation. */
export declare const METADATA_KEYS: string;
/** `索引号:` `备注/文号:` …, a line of a web page's metadata block. */
export declare const METADATA_KEY: RegExp;
/** `发文字号 青政发〔2022〕6号`: the spaces between a key and its value where the colon was lost. */
export declare const METADATA_COLON_LOST: RegExp;
export declare function isMetadataLine(text: string): boolean;
