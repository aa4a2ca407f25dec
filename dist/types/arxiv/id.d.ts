/** arXiv identifiers: where they hide in URLs and prose, and the grammar that decides whether one can exist. */
export interface ArxivIdGuess {
    /** Canonical form without version: `2305.11700`, `hep-th/9901001`. */
    id: string;
    version?: number;
}
export interface ArxivIdInText extends ArxivIdGuess {
    /** Offset of the match (from the `arXiv` prefix) in the searched text. */
    index: number;
    length: number;
}
/** Hosts that serve arXiv papers; mirrors and the old LANL names still resolve, but only by redirect. */
export type ArxivHostKind = 'canonical' | 'www' | 'export' | 'mirror' | 'other';
/** Classifies a host name; `undefined` when it is not arXiv's. */
export declare function arxivHostKind(host: string): ArxivHostKind | undefined;
/**
 * Whether a host is arXiv's (arxiv.org, its subdomains, mirrors, the old `xxx.lanl.gov`): one test for reading
 * ids from links, routing them to the arXiv API instead of fetching, and leaving them out of URL keys.
 */
export declare function isArxivHost(host: string): boolean;
export interface UrlParts {
    /** Scheme without the colon, lower-cased; `` when the URL has none. */
    scheme: string;
    host: string;
    path: string;
    /** Including the `?`, `` when absent. */
    query: string;
    /** Including the `#`, `` when absent. */
    fragment: string;
}
/** False for a URL that cannot be on an arXiv host (most links of a list): a test cheaper than `splitUrl`. */
export declare function mayBeArxivUrl(url: string): boolean;
/** Splits a URL leniently: malformed links must still be taken apart to be diagnosed. */
export declare function splitUrl(url: string): UrlParts | undefined;
/** Best-guess id of a decoded path on an arXiv host, malformed ones included. */
export declare function arxivIdFromPath(text: string): ArxivIdGuess | undefined;
/** An id as written with its version: `2305.11700`, or `2305.11700v2` when a version is pinned. */
export declare function versionedId(ref: {
    id: string;
    version?: number;
}): string;
/** Best-guess id of any URL on an arXiv host, malformed ones included; `undefined` when none can be guessed. */
export declare function arxivIdFromUrl(url: string): ArxivIdGuess | undefined;
/** Ids written in prose with an arXiv prefix (`arXiv:2305.11700`, `arxiv hep-th/9901001v2`). */
export declare function findArxivIdsInText(text: string): ArxivIdInText[];
/** Non-canonical spellings of an id that arXiv still resolves, by redirect. */
export type ArxivIdNote = 'number-digits' | 'upper-case' | 'subject-class';
export interface ValidArxivId {
    valid: true;
    /** Canonical form without version. */
    id: string;
    version?: number;
    style: 'new' | 'old';
    /** The month the id was issued in. */
    year: number;
    month: number;
    notes: ArxivIdNote[];
}
export interface InvalidArxivId {
    valid: false;
    /** Why no such id can exist, as a message fragment: `month 13 does not exist`. */
    reason: string;
}
export type ParsedArxivId = ValidArxivId | InvalidArxivId;
/** Months since year 0, so that months compare and subtract as numbers. */
export declare const monthIndex: (year: number, month: number) => number;
/** `2023-05`. */
export declare const yearMonth: (year: number, month: number) => string;
/**
 * The full id grammar: new style `YYMM.NNNN` (2007-04 to 2014-12) or `YYMM.NNNNN` (2015 on), old style
 * `archive[.SC]/YYMMNNN` (1991-08 to 2007-03), optional version `vN` (N ≥ 1), no month after `today`.
 */
export declare function parseArxivId(text: string, today: Date): ParsedArxivId;
