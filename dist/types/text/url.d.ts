/** URL normalisation for duplicate keys: pure, no network. */
/**
 * A key under which two spellings of the same web address are equal: scheme, `www.`, default port,
 * host case, trailing slash, fragment and tracking parameters (`utm_*`, `fbclid`, `gclid`) dropped.
 * `https://www.Example.com:443/a/?utm_source=x#top` → `example.com/a`. Text that is not an absolute
 * http(s) URL comes back trimmed, unchanged.
 */
export declare function normalizeUrl(url: string): string;
