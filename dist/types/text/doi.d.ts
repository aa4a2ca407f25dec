/** DOIs: where they hide in publisher URLs and in prose. */
/**
 * The DOI a URL points at: resolver URLs (`https://doi.org/10.…`, `dx.doi.org`, `doi:10.…`) and publisher
 * URLs with a `/doi/` segment (`dl.acm.org/doi/abs/10.1145/…`) or a Springer layout. Lower-cased, URL-decoded,
 * trailing punctuation trimmed; `undefined` when the URL names none.
 */
export declare function doiFromUrl(url: string): string | undefined;
export interface DoiInText {
    /** Lower-cased DOI. */
    doi: string;
    /** Offset of the match (including a `doi:` or resolver prefix) in the searched text. */
    index: number;
    length: number;
}
/** DOIs written in prose: `doi:10.1145/…`, `https://doi.org/10.…`, or a bare `10.1145/…`. */
export declare function findDoisInText(text: string): DoiInText[];
