/** arXiv ids checked through the arXiv API (never arxiv.org itself), politely: one connection, batched, spaced. */

import { parseArxivId, versionedId } from '../arxiv/id.js';
import { compareTitles } from '../text/title.js';
import type { ArxivFeed, AtomEntry } from './atom.js';
import { SpacedSession, type SpacedSessionOptions } from './registry-http.js';
import type { ArxivRecord, ArxivResult, ArxivSearchResult } from './types.js';

export interface ArxivLookupOptions extends SpacedSessionOptions {
  /** The query endpoint, `https://export.arxiv.org/api/query`. */
  api: string;
  /** Keep each paper's abstract in its record (`paperlint add` reads it; the cache must not hold it). */
  abstracts?: boolean;
}

export interface ArxivId {
  id: string;
  version?: number;
}

/** arXiv's documented safe batch: `id_list` has no stated maximum, but long lists fail. */
const ARXIV_BATCH_SIZE = 100;
/** Papers a title search asks for: an exact title rarely has more, and the API's default page is 10. */
const SEARCH_RESULTS = 10;

const WITHDRAWN = /\b(?:withdrawn|retracted)\b/i;
/** Authors a record keeps: enough to name the first and to match a surname, not a 3,000-name collaboration. */
const MAX_AUTHORS = 20;
/** A repository link (`https://github.com/owner/repo`), stopping before a path, a query or sentence punctuation. */
const GITHUB_REPO =
  /https?:\/\/(?:www\.)?github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?(?=[/\s?#)\],;]|\.?$|\.\s)/i;
/** Words that say a repository is the paper's own code, shortly before its link. */
const CODE_CUE = /\b(?:code|codes|implementation|source|available|release[sd]?|github|project|repository)\b/i;

/** Result key of a reference: `2305.11700`, or `2305.11700v2` when a version is pinned. */
export function arxivKey(ref: ArxivId): string {
  return versionedId(ref);
}

/**
 * The repository a paper gives as its code: a GitHub link in the comment, or one in the abstract that words such
 * as `code`, `available` or `released` introduce (an abstract may cite a tool it builds on).
 */
export function codeRepositoryOf(
  comment: string | undefined,
  abstract: string | undefined,
): string | undefined {
  for (const [text, cued] of [
    [comment, false],
    [abstract, true],
  ] as const) {
    const match = text === undefined ? null : GITHUB_REPO.exec(text);
    if (!match) continue;
    if (cued && !CODE_CUE.test(text!.slice(Math.max(0, match.index - 60), match.index))) continue;
    return `https://github.com/${match[1]}/${match[2]}`;
  }
  return undefined;
}

/** Whether an `arxiv:comment` says the paper was withdrawn or retracted. */
export function isWithdrawnComment(comment: string | undefined): boolean {
  return comment !== undefined && WITHDRAWN.test(comment);
}

/** Folds the spellings the API and lists may differ in: case, and the subject class of old ids (`math.GT/…`). */
function matchKey(id: string): string {
  return id.toLowerCase().replace(/^([a-z-]+)\.[a-z-]+\//, '$1/');
}

/** The entry that answers a reference: the pinned version, else the latest one in the feed. */
function entryFor(ref: ArxivId, entries: Map<string, AtomEntry[]>): AtomEntry | undefined {
  const candidates = entries.get(matchKey(ref.id)) ?? [];
  if (ref.version !== undefined) {
    return candidates.find((entry) => entry.version === ref.version || entry.version === undefined);
  }
  return candidates.reduce<AtomEntry | undefined>(
    (latest, entry) =>
      latest === undefined || (entry.version ?? 0) > (latest.version ?? 0) ? entry : latest,
    undefined,
  );
}

/**
 * Maps a feed onto the references asked for, by `<id>` only: feeds omit unknown ids and need not keep order.
 * `abstracts` keeps each paper's abstract in its record.
 */
export function matchFeed(refs: ArxivId[], feed: ArxivFeed, abstracts = false): Map<string, ArxivResult> {
  const entries = new Map<string, AtomEntry[]>();
  for (const entry of feed.entries) {
    const key = matchKey(entry.id);
    entries.set(key, [...(entries.get(key) ?? []), entry]);
  }
  const results = new Map<string, ArxivResult>();
  for (const ref of refs) {
    const entry = entryFor(ref, entries);
    if (!entry) {
      results.set(arxivKey(ref), { status: 'not-found' });
      continue;
    }
    const version = entry.version ?? ref.version;
    results.set(arxivKey(ref), {
      status: 'found',
      record: {
        id: ref.id,
        ...(version === undefined ? {} : { version }),
        title: entry.title.replace(/\s+/g, ' ').trim(),
        ...(entry.published ? { published: entry.published } : {}),
        ...(entry.comment ? { comment: entry.comment } : {}),
        ...recordDetails(entry, abstracts),
        withdrawn: isWithdrawnComment(entry.comment),
      },
    });
  }
  return results;
}

/** What a record keeps of an entry besides its title: publication, authors, code, and the abstract when asked. */
function recordDetails(entry: AtomEntry, abstract: boolean): Partial<ArxivRecord> {
  const code = codeRepositoryOf(entry.comment, entry.summary);
  return {
    ...(entry.journalRef && { journalRef: entry.journalRef }),
    ...(entry.doi && { doi: entry.doi }),
    authors: entry.authors.slice(0, MAX_AUTHORS),
    ...(code && { code }),
    ...(abstract && entry.summary && { abstract: entry.summary }),
  };
}

type BatchOutcome =
  | { kind: 'feed'; feed: ArxivFeed }
  /** HTTP 400 with an Error entry: the API rejected at least one id of the batch. */
  | { kind: 'rejected'; feed: ArxivFeed }
  | { kind: 'unavailable'; reason: string; transport: boolean };

/** Sends queries (id batches, title searches) one after another, each at least `interval` ms after the previous ended. */
class ArxivSession {
  private readonly session: SpacedSession;

  constructor(private readonly options: ArxivLookupOptions) {
    this.session = new SpacedSession('arXiv API', options);
  }

  get requests(): number {
    return this.session.requests;
  }

  async query(parameters: Record<string, string>): Promise<BatchOutcome> {
    const sent = await this.session.send(this.options.api, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/atom+xml' },
      body: new URLSearchParams(parameters).toString(),
    });
    if (sent.kind === 'unavailable') return sent;
    const { status, body } = sent.response;
    const feed = await readFeed(body);
    // Only the API's own Error entry says an id was refused; any other 400 (a proxy, say) says nothing.
    if (status === 400 && feed && feed.errors.length > 0) return { kind: 'rejected', feed };
    if (status !== 200) {
      return { kind: 'unavailable', reason: `arXiv API answered HTTP ${status}`, transport: false };
    }
    return feed
      ? { kind: 'feed', feed }
      : { kind: 'unavailable', reason: 'arXiv API sent an unreadable feed', transport: false };
  }
}

async function readFeed(body: string): Promise<ArxivFeed | undefined> {
  // The XML parser loads with the first answer: offline runs import this module for the rules' keys only.
  const { parseArxivFeed } = await import('./atom.js');
  try {
    return parseArxivFeed(body);
  } catch {
    return undefined;
  }
}

/** Splits a rejected batch: drop the ids the error entries name, else halve it until the bad id stands alone. */
function splitRejected(refs: ArxivId[], feed: ArxivFeed): { bad: ArxivId[]; retry: ArxivId[][] } {
  const named = new Set(feed.errors.flatMap((error) => (error.id ? [matchKey(error.id)] : [])));
  const bad = refs.filter((ref) => named.has(matchKey(arxivKey(ref))) || named.has(matchKey(ref.id)));
  if (bad.length > 0) {
    const rest = refs.filter((ref) => !bad.includes(ref));
    return { bad, retry: rest.length > 0 ? [rest] : [] };
  }
  const half = Math.ceil(refs.length / 2);
  return { bad: [], retry: [refs.slice(0, half), refs.slice(half)] };
}

/**
 * The search query for a paper's exact title: `ti:"…"`, as a phrase. Quotes, brackets and other query syntax
 * become spaces; the API ignores case and punctuation inside a phrase anyway.
 */
export function arxivTitleQuery(title: string): string {
  const phrase = title
    .normalize('NFKC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\p{L}\p{N}'-]+/gu, ' ')
    .trim();
  return `ti:"${phrase}"`;
}

/** A search's answer: every paper of the feed with its latest title, line breaks folded. */
function searchResultOf(outcome: BatchOutcome): ArxivSearchResult {
  if (outcome.kind === 'unavailable') return { status: 'unverifiable', reason: outcome.reason };
  if (outcome.kind === 'rejected') return { status: 'unverifiable', reason: 'arXiv API refused the search' };
  return {
    status: 'found',
    papers: outcome.feed.entries.map(({ id, title }) => ({ id, title: title.replace(/\s+/g, ' ').trim() })),
  };
}

/**
 * Looks up arXiv ids (pinned versions as `idvN`) through the API: at most 100 ids a POST, one request at a
 * time, `interval` ms apart, 429/503 retried after Retry-After. Results are keyed by `arxivKey`.
 * `followUp`, given the results, names more ids to ask for in the same session, once (the version 1 of
 * renamed papers). `searchesFor`, given all results, names title search queries (`arxivTitleQuery`) to send
 * last, in the same session and spacing; their answers are keyed by query.
 */
export async function lookupArxiv(
  ids: ArxivId[],
  options: ArxivLookupOptions,
  followUp?: (results: ReadonlyMap<string, ArxivResult>) => ArxivId[],
  searchesFor?: (results: ReadonlyMap<string, ArxivResult>) => string[],
): Promise<{
  results: Map<string, ArxivResult>;
  searches: Map<string, ArxivSearchResult>;
  requests: number;
}> {
  const results = new Map<string, ArxivResult>();
  const searches = new Map<string, ArxivSearchResult>();
  const session = new ArxivSession(options);
  let unreachable: string | undefined;
  const lookUp = async (asked: ArxivId[]) => {
    const unique = new Map<string, ArxivId>();
    const today = new Date();
    for (const ref of asked) {
      // An id outside the grammar cannot exist, and one in a batch would make the API reject all of it.
      if (parseArxivId(arxivKey(ref), today).valid) unique.set(arxivKey(ref), ref);
      else results.set(arxivKey(ref), { status: 'not-found' });
    }
    const queue: ArxivId[][] = [];
    const refs = [...unique.values()];
    for (let start = 0; start < refs.length; start += ARXIV_BATCH_SIZE) {
      queue.push(refs.slice(start, start + ARXIV_BATCH_SIZE));
    }
    for (let batch = queue.shift(); batch !== undefined; batch = queue.shift()) {
      if (unreachable !== undefined) {
        for (const ref of batch) results.set(arxivKey(ref), { status: 'unverifiable', reason: unreachable });
        continue;
      }
      const outcome = await session.query({
        id_list: batch.map(arxivKey).join(','),
        start: '0',
        max_results: String(batch.length),
      });
      if (outcome.kind === 'feed') {
        for (const [key, result] of matchFeed(batch, outcome.feed, options.abstracts))
          results.set(key, result);
      } else if (outcome.kind === 'rejected') {
        // A lone rejected id cannot exist: the API says its format is wrong.
        if (batch.length === 1) {
          results.set(arxivKey(batch[0]), { status: 'not-found' });
          continue;
        }
        const { bad, retry } = splitRejected(batch, outcome.feed);
        for (const ref of bad) results.set(arxivKey(ref), { status: 'not-found' });
        queue.unshift(...retry);
      } else {
        for (const ref of batch) {
          results.set(arxivKey(ref), { status: 'unverifiable', reason: outcome.reason });
        }
        if (outcome.transport) unreachable = outcome.reason;
      }
    }
  };
  await lookUp(ids);
  if (followUp) await lookUp(followUp(results).filter((ref) => !results.has(arxivKey(ref))));
  for (const query of new Set(searchesFor?.(results))) {
    if (unreachable !== undefined) {
      searches.set(query, { status: 'unverifiable', reason: unreachable });
      continue;
    }
    const outcome = await session.query({
      search_query: query,
      start: '0',
      max_results: String(SEARCH_RESULTS),
    });
    searches.set(query, searchResultOf(outcome));
    if (outcome.kind === 'unavailable' && outcome.transport) unreachable = outcome.reason;
  }
  return { results, searches, requests: session.requests };
}

/**
 * The version-1 lookups that may explain a title mismatch: ids asked for without a version, whose latest
 * version is 2 or later and whose latest title some title the lists give (`titles`, by id) does not
 * compare 'same' with. Titles change between versions; a list may carry the first.
 */
export function firstVersionsWanted(
  titles: ReadonlyMap<string, readonly string[]>,
  results: ReadonlyMap<string, ArxivResult>,
): ArxivId[] {
  return [...titles].flatMap(([id, given]) => {
    const result = results.get(id);
    if (result?.status !== 'found' || (result.record.version ?? 1) < 2) return [];
    const { title } = result.record;
    return given.every((written) => compareTitles(written, title).match === 'same')
      ? []
      : [{ id, version: 1 }];
  });
}
