import type { ArxivResult, ArxivSearchResult, DblpSearchResult, DoiResult, GithubRepoResult, LinkVerdict } from './types.js';
/** Bumped whenever the stored shapes change: an older file is then ignored and rewritten. */
export declare const CACHE_VERSION = 1;
export declare const TTL: {
    alive: number;
    dead: number;
    metadata: number;
};
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
export declare const emptyCache: () => CacheData;
export type ParsedCache = {
    kind: 'ok';
    data: CacheData;
}
/** Not readable as ours: ignored; `overwrite` says whether writing over it is safe (it is ours, only old). */
 | {
    kind: 'ignored';
    why: string;
    overwrite: boolean;
};
/**
 * Reads a cache file's text; anything unexpected is reported, never thrown. Every entry is checked against
 * its section's shape (others are dropped), and a check dated after `now` counts as made now.
 */
export declare function parseCache(text: string, now?: number): ParsedCache;
/** The cache file's text, with entries past their time-to-live dropped. */
export declare function serializeCache(data: CacheData, now: number): string;
/** An in-memory view of the cache: fresh lookups and new results with their timestamps. */
export declare class VerdictCache {
    readonly data: CacheData;
    private readonly now;
    constructor(data?: CacheData, now?: () => number);
    get<S extends Section>(section: S, key: string): CachedValue<S> | undefined;
    set<S extends Section>(section: S, key: string, value: CachedValue<S>): void;
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
export declare function loadCache(path: string, now?: () => number): Promise<LoadedCache>;
/**
 * Writes to a temporary file beside the target (created exclusively, under a random name), then renames:
 * readers see the old or the new file, never half. A symbolic link is written through (its target is
 * replaced, the link stays), as `--fix` writes lists.
 */
export declare function saveCache(file: string, cache: VerdictCache, now?: number): Promise<void>;
export {};
