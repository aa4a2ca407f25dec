/**
 * The tree of a whole list, read faster than remark alone reads it and equal to parseMarkdown's, positions
 * included. The document is cut before each line that starts a new top-level block whatever came before it:
 * an ATX heading at column 1, or a line at column 1 after a blank line that is no list item (it cannot continue
 * a list, a paragraph or a table), outside fenced code. Pieces of the shapes readBlocks knows are read by it,
 * everything else by remark, and the pieces are joined with their positions moved back. Definitions (`[a]: …`,
 * `[^1]: …`) are read by remark in their pieces; the readers are told what they define, and remark reads them
 * again before every other piece it reads, for its brackets to refer to.
 */
import type { Root } from 'mdast';
/** Where the pieces of `source` start: 0 and each line that starts a top-level block outside a fenced block. */
export declare function blockStarts(source: string): number[];
/** Lines longer than this are refused: no list has one, and a hostile one could make millions of nodes. */
export declare const MAX_LINE_LENGTH = 10000000;
/** The first line longer than MAX_LINE_LENGTH: its number and length, or undefined. */
export declare function overlongLine(source: string): {
    line: number;
    length: number;
} | undefined;
export declare function parseDocument(source: string): Root;
