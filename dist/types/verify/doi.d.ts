/** DOIs checked through the DOI handle API, so that publishers' bot walls are never touched. */
import type { ClientOptions, DoiResult } from './types.js';
export interface DoiLookupOptions extends ClientOptions {
    /** The handle API root, `https://doi.org/api/handles`. */
    api: string;
    concurrency: number;
    /** Longest Retry-After honoured on 429/503, in ms (default 30 000). */
    maxRetryWait?: number;
}
/** `GET {api}/{doi}` with each path segment escaped: DOIs may hold `#`, `?`, `%`, `<` and spaces. */
export declare function handleUrl(api: string, doi: string): string;
/** Reads the handle API's verdict from its JSON body; only the exact codes 1 and 100 decide. */
export declare function doiResultOf(status: number, body: string): DoiResult;
/** Checks DOIs (any case; keyed lower-case) against the handle API, `concurrency` at a time. */
export declare function lookupDois(dois: string[], options: DoiLookupOptions): Promise<{
    results: Map<string, DoiResult>;
    requests: number;
}>;
