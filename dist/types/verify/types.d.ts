import type { Dispatcher } from 'undici';
/** How one link ended. Never "dead" because a bot wall said 403: that is `unverifiable`. */
export type LinkVerdict = {
    status: 'alive';
    finalUrl?: string;
    chain?: string[];
} | {
    status: 'redirect';
    to: string;
    httpStatus: number;
    chain: string[];
} | {
    status: 'dead';
    reason: string;
    httpStatus?: number;
    chain?: string[];
} | {
    status: 'unverifiable';
    reason: string;
    httpStatus?: number;
};
/** The reason of a dead link whose redirects end on a home or landing page instead of the page (`soft-404.ts`). */
export declare const SOFT_NOT_FOUND = "soft 404: redirected to a generic page";
/** The reason of every link, id and DOI left unchecked because the run found the network unavailable. */
export declare const NETWORK_UNAVAILABLE = "network unavailable";
/** arXiv API metadata of one id (or one pinned version). */
export interface ArxivRecord {
    /** Id without version. */
    id: string;
    /** Latest version the API reported (or the pinned one asked for). */
    version?: number;
    title: string;
    /** Title of version 1, when it differs and the run asked for it (see `VerifyRequest.arxiv`). */
    firstTitle?: string;
    published?: string;
    comment?: string;
    /** `arxiv:journal_ref`: where the authors say the paper was published. */
    journalRef?: string;
    /** `arxiv:doi`: the DOI of the published version. */
    doi?: string;
    /** The first authors' names (records cached by older versions have none). */
    authors?: string[];
    /** The GitHub repository the comment or abstract gives as the paper's code. */
    code?: string;
    /** The abstract: only when the lookup asked for it (`paperlint add`), so never in the cache. */
    abstract?: string;
    withdrawn: boolean;
}
export type ArxivResult = {
    status: 'found';
    record: ArxivRecord;
} | {
    status: 'not-found';
} | {
    status: 'unverifiable';
    reason: string;
};
/** What an arXiv title search found: each paper the API matched (at most 10), latest titles. */
export type ArxivSearchResult = {
    status: 'found';
    papers: Array<{
        id: string;
        title: string;
    }>;
} | {
    status: 'unverifiable';
    reason: string;
};
/** One publication a DBLP search found. */
export interface DblpHit {
    /** Entities decoded, final full stop dropped. */
    title: string;
    /** `NeurIPS`, `IEEE Trans. Knowl. Data Eng.`, `CoRR` (arXiv's copy). */
    venue: string;
    year?: number;
    /** `Conference and Workshop Papers`, `Journal Articles`, `Informal and Other Publications`. */
    type: string;
    authors: string[];
}
/** A DBLP title search: what it found (perhaps nothing), or why it could not ask. */
export type DblpSearchResult = {
    status: 'found';
    hits: DblpHit[];
} | {
    status: 'unverifiable';
    reason: string;
};
export type DoiResult = {
    status: 'found';
} | {
    status: 'not-found';
} | {
    status: 'unverifiable';
    reason: string;
};
export type GithubRepoResult = {
    status: 'found';
    archived: boolean;
    fullName: string;
    htmlUrl: string;
    /** The repository holds no commit at all ("code coming soon"); GraphQL tells, REST cannot (absent). */
    empty?: boolean;
    /**
     * ISO date of the latest change: the default branch's latest commit (GraphQL), or the latest push to any
     * branch (REST), which is never older. Absent when the API did not say.
     */
    lastChange?: string;
} | {
    status: 'moved';
    htmlUrl: string;
} | {
    status: 'not-found';
}
/** Rate limit exhausted or API unreachable: the caller falls back to a plain HTTP check. */
 | {
    status: 'unverifiable';
    reason: string;
};
/** What every network client gets: one pooled, address-guarded dispatcher and polite settings. */
export interface ClientOptions {
    dispatcher: Dispatcher;
    userAgent: string;
    timeout: number;
}
/** How far a run has got: results in so far, out of `total`, by how they ended. */
export interface VerifyProgress {
    done: number;
    total: number;
    alive: number;
    dead: number;
    unverified: number;
}
/** One host's own politeness (config `hosts.<name>`): either replaces the run-wide per-host setting. */
export interface HostLimit {
    /** Requests in flight to the host. */
    concurrency?: number;
    /** Minimum gap in ms between the starts of two requests to the host. */
    interval?: number;
}
export interface VerifyOptions {
    concurrency: number;
    hostConcurrency: number;
    /** Minimum gap in ms between the starts of two requests to one host (0 = none). */
    hostInterval: number;
    /** Per host name (lower-case): its own concurrency or gap (from config). */
    hostLimits?: Record<string, HostLimit>;
    timeout: number;
    arxivApi: string;
    arxivInterval: number;
    doiApi: string;
    githubApi: string;
    githubToken?: string;
    allowPrivateHosts: boolean;
    /** arXiv title searches a run may send for link proposals (absent or 0: none); cached answers are free. */
    maxSearches?: number;
    /** `dblp`: also ask DBLP where the papers arXiv says nothing about were published (`--venues dblp`). */
    venues?: 'dblp';
    /** DBLP's publication search, `https://dblp.org/search/publ/api`. */
    dblpApi?: string;
    /** Minimum gap in ms between DBLP requests (default 1000: one a second). */
    dblpInterval?: number;
    /** Path of the verdict cache; undefined = no cache. */
    cachePath?: string;
    /** Extra request headers per host name (from config). */
    hostHeaders?: Record<string, Record<string, string>>;
    userAgent: string;
    /** Called as results come in (the CLI draws a progress line on a TTY). */
    onProgress?: (progress: VerifyProgress) => void;
    /** Called once for run-wide notes (corrupt cache ignored, network unavailable). */
    onNotice?: (message: string) => void;
}
/** What to verify across all files of a run; each distinct URL, id or DOI is checked once. */
export interface VerifyRequest {
    /** Web links (arXiv, DOI and GitHub links are routed to their registries, not fetched). */
    urls: string[];
    /**
     * `title`: the title a list gives the paper. When a title given for an unpinned id does not match its
     * latest arXiv title, version 1 is asked for too and its title becomes the record's `firstTitle`.
     */
    arxiv: Array<{
        id: string;
        version?: number;
        title?: string;
    }>;
    dois: string[];
    /**
     * The titles to search arXiv for, given every arXiv id's result (asked once, after the id lookups): the
     * entries whose link a title search may correct. Searched in order, at most `maxSearches` uncached ones.
     */
    titlesToSearch?: (arxiv: ReadonlyMap<string, ArxivResult>) => string[];
}
export interface VerifyResults {
    /**
     * Web links keyed by the URL as given in `VerifyRequest.urls`, including github.com repository links (from the
     * API result, or a plain HTTP check when the API could not tell); arXiv and DOI links have none.
     */
    links: Map<string, LinkVerdict>;
    /** Keyed by `id` or `idvN` for pinned versions. */
    arxiv: Map<string, ArxivResult>;
    /** Keyed by lower-case DOI. */
    dois: Map<string, DoiResult>;
    /** GitHub API results of the github.com repository links, keyed by `owner/repo` lower-case (`githubRepoKey`). */
    github: Map<string, GithubRepoResult>;
    /** Title searches keyed by the title as `titlesToSearch` gave it; titles past `maxSearches` have none. */
    arxivSearches?: Map<string, ArxivSearchResult>;
    /** With `venues: 'dblp'`: DBLP searches keyed by the arXiv title of the papers arXiv says nothing about. */
    dblp?: Map<string, DblpSearchResult>;
    /** Requests actually sent (for benches and tests). */
    requests: number;
}
