/**
 * Real lists nest a few levels deep. Beyond this many container levels (list items, block quotes,
 * indentation) a line is read as plain text: micromark's cost grows steeply with depth and mdast
 * utilities recurse once per level, so a hostile 3,000-deep list would otherwise hang or overflow.
 */
export declare const MAX_NESTING = 16;
/**
 * Turns the container prefix of over-deep lines into text by replacing one character with a no-break
 * space. Lengths, offsets, lines and columns stay exactly as in the source.
 */
export declare function limitNesting(source: string): string;
