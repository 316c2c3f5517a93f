import { Lexer, type TokenType } from 'chevrotain';
/** A whole line with a role in the header (文号, 标题, 日期 …); in the body it is text. */
export declare const HeaderLine: TokenType;
/** A marker of the body's hierarchy. */
export declare const Marker: TokenType;
/** A keyword that opens a list in the footer (抄送, 相关单位). */
export declare const FooterKey: TokenType;
export declare const Newline: TokenType;
/** `• 备注/文号:漳政综〔2022〕37号`, a web page's metadata block */
export declare const WebMetaLine: TokenType;
/** `厦海政办〔2022〕17号` */
export declare const DocNumberLine: TokenType;
/** `厦门市海沧区人民政府办公室关于印发…的通知` */
export declare const NoticeTitleLine: TokenType;
/** `2022年6月27日` */
export declare const DateLine: TokenType;
/** `广州市南沙区人民政府 2022年12月9日` */
export declare const SignatureLine: TokenType;
/** `（此件主动公开）`, `公开方式: 主动公开` */
export declare const PublicityLine: TokenType;
/** `2022年6月27日印发`, `威海市环翠区人民政府办公室 2022年7月20日印发` */
export declare const PrintedLine: TokenType;
/** `南沙区全民科学素质行动规划纲要实施方案(2022-2025年)任务分工表` */
export declare const TaskTableTitle: TokenType;
/** `附件：1.广州市家庭医生签约服务质量监测指标体系`, `附件1广州市…指标体系（2023年版）`: an appended document's label, a header line in the cover letter */
export declare const AttachmentLine: TokenType;
/** `\t1.将弘扬科学精神贯穿于育人全链条。\t区教育局\t区科协`: a row of a tab-separated table */
export declare const TableRow: TokenType;
/** `责任单位：` `牵头部门：` */
export declare const ResponsibilityKey: TokenType;
/** `抄送：` */
export declare const CcKey: TokenType;
/** `相关单位：` */
export declare const RelatedKey: TokenType;
/** `第一章` */
export declare const PartMarker: TokenType;
/** `第一条` */
export declare const ArticleMarker: TokenType;
/** `一、` */
export declare const ChapterMarker: TokenType;
/** `（一）` `(一)` */
export declare const SectionMarker: TokenType;
/** `1.` `1．` `1、` */
export declare const ItemMarker: TokenType;
/** `（1）` */
export declare const SubItemMarker: TokenType;
/** `①` */
export declare const CircledMarker: TokenType;
/** `——` */
export declare const DashMarker: TokenType;
/** the rest of a line */
export declare const Text: TokenType;
export declare const allTokens: TokenType[];
export declare const noticeLexer: Lexer;
