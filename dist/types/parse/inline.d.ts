/**
 * Reads the inline content of one block (a paragraph's lines, a heading, a table cell) into exactly the
 * phrasing nodes remark-parse with remark-gfm builds, positions included, or declines (returns undefined).
 * Read: text over several lines, `[label](url "title")` links, `![alt](url)` images, code spans, backslash
 * escapes, hard breaks, inline HTML tags and comments, GFM autolink literals, `*`/`_` emphasis paired as
 * micromark pairs it, a lone `~`, and footnote calls to the footnotes the document defines. Declined: character
 * references, GFM strikethrough (two `~` or more), `<…>` autolinks, destinations in angle brackets or with
 * escapes, emphasis nested over 32 deep or too costly to pair, and a bracket without a resource when the document
 * defines links (it may be a reference).
 */
import type { PhrasingContent } from 'mdast';
/** One line of the content: `start`–`end` in the source (container prefix and indentation left out). */
export interface ContentLine {
    /** 1-based line number. */
    line: number;
    /** Offset of the line's first character (column 1). */
    lineStart: number;
    /** Where its container prefix (`> `, a list item's indentation) ends: its content and indentation start; -1 inside a tab. */
    prefixEnd: number;
    start: number;
    /** Where the line's text ends: its line ending, or for the last line the content's end. */
    end: number;
}
/** What the document defines, which brackets may refer to. */
export interface References {
    /** Identifiers of its footnote definitions (`[^1]: …`): `[^1]` is a call. */
    footnotes: ReadonlySet<string>;
    /**
     * Whether it has link reference definitions (`[a]: https://…`): any `[a]` not followed by a link's resource
     * may then be a link.
     */
    links: boolean;
}
/** Where the content is. */
export interface InlineContext {
    /** The document's definitions, if it has any. */
    references?: References;
    /** In a table cell, `\|` in a code span is a pipe, as GFM has it. */
    inTable?: boolean;
    /** Whitespace followed the content's last line (a paragraph's): micromark reads it, then drops it. */
    trailingWhitespace?: boolean;
}
/** The phrasing content of `lines` as remark reads it, or undefined. */
export declare function readInline(source: string, lines: readonly ContentLine[], context?: InlineContext): PhrasingContent[] | undefined;
