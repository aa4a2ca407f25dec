/** URL normalisation for duplicate keys, percent-decoding and the sites papers live on: pure, no network. */
/** Percent-decodes text (`arXiv%3A2305.11700`), leaving it as written when an escape is malformed. */
export declare function safeDecode(text: string): string;
/**
 * A key under which two spellings of the same web address are equal: scheme, `www.`, default port,
 * host case, trailing slash, fragment and tracking parameters (`utm_*`, `fbclid`, `gclid`) dropped.
 * `https://www.Example.com:443/a/?utm_source=x#top` → `example.com/a`. Text that is not an absolute
 * http(s) URL comes back trimmed, unchanged.
 */
export declare function normalizeUrl(url: string): string;
/** The lower-case host name of an absolute http(s) URL, or undefined. */
export declare function httpHostOf(url: string): string | undefined;
/** Hosts whose whole path is a DOI (`https://doi.org/10.1145/…`); the Handle System resolves DOIs too. */
export declare const DOI_RESOLVER_HOSTS: readonly string[];
/** Whether a lower-case host name is a DOI resolver: one list for parsing, verification and duplicate keys. */
export declare function isDoiResolverHost(host: string): boolean;
/**
 * Whether pages of this host are papers (`openreview.net`, `dl.acm.org`, `proceedings.neurips.cc` …); a DOI
 * resolver's are too, even for a handle that is no DOI (`hdl.handle.net/1721.1/123`).
 */
export declare function isPaperPageHost(host: string): boolean;
/** Whether a URL is on a paper index (Google Scholar, dblp, Papers with Code, Hugging Face papers). */
export declare function isPaperIndexUrl(url: string): boolean;
