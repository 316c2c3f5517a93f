/** 一 -> 1, 十二 -> 12, 二十一 -> 21; Arabic digits as they are. */
export declare function parseOrdinal(numeral: string): number;
/** Splits on any of `separators` outside brackets: 各县（市、区）人民政府 stays whole. */
export declare function splitOutsideBrackets(text: string, separators: string): string[];
/** 二〇二二 -> 2022, digit by digit; 一二 (its 〇 lost) -> 2012. */
export declare function yearOf(numeral: string): string;
/** 2022年6月27日, 二〇二二年六月二十七日, 2022-6-27 -> 2022-06-27 (not checked for being a real date: see isRealDate). */
export declare function isoDate(text: string): string | null;
export declare function isRealDate(iso: string): boolean;
/** The text without the punctuation and spaces that end it; read from the end, so a run of 。 inside costs nothing. */
export declare function stripEndPunctuation(text: string): string;
/** The number of characters as a reader counts them (code points). */
export declare function length(text: string): number;
/** `（一）着力统筹推进。区政府把…` -> title 着力统筹推进, text 区政府把…; `启动阶段：2021年…` likewise. */
export declare function splitHeading(rest: string): {
    title: string;
    text: string;
};
/** Code-point order: the same on every machine, unlike locale collation. */
export declare function compareText(a: string, b: string): number;
/** Appends every item: `push(...items)` passes them as arguments, and a list of 100,000 names overflows the stack. */
export declare function appendAll<T>(target: T[], items: Iterable<T>): T[];
