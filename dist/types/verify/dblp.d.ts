/**
 * DBLP's publication search (`--venues dblp`): a second source for where a paper was published, asked only
 * for papers whose arXiv record says nothing, by their exact arXiv title, at most one request a second. A
 * hit counts only when its title is the arXiv title (the title check's comparison) and one of its authors
 * has the surname of one of the arXiv authors: title-only matching has rewritten the wrong paper in other
 * tools. arXiv's own copies in DBLP (CoRR, "Informal and Other Publications") and workshops are no venue.
 */
import { type PublishedVenue } from '../arxiv/published.js';
import { type SpacedSessionOptions } from './registry-http.js';
import type { DblpHit, DblpSearchResult } from './types.js';
export interface DblpLookupOptions extends SpacedSessionOptions {
    /** The publication search endpoint, `https://dblp.org/search/publ/api`. */
    api: string;
}
/** The hits of a search answer (`result.hits.hit`: an array, one object, or absent). */
export declare function parseDblpAnswer(body: string): DblpHit[];
/** A name's surname as compared: its last word, DBLP's disambiguation number (`Wei Wang 0001`) and accents aside. */
export declare function surname(name: string): string;
/**
 * The venue DBLP gives a paper: the published (not CoRR, not workshop) hits with the arXiv title and a
 * shared author surname, when they agree on one venue.
 */
export declare function dblpVenueOf(record: {
    title: string;
    authors?: string[];
}, search: DblpSearchResult | undefined): PublishedVenue | undefined;
/** The search words of a title: letters and digits (DBLP's query syntax reads `|`, `$`, `-` and `*`). */
export declare function dblpQuery(title: string): string;
/**
 * Searches DBLP for each title, one request at a time, `interval` ms apart (429/503 wait for Retry-After).
 * Results are keyed by title; once DBLP is out of reach the remaining titles are left unverified.
 */
export declare function searchDblp(titles: readonly string[], options: DblpLookupOptions): Promise<{
    results: Map<string, DblpSearchResult>;
    requests: number;
}>;
