/** DOIs: where they hide in publisher URLs and in prose. */

import { DOI_RESOLVER_HOSTS, isDoiResolverHost, safeDecode } from './url.js';

/** Crossref's recommended shape: a `10.` prefix with a 4–9 digit registrant, then any suffix. */
const DOI_AT_START = /^10\.\d{4,9}\/\S+/;

/** Publisher layouts that put the DOI after a `/doi/` segment (ACM, Wiley, Taylor & Francis, SAGE…). */
const DOI_PATH = /\/doi\/(?:(?:abs|pdf|full|epdf|pdfdirect|fullhtml|book|suppl)\/)?(10\.\d{4,9}\/.+)$/i;

/** Springer and Nature put the DOI after the content type. */
const SPRINGER_PATH = /^\/(?:article|chapter|book|content\/pdf|referenceworkentry)\/(10\.\d{4,9}\/.+)$/i;

/** Drops what prose and URLs glue onto a DOI: trailing punctuation, unbalanced brackets, a `.pdf`. */
function trimDoi(raw: string): string {
  let doi = raw;
  for (;;) {
    const before = doi;
    doi = doi.replace(/[.,;:'"!?>\]}*_]+$/, '').replace(/\.pdf$/i, '');
    if (doi.endsWith(')') && count(doi, '(') < count(doi, ')')) doi = doi.slice(0, -1);
    if (doi === before) return doi;
  }
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}

function normalise(raw: string): string | undefined {
  const doi = trimDoi(safeDecode(raw)).toLowerCase();
  return DOI_AT_START.test(doi) ? doi : undefined;
}

/**
 * The DOI a URL points at: resolver URLs (`https://doi.org/10.…`, `dx.doi.org`, `doi:10.…`) and publisher
 * URLs with a `/doi/` segment (`dl.acm.org/doi/abs/10.1145/…`) or a Springer layout. Lower-cased, URL-decoded,
 * trailing punctuation trimmed; `undefined` when the URL names none.
 */
export function doiFromUrl(url: string): string | undefined {
  // Every DOI starts with `10.`, written so or percent-encoded: most links, to arXiv and GitHub, are none.
  if (!url.includes('10.') && !url.includes('%')) return undefined;
  const trimmed = url.trim();
  const scheme = /^doi:\s*(.+)$/i.exec(trimmed);
  if (scheme) return normalise(scheme[1]);
  const match = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#\s]+)([^?#\s]*)/i.exec(trimmed);
  if (!match) return undefined;
  const host = match[1].toLowerCase().replace(/:\d+$/, '');
  const path = match[2];
  if (isDoiResolverHost(host)) return normalise(path.replace(/^\/+/, ''));
  const inPath = DOI_PATH.exec(path) ?? (host.endsWith('springer.com') ? SPRINGER_PATH.exec(path) : null);
  return inPath ? normalise(inPath[1]) : undefined;
}

export interface DoiInText {
  /** Lower-cased DOI. */
  doi: string;
  /** Offset of the match (including a `doi:` or resolver prefix) in the searched text. */
  index: number;
  length: number;
}

const RESOLVER_PREFIX = DOI_RESOLVER_HOSTS.map((host) => host.replaceAll('.', '\\.')).join('|');
const DOI_IN_TEXT = new RegExp(
  `(?:\\bdoi:\\s*|\\bhttps?://(?:${RESOLVER_PREFIX})/)?(?<![\\w.])(10\\.\\d{4,9}/[^\\s"<>\`|]+)`,
  'gi',
);

/** DOIs written in prose: `doi:10.1145/…`, `https://doi.org/10.…`, or a bare `10.1145/…`. */
export function findDoisInText(text: string): DoiInText[] {
  const found: DoiInText[] = [];
  // The pattern's optional prefixes make the engine try it at every character.
  if (!text.includes('10.')) return found;
  for (const match of text.matchAll(DOI_IN_TEXT)) {
    const trimmed = trimDoi(match[1]);
    const doi = normalise(trimmed);
    if (doi === undefined) continue;
    const prefixLength = match[0].length - match[1].length;
    found.push({ doi, index: match.index, length: prefixLength + trimmed.length });
  }
  return found;
}
