/** github.com repository links checked through the GitHub REST API: existence, archival, renames. */

import {
  headerValue,
  lookupEach,
  type RegistryResponse,
  type ResponseHeaders,
  sendRegistryRequest,
  TransportError,
} from './registry-http.js';
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

/** First path segments of github.com that are GitHub's own pages, not accounts. */
const RESERVED_OWNERS = new Set([
  'about',
  'account',
  'apps',
  'blog',
  'business',
  'codespaces',
  'collections',
  'contact',
  'copilot',
  'customer-stories',
  'dashboard',
  'education',
  'enterprise',
  'events',
  'explore',
  'features',
  'git-guides',
  'github-copilot',
  'home',
  'issues',
  'join',
  'login',
  'logout',
  'marketplace',
  'mobile',
  'new',
  'nonprofit',
  'notifications',
  'open-source',
  'organizations',
  'orgs',
  'partners',
  'premium-support',
  'pricing',
  'pulls',
  'readme',
  'resources',
  'search',
  'security',
  'sessions',
  'settings',
  'signup',
  'site',
  'sitemap',
  'skills',
  'solutions',
  'sponsors',
  'stars',
  'team',
  'topics',
  'trending',
  'users',
  'watching',
]);

const OWNER = /^[a-z\d][a-z\d-]{0,38}$/i;
const REPO = /^[\w.-]{1,100}$/;
const MAX_REDIRECTS = 3;
const GITHUB_HOSTS = new Set(['github.com', 'www.github.com']);

/** Splits a github.com link into the repository and what follows it (`/tree/main/src`, query, fragment). */
function repoLink(url: string): { repo: GithubRepo; rest: string } | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if ((parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || !GITHUB_HOSTS.has(parsed.hostname)) {
    return undefined;
  }
  const segments = parsed.pathname.split('/').filter((segment) => segment !== '');
  const [owner, name, kind] = segments;
  if (
    owner === undefined ||
    name === undefined ||
    !OWNER.test(owner) ||
    RESERVED_OWNERS.has(owner.toLowerCase())
  ) {
    return undefined;
  }
  const gitSuffix = name.endsWith('.git');
  const repo = gitSuffix ? name.slice(0, -4) : name;
  if (!REPO.test(repo) || repo === '.' || repo === '..') return undefined;
  if (kind !== undefined && (gitSuffix || (kind !== 'tree' && kind !== 'blob'))) return undefined;
  const rest = segments.slice(2).join('/');
  return {
    repo: { owner, repo },
    rest: (rest === '' ? '' : `/${rest}`) + parsed.search + parsed.hash,
  };
}

/**
 * The repository a link points at: `github.com/owner/repo`, optionally `/tree/…`, `/blob/…`, `.git` or a
 * fragment; `undefined` for GitHub's own pages (features, orgs, topics, sponsors…), gists and bare accounts.
 */
export function githubRepoOf(url: string): GithubRepo | undefined {
  return repoLink(url)?.repo;
}

/** Result key of a repository: `owner/repo`, lower-case (GitHub names are case-insensitive). */
export function githubRepoKey(repo: GithubRepo): string {
  return `${repo.owner}/${repo.repo}`.toLowerCase();
}

/**
 * What a repository's API result means for one link to it: 404 → dead, renamed → redirect to the same
 * place in the new repository; `undefined` when the API could not tell (check the link over plain HTTP).
 */
export function githubLinkVerdict(url: string, result: GithubRepoResult): LinkVerdict | undefined {
  switch (result.status) {
    case 'found':
      return { status: 'alive', finalUrl: url };
    case 'not-found':
      return { status: 'dead', reason: 'GitHub repository not found', httpStatus: 404 };
    case 'moved': {
      const to = result.htmlUrl.replace(/\/+$/, '') + (repoLink(url)?.rest ?? '');
      return { status: 'redirect', to, httpStatus: 301, chain: [url, to] };
    }
    case 'unverifiable':
      return undefined;
  }
}

interface RepoJson {
  full_name?: unknown;
  html_url?: unknown;
  archived?: unknown;
}

/** Shared across the lookups of one run: once GitHub says the quota is spent, stop asking. */
class RateLimit {
  remaining: number | undefined;
  reset: number | undefined;
  inFlight = 0;

  update(headers: ResponseHeaders): void {
    const remaining = headerValue(headers, 'x-ratelimit-remaining');
    const reset = Number(headerValue(headers, 'x-ratelimit-reset'));
    if (remaining !== undefined && /^\d+$/.test(remaining)) this.remaining = Number(remaining);
    if (Number.isFinite(reset) && reset > 0) this.reset = reset;
  }

  /** Whether one more request fits in what GitHub said is left, counting the ones still on their way. */
  allows(): boolean {
    return this.remaining === undefined || this.remaining - this.inFlight > 0;
  }

  reason(): string {
    const when = this.reset === undefined ? '' : ` until ${new Date(this.reset * 1000).toISOString()}`;
    return `GitHub API rate limit reached${when}`;
  }
}

async function lookupOne(
  repo: GithubRepo,
  options: GithubLookupOptions,
  limit: RateLimit,
  count: () => void,
): Promise<GithubRepoResult> {
  const apiOrigin = new URL(options.api).origin;
  let url = `${options.api.replace(/\/+$/, '')}/repos/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}`;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (!limit.allows()) return { status: 'unverifiable', reason: limit.reason() };
    const headers: Record<string, string> = {
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
    };
    // The token goes to the configured API only, never to wherever a redirect points.
    if (options.token && new URL(url).origin === apiOrigin) headers.authorization = `Bearer ${options.token}`;
    count();
    limit.inFlight++;
    let response: RegistryResponse;
    try {
      response = await sendRegistryRequest(url, { headers }, options);
    } catch (error) {
      if (!(error instanceof TransportError)) throw error;
      return { status: 'unverifiable', reason: `GitHub API: ${error.message}` };
    } finally {
      limit.inFlight--;
    }
    limit.update(response.headers);
    const { status } = response;
    const location = headerValue(response.headers, 'location');
    if ((status === 301 || status === 302 || status === 307 || status === 308) && location) {
      url = new URL(location, url).toString();
      continue;
    }
    if (status === 404) return { status: 'not-found' };
    if (status === 200) return repoResult(repo, response.body);
    if ((status === 403 || status === 429) && limit.remaining === 0) {
      return { status: 'unverifiable', reason: limit.reason() };
    }
    return { status: 'unverifiable', reason: `GitHub API answered HTTP ${status}` };
  }
  return { status: 'unverifiable', reason: 'GitHub API redirected too often' };
}

function repoResult(repo: GithubRepo, body: string): GithubRepoResult {
  let json: RepoJson;
  try {
    json = JSON.parse(body) as RepoJson;
  } catch {
    return { status: 'unverifiable', reason: 'GitHub API sent unreadable JSON' };
  }
  if (typeof json.full_name !== 'string' || typeof json.html_url !== 'string') {
    return { status: 'unverifiable', reason: 'GitHub API sent no repository' };
  }
  // A rename answers with the new name (after a 301); a change of case alone is the same repository.
  if (json.full_name.toLowerCase() !== githubRepoKey(repo)) {
    return { status: 'moved', htmlUrl: json.html_url };
  }
  return {
    status: 'found',
    archived: json.archived === true,
    fullName: json.full_name,
    htmlUrl: json.html_url,
  };
}

/**
 * Looks repositories up with `GET {api}/repos/{owner}/{repo}`, `concurrency` at a time, following the 301
 * GitHub sends for renamed repositories. Results are keyed by `githubRepoKey`; when the rate limit runs out the
 * rest are `unverifiable` without being requested.
 */
export async function lookupGithubRepos(
  repos: GithubRepo[],
  options: GithubLookupOptions,
): Promise<{ results: Map<string, GithubRepoResult>; requests: number }> {
  const rateLimit = new RateLimit();
  return lookupEach(
    repos.map((repo) => [githubRepoKey(repo), repo] as const),
    options.concurrency,
    (repo, count) => lookupOne(repo, options, rateLimit, count),
  );
}
