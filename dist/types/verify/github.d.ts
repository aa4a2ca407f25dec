/**
 * github.com repository links checked through the GitHub API: existence, archival, renames. With a token,
 * GraphQL answers 100 repositories a request; REST answers the rest one by one (and everything without a
 * token, since GraphQL asks for one).
 */
import type { ClientOptions, GithubRepoResult, LinkVerdict } from './types.js';
export interface GithubLookupOptions extends ClientOptions {
    /** The REST API root, `https://api.github.com` (or `$GITHUB_API_URL`); GraphQL is found from it. */
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
/** The GraphQL endpoint beside a REST root: `{api}/graphql`, or `{host}/api/graphql` for GHES's `{host}/api/v3`. */
export declare function graphqlEndpointOf(api: string): string;
/**
 * Looks repositories up: with a token through GraphQL first (100 a request, a fraction of the hourly budget
 * REST would spend), then with `GET {api}/repos/{owner}/{repo}`, `concurrency` at a time, for what GraphQL
 * left undecided, following the 301 GitHub sends for renamed repositories. Results are keyed by
 * `githubRepoKey`, in the order asked; when the REST rate limit runs out the rest are `unverifiable` without
 * being requested.
 */
export declare function lookupGithubRepos(repos: GithubRepo[], options: GithubLookupOptions): Promise<{
    results: Map<string, GithubRepoResult>;
    requests: number;
}>;
