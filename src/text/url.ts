/** URL normalisation for duplicate keys, percent-decoding and the sites papers live on: pure, no network. */

/** Percent-decodes text (`arXiv%3A2305.11700`), leaving it as written when an escape is malformed. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const TRACKING_PARAMETER = /^(utm_.*|fbclid|gclid)$/i;
const DEFAULT_PORTS = new Set(['80', '443']);

/**
 * A key under which two spellings of the same web address are equal: scheme, `www.`, default port,
 * host case, trailing slash, fragment and tracking parameters (`utm_*`, `fbclid`, `gclid`) dropped.
 * `https://www.Example.com:443/a/?utm_source=x#top` → `example.com/a`. Text that is not an absolute
 * http(s) URL comes back trimmed, unchanged.
 */
export function normalizeUrl(url: string): string {
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return trimmed;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return trimmed;
  const host = parsed.hostname
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.$/, '');
  const port = parsed.port === '' || DEFAULT_PORTS.has(parsed.port) ? '' : `:${parsed.port}`;
  const path = parsed.pathname.replace(/\/+$/, '');
  const kept =
    parsed.search === '' ? [] : [...parsed.searchParams].filter(([name]) => !TRACKING_PARAMETER.test(name));
  const query = kept.length === 0 ? '' : `?${new URLSearchParams(kept).toString()}`;
  return `${host}${port}${path}${query}`;
}

/** The lower-case host name of an absolute http(s) URL, or undefined. */
export function httpHostOf(url: string): string | undefined {
  const match = /^https?:\/\/(?:[^/?#@]*@)?([^/?#:]+)/i.exec(url.trim());
  return match ? match[1].toLowerCase().replace(/\.$/, '') : undefined;
}

/** Hosts whose whole path is a DOI (`https://doi.org/10.1145/…`); the Handle System resolves DOIs too. */
export const DOI_RESOLVER_HOSTS: readonly string[] = [
  'doi.org',
  'dx.doi.org',
  'www.doi.org',
  'hdl.handle.net',
];

/** Whether a lower-case host name is a DOI resolver: one list for parsing, verification and duplicate keys. */
export function isDoiResolverHost(host: string): boolean {
  return DOI_RESOLVER_HOSTS.includes(host);
}

/** A pattern matching these host names and their subdomains. */
function hostsPattern(hosts: readonly string[]): RegExp {
  return new RegExp(`(?:^|\\.)(?:${hosts.map((host) => host.replaceAll('.', '\\.')).join('|')})$`);
}

/**
 * Publishers, proceedings, preprint servers and paper databases (besides arXiv, whose links carry ids)
 * whose pages are one paper each.
 */
const PAPER_PAGE_HOST = hostsPattern([
  'aaai.org',
  'academic.oup.com',
  'aclanthology.org',
  'aclweb.org',
  'biorxiv.org',
  'cell.com',
  'dl.acm.org',
  'ecva.net',
  'frontiersin.org',
  'iclr.cc',
  'icml.cc',
  'ieeexplore.ieee.org',
  'ijcai.org',
  'iospress.nl',
  'isca-speech.org',
  'jmlr.org',
  'link.springer.com',
  'mdpi.com',
  'medrxiv.org',
  'mlsys.org',
  'nature.com',
  'ncbi.nlm.nih.gov',
  'neurips.cc',
  'openaccess.thecvf.com',
  'openreview.net',
  'papers.nips.cc',
  'plos.org',
  'pnas.org',
  'proceedings.mlr.press',
  'researchgate.net',
  'science.org',
  'sciencedirect.com',
  'semanticscholar.org',
  'ssrn.com',
  'tandfonline.com',
  'usenix.org',
  'vldb.org',
  'wiley.com',
]);

/**
 * Whether pages of this host are papers (`openreview.net`, `dl.acm.org`, `proceedings.neurips.cc` …); a DOI
 * resolver's are too, even for a handle that is no DOI (`hdl.handle.net/1721.1/123`).
 */
export function isPaperPageHost(host: string): boolean {
  return PAPER_PAGE_HOST.test(host) || isDoiResolverHost(host);
}

/** Indexes that point at papers but whose pages also list others (search results, author pages). */
const PAPER_INDEX_URL =
  /^https?:\/\/(?:[\w-]+\.)*(?:scholar\.google\.com|dblp\.org|paperswithcode\.com)(?:[/?#:]|$)|^https?:\/\/huggingface\.co\/papers\//i;

/** Whether a URL is on a paper index (Google Scholar, dblp, Papers with Code, Hugging Face papers). */
export function isPaperIndexUrl(url: string): boolean {
  return PAPER_INDEX_URL.test(url.trim());
}
