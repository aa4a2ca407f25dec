import { type AddressPolicy, type Lookup } from './agent.js';
import { type RetryPolicy } from './http.js';
import type { NetworkProbe } from './resolver.js';
import type { ArxivResult, DblpSearchResult, VerifyOptions, VerifyRequest, VerifyResults } from './types.js';
/** Knobs tests and benches turn; the defaults are the production behaviour. */
export interface VerifyTuning {
    /** Name resolution (tests answer from a table and never ask real DNS). */
    lookup?: Lookup;
    /** Which addresses are refused when private hosts are not allowed (default: `blockedReason`). */
    policy?: AddressPolicy;
    /** Whether the network works (default: the registry APIs' names resolve); tests answer it themselves. */
    probe?: NetworkProbe;
    /** One link's time in all, in ms (default: `LINK_BUDGET_TIMEOUTS` request timeouts). */
    linkBudget?: number;
    retry?: Partial<RetryPolicy>;
    /** Minimum gap between request starts to one host in the slower final pass over transient failures. */
    finalPassInterval?: number;
    now?: () => number;
}
/** One link's time in all (redirects, retries, waits, final pass), in request timeouts: 30 s by default. */
export declare const LINK_BUDGET_TIMEOUTS = 2;
/**
 * Verifies every distinct web link, arXiv id and DOI of a run once: from the cache when fresh, otherwise
 * through the registries (arXiv, DOI, GitHub) or a guarded HTTP check. Link verdicts are keyed by the URL as
 * given in `request.urls`; arXiv and DOI links get no link verdict (their rules read `arxiv` and `dois`).
 */
export declare function verify(request: VerifyRequest, options: VerifyOptions, tuning?: VerifyTuning): Promise<VerifyResults>;
/** A paper as `paperlint add` needs it: its arXiv record (abstract included) and, asked, DBLP's search. */
export interface FetchedPaper {
    result: ArxivResult;
    dblp?: DblpSearchResult;
}
/**
 * Fetches papers' arXiv records with their abstracts in one batched request (no cache: the abstracts must
 * not go into it), then, with `venues: 'dblp'`, asks DBLP about those whose record names no venue.
 */
export declare function fetchPapers(ids: readonly string[], options: VerifyOptions, tuning?: VerifyTuning): Promise<Map<string, FetchedPaper>>;
