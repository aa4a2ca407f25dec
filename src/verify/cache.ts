import { randomBytes } from 'node:crypto';
import { realpath, rename, rm, writeFile } from 'node:fs/promises';
import { FileError, readRegularFile } from '../safe-fs.js';
import type {
  ArxivResult,
  ArxivSearchResult,
  DblpSearchResult,
  DoiResult,
  GithubRepoResult,
  LinkVerdict,
} from './types.js';

/** Bumped whenever the stored shapes change: an older file is then ignored and rewritten. */
export const CACHE_VERSION = 1;
const FORMAT = 'paperlint-cache';

const DAY = 24 * 60 * 60 * 1000;
export const TTL = { alive: 7 * DAY, dead: DAY, metadata: 7 * DAY };

interface Stamped<T> {
  value: T;
  /** Epoch ms of the check. */
  at: number;
}

export interface CacheData {
  links: Record<string, Stamped<LinkVerdict>>;
  arxiv: Record<string, Stamped<ArxivResult>>;
  /** arXiv title searches, keyed by query (`ti:"…"`). */
  arxivSearches: Record<string, Stamped<ArxivSearchResult>>;
  dois: Record<string, Stamped<DoiResult>>;
  github: Record<string, Stamped<GithubRepoResult>>;
  /** DBLP title searches (`--venues dblp`), keyed by the arXiv title. */
  dblp: Record<string, Stamped<DblpSearchResult>>;
}

export type Section = keyof CacheData;
/** What a section of the cache holds. */
export type CachedValue<S extends Section> = CacheData[S][string]['value'];

/** How long a result stays true enough to skip the request; 0 = never cached (it may be better next run). */
function ttlOf(section: Section, value: { status: string }): number {
  switch (value.status) {
    case 'unverifiable':
      return 0;
    case 'dead':
    case 'not-found':
      return TTL.dead;
    default:
      return section === 'links' ? TTL.alive : TTL.metadata;
  }
}

// Sections have no prototype: a key such as `__proto__` or `constructor` is an entry like any other.
const section = () => Object.create(null) as Record<string, never>;

export const emptyCache = (): CacheData => ({
  links: section(),
  arxiv: section(),
  arxivSearches: section(),
  dois: section(),
  github: section(),
  dblp: section(),
});

export type ParsedCache =
  | { kind: 'ok'; data: CacheData }
  /** Not readable as ours: ignored; `overwrite` says whether writing over it is safe (it is ours, only old). */
  | { kind: 'ignored'; why: string; overwrite: boolean };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a stored value has the shape a section's results have (a tampered entry must not reach a rule). */
type Check = (value: unknown) => boolean;
const text: Check = (value) => typeof value === 'string';
const count: Check = (value) => Number.isSafeInteger(value);
const flag: Check = (value) => typeof value === 'boolean';
const httpUrl: Check = (value) =>
  typeof value === 'string' && /^https?:\/\//i.test(value) && URL.canParse(value);
const optional =
  (check: Check): Check =>
  (value) =>
    value === undefined || check(value);
const listOf =
  (check: Check): Check =>
  (value) =>
    Array.isArray(value) && value.every(check);
const shape =
  (fields: Record<string, Check>): Check =>
  (value) =>
    isRecord(value) && Object.entries(fields).every(([name, check]) => check(value[name]));
const oneOf =
  (variants: Record<string, Record<string, Check>>): Check =>
  (value) =>
    isRecord(value) &&
    typeof value.status === 'string' &&
    Object.hasOwn(variants, value.status) &&
    shape(variants[value.status])(value);

const unverifiable = { reason: text };
const VALID: Record<Section, Check> = {
  links: oneOf({
    alive: { finalUrl: optional(httpUrl), chain: optional(listOf(httpUrl)) },
    redirect: { to: httpUrl, httpStatus: count, chain: listOf(httpUrl) },
    dead: { reason: text, httpStatus: optional(count), chain: optional(listOf(httpUrl)) },
    unverifiable: { reason: text, httpStatus: optional(count) },
  }),
  arxiv: oneOf({
    found: {
      record: shape({
        id: text,
        version: optional(count),
        title: text,
        firstTitle: optional(text),
        published: optional(text),
        comment: optional(text),
        journalRef: optional(text),
        doi: optional(text),
        authors: optional(listOf(text)),
        code: optional(httpUrl),
        withdrawn: flag,
      }),
    },
    'not-found': {},
    unverifiable,
  }),
  arxivSearches: oneOf({ found: { papers: listOf(shape({ id: text, title: text })) }, unverifiable }),
  dois: oneOf({ found: {}, 'not-found': {}, unverifiable }),
  github: oneOf({
    found: { archived: flag, fullName: text, htmlUrl: httpUrl },
    moved: { htmlUrl: httpUrl },
    'not-found': {},
    unverifiable,
  }),
  dblp: oneOf({
    found: {
      hits: listOf(
        shape({ title: text, venue: text, year: optional(count), type: text, authors: listOf(text) }),
      ),
    },
    unverifiable,
  }),
};

/**
 * Reads a cache file's text; anything unexpected is reported, never thrown. Every entry is checked against
 * its section's shape (others are dropped), and a check dated after `now` counts as made now.
 */
export function parseCache(text: string, now: number = Date.now()): ParsedCache {
  // An empty file holds nothing anyone could lose.
  if (text.trim() === '') return { kind: 'ok', data: emptyCache() };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'ignored', why: 'is not a paperlint cache (not JSON)', overwrite: false };
  }
  // A file that is not a paperlint cache belongs to someone else: leave it alone.
  if (!isRecord(json) || json.format !== FORMAT) {
    return { kind: 'ignored', why: 'is not a paperlint cache', overwrite: false };
  }
  if (json.version !== CACHE_VERSION) {
    return { kind: 'ignored', why: `has cache format version ${String(json.version)}`, overwrite: true };
  }
  const data = emptyCache();
  for (const name of Object.keys(data) as Section[]) {
    const stored = json[name];
    // A section newer than the file (title searches) starts empty instead of costing the whole cache.
    if (stored === undefined) continue;
    if (!isRecord(stored))
      return { kind: 'ignored', why: `has a malformed "${name}" section`, overwrite: true };
    for (const [key, entry] of Object.entries(stored)) {
      if (isRecord(entry) && Number.isFinite(entry.at) && VALID[name](entry.value)) {
        (data[name] as Record<string, unknown>)[key] = {
          value: entry.value,
          at: Math.min(entry.at as number, now),
        };
      }
    }
  }
  return { kind: 'ok', data };
}

/** The cache file's text, with entries past their time-to-live dropped. */
export function serializeCache(data: CacheData, now: number): string {
  const fresh = emptyCache();
  for (const section of Object.keys(data) as Section[]) {
    for (const [key, entry] of Object.entries(data[section])) {
      if (now - entry.at < ttlOf(section, entry.value))
        (fresh[section] as Record<string, unknown>)[key] = entry;
    }
  }
  return `${JSON.stringify({ format: FORMAT, version: CACHE_VERSION, ...fresh })}\n`;
}

/** An in-memory view of the cache: fresh lookups and new results with their timestamps. */
export class VerdictCache {
  constructor(
    readonly data: CacheData = emptyCache(),
    private readonly now: () => number = Date.now,
  ) {}

  get<S extends Section>(section: S, key: string): CachedValue<S> | undefined {
    const entry = this.data[section][key];
    if (!entry) return undefined;
    return this.now() - entry.at < ttlOf(section, entry.value) ? (entry.value as CachedValue<S>) : undefined;
  }

  set<S extends Section>(section: S, key: string, value: CachedValue<S>): void {
    if (ttlOf(section, value) > 0)
      (this.data[section] as Record<string, unknown>)[key] = { value, at: this.now() };
  }
}

export interface LoadedCache {
  cache: VerdictCache;
  /** Whether saving may replace the file (false for someone else's file). */
  writable: boolean;
  /** Why the file was ignored, for the one warning. */
  warning?: string;
  /** Why the file is not a paperlint cache at all, when it is someone else's: the CLI refuses to run on it. */
  foreign?: string;
}

/** A cache file larger than this is not read (a cache of 100,000 links is about 20 MB). */
const MAX_CACHE_BYTES = 64 * 1024 * 1024;

export async function loadCache(path: string, now: () => number = Date.now): Promise<LoadedCache> {
  const empty = new VerdictCache(emptyCache(), now);
  let text: string;
  try {
    // Only a regular file of a sane size: `--cache /dev/zero` or a named pipe must not hang the run.
    text = (await readRegularFile(path, path, { maxBytes: MAX_CACHE_BYTES })).bytes.toString('utf8');
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    if (error.kind === 'missing') return { cache: empty, writable: true };
    return {
      cache: empty,
      writable: false,
      warning: `Link cache ${path} could not be read (${error.why}); ignoring it and not writing to it.`,
      ...(error.kind === 'refused' && { foreign: error.why }),
    };
  }
  const parsed = parseCache(text, now());
  if (parsed.kind === 'ok') return { cache: new VerdictCache(parsed.data, now), writable: true };
  const consequence = parsed.overwrite ? 'ignoring and replacing it' : 'ignoring it and not writing to it';
  return {
    cache: empty,
    writable: parsed.overwrite,
    warning: `Link cache ${path} ${parsed.why}; ${consequence}.`,
    ...(!parsed.overwrite && { foreign: parsed.why }),
  };
}

/**
 * Writes to a temporary file beside the target (created exclusively, under a random name), then renames:
 * readers see the old or the new file, never half. A symbolic link is written through (its target is
 * replaced, the link stays), as `--fix` writes lists.
 */
export async function saveCache(file: string, cache: VerdictCache, now: number = Date.now()): Promise<void> {
  const path = await realpath(file).catch(() => file);
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, serializeCache(cache.data, now), { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
