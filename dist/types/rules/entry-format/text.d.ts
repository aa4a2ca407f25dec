import type { Entry, PaperList } from '../../types.js';
/** A global pattern, and strings of which any match contains one: a text without them is not searched. */
export type Searched = readonly [RegExp, ...string[]];
/**
 * The matches of a pattern in `text` (its compiled pattern reused: `matchAll` clones it). Read by index, not
 * destructured: a rest array and an iterator per call, nine calls per entry.
 */
export declare function matchesIn(text: string, searched: Searched): RegExpExecArray[];
/** Where the entry's own text ends: its span's end, or the first nested entry's start, which reports for itself. */
export declare function ownEnd(list: PaperList, entry: Entry): number;
/**
 * The text with link destinations, bare URLs, inline code and HTML tags blanked out (same
 * length), so that spacing and bracket checks only see prose and link labels.
 */
export declare function maskText(text: string): string;
/**
 * The text from `start` to `end` with the words touching it, quoted: `'Systems,arxiv'`, `'Xu ,'`,
 * `'[code](…))'`. `wordAfter: false` leaves out the word after (a URL).
 */
export declare function quoteAround(text: string, start: number, end: number, wordAfter?: boolean): string;
/** Within a CJK note (`【短文，KG+RS】`), full-width punctuation and tight commas are the norm. */
export declare function isCjkContext(text: string, at: number): boolean;
