/**
 * A reader for the commonest shape of a list's section: an ATX heading over tight lists (bulleted or
 * numbered) of one-line entries and one-line paragraphs, made of text, `[label](url)` links, `![alt](url)`
 * images, `code` spans, `*`/`**` emphasis that pairs off in order and `_…_` around a whole line. It builds
 * exactly the mdast that remark-parse with remark-gfm builds, positions included, in a small fraction of
 * micromark's time, and declines (returns undefined) anything else: HTML, escapes, character references,
 * literal autolinks, nesting, tables, multi-line paragraphs, loose lists. Callers only use it on documents
 * without link reference or footnote definitions (so that no bracket can be a reference) and without
 * carriage returns.
 */
import type { RootContent } from 'mdast';
/**
 * Reads the section `start`–`end` (whole lines, `start` on line `line`) if it has the simple shape, or returns
 * undefined. The section may begin with an ATX heading; every other line is blank or a list item.
 */
export declare function readSimpleSection(source: string, start: number, end: number, line: number): RootContent[] | undefined;
