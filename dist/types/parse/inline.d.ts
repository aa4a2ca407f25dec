/**
 * Reads the inline content of one block (a paragraph's lines, a heading, a table cell) into exactly the
 * phrasing nodes remark-parse with remark-gfm builds, positions included, or declines (returns undefined).
 * Read: text over several lines, `[label](url)` links, `![alt](url)` images, code spans, backslash escapes,
 * hard breaks, inline HTML tags and comments, and `*`/`_` emphasis whose runs pair off in order. Declined:
 * character references, GFM autolink literals and strikethrough, footnote calls, `<…>` autolinks, destinations
 * with spaces, parentheses, angle brackets, escapes or titles, and emphasis that would need CommonMark's full
 * delimiter algorithm. Callers use it only on documents without definitions (no bracket can be a reference).
 */
import type { PhrasingContent } from 'mdast';
/** One line of the content: `start`–`end` in the source (container prefix and indentation left out). */
export interface ContentLine {
    /** 1-based line number. */
    line: number;
    /** Offset of the line's first character (column 1). */
    lineStart: number;
    start: number;
    /** Where the line's text ends: its line ending, or for the last line the content's end. */
    end: number;
}
/**
 * The phrasing content of `lines` as remark reads it, or undefined. In a table cell (`inTable`), `\|` in a code
 * span is a pipe, as GFM has it.
 */
export declare function readInline(source: string, lines: readonly ContentLine[], inTable?: boolean): PhrasingContent[] | undefined;
