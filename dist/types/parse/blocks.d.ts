/**
 * A reader for the blocks of a list's text: ATX and setext headings, paragraphs over several lines, lists
 * (bulleted and numbered, nested, tight or loose, with lazy lines), block quotes, GFM tables, HTML blocks
 * (comments, block tags and lone tags), fenced code closed within the text read, and thematic breaks, with inline
 * content read by `readInline`. It builds exactly the mdast that remark-parse with remark-gfm builds, positions
 * included, at a small fraction of micromark's cost, and declines (returns undefined) anything else: indented
 * code, link reference or footnote definitions, task items, tabs in indentation, empty list items, and whatever
 * `readInline` declines. Callers use it only on
 * documents without definitions and without carriage returns, on whole lines that start a block at column 1.
 */
import type { RootContent } from 'mdast';
import { type References } from './inline.js';
/**
 * Reads `start`–`end` (whole lines, `start` on line `line`) or returns undefined when any of it is not a shape
 * this reader knows.
 */
export declare function readBlocks(source: string, start: number, end: number, line: number, references?: References): RootContent[] | undefined;
