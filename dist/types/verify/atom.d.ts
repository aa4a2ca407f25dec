/** The arXiv API's Atom feed, read namespace-aware: both the post-2025 format and the older per-element one. */
/** One paper entry of a feed. */
export interface AtomEntry {
    /** Id without version, as the API spells it: `1605.08386`, `quant-ph/0201082`. */
    id: string;
    /** Version named by the entry's `<id>`; absent when the (old) feed omits it. */
    version?: number;
    /** Title as sent, markup and line breaks included. */
    title: string;
    published?: string;
    comment?: string;
    /** `arxiv:journal_ref`: where the paper was published, as its authors wrote it. */
    journalRef?: string;
    /** `arxiv:doi`: the DOI of the published version. */
    doi?: string;
    /** Author names in order. */
    authors: string[];
    /** The abstract, line breaks folded. */
    summary?: string;
}
/** An `Error` entry: the API's way of rejecting one id (`incorrect id format for abc`). */
export interface AtomError {
    /** The id the error names, when it names one. */
    id?: string;
    message: string;
}
export interface ArxivFeed {
    entries: AtomEntry[];
    errors: AtomError[];
}
/** `http://arxiv.org/abs/1605.08386v1` → `{ id: '1605.08386', version: 1 }`. */
export declare function arxivIdOfEntryId(entryId: string): {
    id: string;
    version?: number;
} | undefined;
/** Parses an arXiv API response body; throws on text that is not an Atom feed. */
export declare function parseArxivFeed(xml: string): ArxivFeed;
