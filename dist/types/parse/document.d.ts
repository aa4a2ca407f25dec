/**
 * The tree of a whole list, read faster than remark alone reads it and equal to parseMarkdown's, positions
 * included. The document is cut before each line that opens an ATX heading at column 1; sections of the
 * simple shape (a heading over a tight list of one-line entries: most of a large list) are read by
 * readSimpleSection, everything else by remark, and the pieces are joined with their positions moved back.
 */
import type { Root } from 'mdast';
export declare function parseDocument(source: string): Root;
