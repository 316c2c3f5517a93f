/** Numbers for bigrams, shared by the profiles that are compared with each other. */
export type BigramCodes = Map<string, number>;
/**
 * A text's bigrams as sorted codes, repeats kept (a one-character text is its
 * character): profiles are compared by merging, without building maps.
 */
export declare function bigramProfile(text: string, codes: BigramCodes): Int32Array;
/** Dice's coefficient of two profiles: 0 (nothing shared) to 1 (the same bigrams; two empty texts are alike). */
export declare function dice(x: Int32Array, y: Int32Array): number;
/** 0 (nothing shared) to 1 (the same text, punctuation and spaces aside). */
export declare function similarity(a: string, b: string): number;
