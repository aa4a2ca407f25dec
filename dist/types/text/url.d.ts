/** URL normalisation for duplicate keys and percent-decoding: pure, no network. */
/** Percent-decodes text (`arXiv%3A2305.11700`), leaving it as written when an escape is malformed. */
export declare function safeDecode(text: string): string;
/**
 * A key under which two spellings of the same web address are equal: scheme, `www.`, default port,
 * host case, trailing slash, fragment and tracking parameters (`utm_*`, `fbclid`, `gclid`) dropped.
 * `https://www.Example.com:443/a/?utm_source=x#top` → `example.com/a`. Text that is not an absolute
 * http(s) URL comes back trimmed, unchanged.
 */
export declare function normalizeUrl(url: string): string;
