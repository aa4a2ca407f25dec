import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import type { ArxivResult, ArxivSearchResult, DoiResult, GithubRepoResult, LinkVerdict } from './types.js';

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

export const emptyCache = (): CacheData => ({
  links: {},
  arxiv: {},
  arxivSearches: {},
  dois: {},
  github: {},
});

export type ParsedCache =
  | { kind: 'ok'; data: CacheData }
  /** Not ours or not readable as ours: ignored; `overwrite` says whether writing over it is safe. */
  | { kind: 'ignored'; why: string; overwrite: boolean };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads a cache file's text; anything unexpected is reported, never thrown. */
export function parseCache(text: string): ParsedCache {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'ignored', why: 'is not valid JSON', overwrite: true };
  }
  // A JSON file that is not a paperlint cache belongs to someone else: leave it alone.
  if (!isRecord(json) || json.format !== FORMAT) {
    return { kind: 'ignored', why: 'is not a paperlint cache', overwrite: false };
  }
  if (json.version !== CACHE_VERSION) {
    return { kind: 'ignored', why: `has cache format version ${String(json.version)}`, overwrite: true };
  }
  const data = emptyCache();
  for (const section of Object.keys(data) as Section[]) {
    const stored = json[section];
    // A section newer than the file (title searches) starts empty instead of costing the whole cache.
    if (stored === undefined) continue;
    if (!isRecord(stored))
      return { kind: 'ignored', why: `has a malformed "${section}" section`, overwrite: true };
    for (const [key, entry] of Object.entries(stored)) {
      if (
        isRecord(entry) &&
        typeof entry.at === 'number' &&
        isRecord(entry.value) &&
        typeof entry.value.status === 'string'
      ) {
        (data[section] as Record<string, unknown>)[key] = entry;
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
}

export async function loadCache(path: string, now: () => number = Date.now): Promise<LoadedCache> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT')
      return { cache: new VerdictCache(emptyCache(), now), writable: true };
    return {
      cache: new VerdictCache(emptyCache(), now),
      writable: false,
      warning: `Link cache ${path} could not be read (${(error as Error).message}); ignoring it.`,
    };
  }
  const parsed = parseCache(text);
  if (parsed.kind === 'ok') return { cache: new VerdictCache(parsed.data, now), writable: true };
  const consequence = parsed.overwrite ? 'ignoring and replacing it' : 'ignoring it and not writing to it';
  return {
    cache: new VerdictCache(emptyCache(), now),
    writable: parsed.overwrite,
    warning: `Link cache ${path} ${parsed.why}; ${consequence}.`,
  };
}

/** Writes to a temporary file beside the target, then renames: readers see the old or the new file, never half. */
export async function saveCache(path: string, cache: VerdictCache, now: number = Date.now()): Promise<void> {
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, serializeCache(cache.data, now));
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
