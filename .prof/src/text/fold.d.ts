/** The folded form of `text`: the same length, offsets unchanged. Text that folds to itself is returned as it is. */
export declare function fold(text: string): string;
