/** Positions in the source text: mdast gives nodes theirs; offsets found inside text need line and column. */
import type { Node } from 'unist';
import type { Point, Span } from '../types.js';
export interface Locator {
    source: string;
    /** Line, column and offset of a 0-based offset. */
    pointAt(offset: number): Point;
    spanOf(start: number, end: number): Span;
}
/**
 * Indexes line starts once (O(n)) so that each lookup is a binary search. A line ends at `\r\n`, `\n` or a
 * lone `\r`, as in CommonMark and remark, so that positions found in text agree with the tree's.
 */
export declare function createLocator(source: string): Locator;
/**
 * The node's span as mdast gives it: its own position when that has offsets (nothing changes a position in
 * place, so the entry model shares it with the tree instead of holding a copy).
 */
export declare function nodeSpan(node: Node): Span;
export declare function startOffset(node: Node): number;
export declare function endOffset(node: Node): number;
