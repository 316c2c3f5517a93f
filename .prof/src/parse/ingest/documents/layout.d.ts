import type { Extracted } from './extracted.js';
/** A run of text placed on a page; y is its baseline, measured down from the page's top. */
export interface PlacedText {
    text: string;
    x: number;
    y: number;
    width: number;
    /** the font size, in the page's units */
    size: number;
}
export interface PlacedPage {
    width: number;
    height: number;
    items: PlacedText[];
}
export declare function layoutPages(pages: PlacedPage[]): Extracted;
