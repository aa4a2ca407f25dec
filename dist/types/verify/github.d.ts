/** github.com repository links checked through the GitHub REST API: existence, archival, renames. */
import type { ClientOptions, GithubRepoResult, LinkVerdict } from './types.js';
export interface GithubLookupOptions extends ClientOptions {
    /** The REST API root, `https://api.github.com` (or `$GITHUB_API_URL`). */
    api: string;
    /** Sent as a bearer token, to the API's own origin only. */
    token?: string;
    concurrency: number;
}
export interface GithubRepo {
    owner: string;
    repo: string;
}
/**
 * The repository a link points at: `github.com/owner/repo`, optionally `/tree/…`, `/blob/…`, `.git` or a
 * fragment; `undefined` for GitHub's own pages (features, orgs, topics, sponsors…), gists and bare accounts.
 */
export declare function githubRepoOf(url: string): GithubRepo | undefined;
/** Result key of a repository: `owner/repo`, lower-case (GitHub names are case-insensitive). */
export declare function githubRepoKey(repo: GithubRepo): string;
/**
 * What a repository's API result means for one link to it: 404 → dead, renamed → redirect to the same
 * place in the new repository; `undefined` when the API could not tell (check the link over plain HTTP).
 */
export declare function githubLinkVerdict(url: string, result: GithubRepoResult): LinkVerdict | undefined;
/**
 * Looks repositories up with `GET {api}/repos/{owner}/{repo}`, `concurrency` at a time, following the 301
 * GitHub sends for renamed repositories. Results are keyed by `githubRepoKey`; when the rate limit runs out the
 * rest are `unverifiable` without being requested.
 */
export declare function lookupGithubRepos(repos: GithubRepo[], options: GithubLookupOptions): Promise<{
    results: Map<string, GithubRepoResult>;
    requests: number;
}>;
