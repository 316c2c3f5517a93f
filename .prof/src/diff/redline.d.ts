import type { RedlinePart } from './types.js';
export declare function charDiff(a: string, b: string): RedlinePart[];
/**
 * A redline of two paragraphs: sentence by sentence, and character by
 * character only inside a sentence that was reworded, so that a rewritten
 * paragraph does not dissolve into scattered characters.
 */
export declare function textDiff(a: string, b: string): RedlinePart[];
