/** arXiv ids checked through the arXiv API (never arxiv.org itself), politely: one connection, batched, spaced. */
import type { ArxivFeed } from './atom.js';
import { type SpacedSessionOptions } from './registry-http.js';
import type { ArxivResult, ArxivSearchResult } from './types.js';
export interface ArxivLookupOptions extends SpacedSessionOptions {
    /** The query endpoint, `https://export.arxiv.org/api/query`. */
    api: string;
    /** Keep each paper's abstract in its record (`paperlint add` reads it; the cache must not hold it). */
    abstracts?: boolean;
}
export interface ArxivId {
    id: string;
    version?: number;
}
/** Result key of a reference: `2305.11700`, or `2305.11700v2` when a version is pinned. */
export declare function arxivKey(ref: ArxivId): string;
/**
 * The repository a paper gives as its code: a GitHub link in the comment, or one in the abstract that words such
 * as `code`, `available` or `released` introduce (an abstract may cite a tool it builds on).
 */
export declare function codeRepositoryOf(comment: string | undefined, abstract: string | undefined): string | undefined;
/** Whether an `arxiv:comment` says the paper was withdrawn or retracted. */
export declare function isWithdrawnComment(comment: string | undefined): boolean;
/**
 * Maps a feed onto the references asked for, by `<id>` only: feeds omit unknown ids and need not keep order.
 * `abstracts` keeps each paper's abstract in its record.
 */
export declare function matchFeed(refs: ArxivId[], feed: ArxivFeed, abstracts?: boolean): Map<string, ArxivResult>;
/**
 * The search query for a paper's exact title: `ti:"…"`, as a phrase. Quotes, brackets and other query syntax
 * become spaces; the API ignores case and punctuation inside a phrase anyway.
 */
export declare function arxivTitleQuery(title: string): string;
/**
 * Looks up arXiv ids (pinned versions as `idvN`) through the API: at most 100 ids a POST, one request at a
 * time, `interval` ms apart, 429/503 retried after Retry-After. Results are keyed by `arxivKey`.
 * `followUp`, given the results, names more ids to ask for in the same session, once (the version 1 of
 * renamed papers). `searchesFor`, given all results, names title search queries (`arxivTitleQuery`) to send
 * last, in the same session and spacing; their answers are keyed by query.
 */
export declare function lookupArxiv(ids: ArxivId[], options: ArxivLookupOptions, followUp?: (results: ReadonlyMap<string, ArxivResult>) => ArxivId[], searchesFor?: (results: ReadonlyMap<string, ArxivResult>) => string[]): Promise<{
    results: Map<string, ArxivResult>;
    searches: Map<string, ArxivSearchResult>;
    requests: number;
}>;
/**
 * The version-1 lookups that may explain a title mismatch: ids asked for without a version, whose latest
 * version is 2 or later and whose latest title some title the lists give (`titles`, by id) does not
 * compare 'same' with. Titles change between versions; a list may carry the first.
 */
export declare function firstVersionsWanted(titles: ReadonlyMap<string, readonly string[]>, results: ReadonlyMap<string, ArxivResult>): ArxivId[];
