/**
 * DBLP's publication search (`--venues dblp`): a second source for where a paper was published, asked only
 * for papers whose arXiv record says nothing, by their exact arXiv title, at most one request a second. A
 * hit counts only when its title is the arXiv title (the title check's comparison) and one of its authors
 * has the surname of one of the arXiv authors: title-only matching has rewritten the wrong paper in other
 * tools. arXiv's own copies in DBLP (CoRR, "Informal and Other Publications") and workshops are no venue.
 */

import { type PublishedVenue, venueFromName } from '../arxiv/published.js';
import { compareTitles } from '../text/title.js';
import { SpacedSession, type SpacedSessionOptions } from './registry-http.js';
import type { DblpHit, DblpSearchResult } from './types.js';

export interface DblpLookupOptions extends SpacedSessionOptions {
  /** The publication search endpoint, `https://dblp.org/search/publ/api`. */
  api: string;
}

/** Hits a search asks for: a title's own paper is among the first, and its arXiv copy usually beside it. */
const HITS = 10;
/** DBLP's type for CoRR (arXiv) and other preprints. */
const INFORMAL = /informal/i;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;
const list = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];

/** DBLP's titles carry XML entities and a final full stop: `Vision &amp; Language Agent Planning.` */
function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([\da-f]+)|(amp|lt|gt|quot|apos));/gi, (_, dec, hex, name) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[(name as string).toLowerCase()]!;
  });
}

/** The hits of a search answer (`result.hits.hit`: an array, one object, or absent). */
export function parseDblpAnswer(body: string): DblpHit[] {
  const json = JSON.parse(body) as unknown;
  const hits =
    isObject(json) && isObject(json.result) && isObject(json.result.hits) ? json.result.hits.hit : [];
  return list(hits).flatMap((hit) => {
    const info = isObject(hit) && isObject(hit.info) ? hit.info : undefined;
    if (!info || typeof info.title !== 'string') return [];
    const authors = list(isObject(info.authors) ? info.authors.author : undefined).flatMap((author) => {
      const name = isObject(author) ? author.text : author;
      return typeof name === 'string' ? [decodeEntities(name)] : [];
    });
    const venue = list(info.venue).find((name): name is string => typeof name === 'string') ?? '';
    const year = Number(info.year);
    return [
      {
        title: decodeEntities(info.title).replace(/\.\s*$/, ''),
        venue: decodeEntities(venue),
        ...(Number.isInteger(year) && year > 0 && { year }),
        type: typeof info.type === 'string' ? info.type : '',
        authors,
      },
    ];
  });
}

/** A name's surname as compared: its last word, DBLP's disambiguation number (`Wei Wang 0001`) and accents aside. */
export function surname(name: string): string {
  const words = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+\d{4}$/, '')
    .toLowerCase()
    .split(/[\s.]+/)
    .filter((word) => word !== '');
  return words.at(-1) ?? '';
}

/**
 * The venue DBLP gives a paper: the published (not CoRR, not workshop) hits with the arXiv title and a
 * shared author surname, when they agree on one venue.
 */
export function dblpVenueOf(
  record: { title: string; authors?: string[] },
  search: DblpSearchResult | undefined,
): PublishedVenue | undefined {
  if (search?.status !== 'found' || !record.authors?.length) return undefined;
  const surnames = new Set(record.authors.map(surname));
  const venues = search.hits.flatMap((hit) => {
    const published = !INFORMAL.test(hit.type) && hit.venue !== '' && hit.venue !== 'CoRR';
    const same = published && compareTitles(hit.title, record.title).match === 'same';
    const venue = same && hit.authors.some((author) => surnames.has(surname(author)));
    return venue ? (venueFromName(hit.venue, hit.year, 'dblp') ?? []) : [];
  });
  const distinct = new Set(venues.map((venue) => venue.name));
  return distinct.size === 1 ? venues[0] : undefined;
}

/** The search words of a title: letters and digits (DBLP's query syntax reads `|`, `$`, `-` and `*`). */
export function dblpQuery(title: string): string {
  return title
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Searches DBLP for each title, one request at a time, `interval` ms apart (429/503 wait for Retry-After).
 * Results are keyed by title; once DBLP is out of reach the remaining titles are left unverified.
 */
export async function searchDblp(
  titles: readonly string[],
  options: DblpLookupOptions,
): Promise<{ results: Map<string, DblpSearchResult>; requests: number }> {
  const results = new Map<string, DblpSearchResult>();
  const session = new SpacedSession('DBLP', options);
  let unreachable: string | undefined;
  for (const title of new Set(titles)) {
    if (unreachable !== undefined) {
      results.set(title, { status: 'unverifiable', reason: unreachable });
      continue;
    }
    const url = `${options.api}?${new URLSearchParams({ q: dblpQuery(title), format: 'json', h: String(HITS) })}`;
    const sent = await session.send(url, { headers: { accept: 'application/json' } });
    if (sent.kind === 'unavailable') {
      results.set(title, { status: 'unverifiable', reason: sent.reason });
      if (sent.transport) unreachable = sent.reason;
      continue;
    }
    const { status, body } = sent.response;
    if (status !== 200) {
      results.set(title, { status: 'unverifiable', reason: `DBLP answered HTTP ${status}` });
      continue;
    }
    try {
      results.set(title, { status: 'found', hits: parseDblpAnswer(body) });
    } catch {
      results.set(title, { status: 'unverifiable', reason: 'DBLP sent an unreadable answer' });
    }
  }
  return { results, requests: session.requests };
}
