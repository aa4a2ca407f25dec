/** URL normalisation for duplicate keys and percent-decoding: pure, no network. */

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
  const kept = [...parsed.searchParams].filter(([name]) => !TRACKING_PARAMETER.test(name));
  const query = kept.length === 0 ? '' : `?${new URLSearchParams(kept).toString()}`;
  return `${host}${port}${path}${query}`;
}
