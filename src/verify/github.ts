/**
 * github.com repository links checked through the GitHub API: existence, archival, renames. With a token,
 * GraphQL answers 100 repositories a request; REST answers the rest one by one (and everything without a
 * token, since GraphQL asks for one).
 */

import pLimit from 'p-limit';
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
  pushed_at?: unknown;
}

/** What either API says of a found repository besides its name. */
type RepositoryFacts = Pick<
  Extract<GithubRepoResult, { status: 'found' }>,
  'archived' | 'empty' | 'lastChange'
>;

/** A repository as either API names it, for the link that asked for `repo`. */
function repositoryResult(
  repo: GithubRepo,
  fullName: string,
  htmlUrl: string,
  facts: RepositoryFacts,
): GithubRepoResult {
  // A rename answers with the new name; a change of case alone is the same repository.
  if (fullName.toLowerCase() !== githubRepoKey(repo)) return { status: 'moved', htmlUrl };
  return { status: 'found', fullName, htmlUrl, ...facts };
}

/** An ISO date as the APIs write it, or undefined. */
const dateOf = (value: unknown) =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : undefined;

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
  // REST answers a renamed repository with the new name, after a 301. Its `size` cannot tell an empty one.
  const lastChange = dateOf(json.pushed_at);
  return repositoryResult(repo, json.full_name, json.html_url, {
    archived: json.archived === true,
    ...(lastChange && { lastChange }),
  });
}

/** Repositories one GraphQL request asks for, one alias each (GitHub's node limit is far above). */
const GRAPHQL_BATCH = 100;

/** The GraphQL endpoint beside a REST root: `{api}/graphql`, or `{host}/api/graphql` for GHES's `{host}/api/v3`. */
export function graphqlEndpointOf(api: string): string {
  const root = api.replace(/\/+$/, '');
  return /\/api\/v3$/.test(root) ? `${root.slice(0, -'/v3'.length)}/graphql` : `${root}/graphql`;
}

/** What a batch asks of each repository: the same request answers whether it is empty and how old its code is. */
const REPOSITORY_FIELDS =
  'nameWithOwner isArchived url isEmpty defaultBranchRef { target { ... on Commit { committedDate } } }';

/**
 * One query for a batch: `r0: repository(owner: $o0, name: $n0, followRenames: true) {…}`, names passed as
 * variables. Renames are followed by default; saying so makes a server too old to follow them refuse the
 * query (REST then asks) rather than call a renamed repository missing.
 */
function batchQuery(repos: GithubRepo[]): { query: string; variables: Record<string, string> } {
  const variables: Record<string, string> = {};
  const parameters: string[] = [];
  const fields: string[] = [];
  for (const [index, { owner, repo }] of repos.entries()) {
    variables[`o${index}`] = owner;
    variables[`n${index}`] = repo;
    parameters.push(`$o${index}: String!, $n${index}: String!`);
    fields.push(
      `r${index}: repository(owner: $o${index}, name: $n${index}, followRenames: true) { ${REPOSITORY_FIELDS} }`,
    );
  }
  return { query: `query(${parameters.join(', ')}) { ${fields.join(' ')} }`, variables };
}

interface GraphqlRepo {
  nameWithOwner?: unknown;
  isArchived?: unknown;
  url?: unknown;
  isEmpty?: unknown;
  defaultBranchRef?: { target?: { committedDate?: unknown } | null } | null;
}

interface GraphqlAnswer {
  data?: Record<string, GraphqlRepo | null> | null;
  errors?: Array<{ type?: unknown; path?: unknown }>;
}

/**
 * Reads one GraphQL answer by key: a repository node, or `null` with a NOT_FOUND error on its alias. A
 * repository it does not decide (another error, no data) is absent: REST asks for it.
 */
function batchResults(repos: GithubRepo[], body: string): Map<string, GithubRepoResult> {
  const answers = new Map<string, GithubRepoResult>();
  let json: GraphqlAnswer;
  try {
    json = JSON.parse(body) as GraphqlAnswer;
  } catch {
    return answers;
  }
  const missing = new Set(
    (json.errors ?? []).flatMap((error) =>
      error.type === 'NOT_FOUND' && Array.isArray(error.path) && error.path.length === 1
        ? [error.path[0]]
        : [],
    ),
  );
  for (const [index, repo] of repos.entries()) {
    const alias = `r${index}`;
    const node = json.data?.[alias];
    if (node === null && missing.has(alias)) {
      answers.set(githubRepoKey(repo), { status: 'not-found' });
    } else if (node && typeof node.nameWithOwner === 'string' && typeof node.url === 'string') {
      // GraphQL follows renames: an old name answers with the repository's new one.
      const lastChange = dateOf(node.defaultBranchRef?.target?.committedDate);
      answers.set(
        githubRepoKey(repo),
        repositoryResult(repo, node.nameWithOwner, node.url, {
          archived: node.isArchived === true,
          ...(typeof node.isEmpty === 'boolean' && { empty: node.isEmpty }),
          ...(lastChange && { lastChange }),
        }),
      );
    }
  }
  return answers;
}

/**
 * Asks GraphQL for up to 100 repositories a request. What it leaves undecided (no GraphQL on a GHES server,
 * an error, a spent budget, a query too slow to answer in time) is absent from the results; a failed
 * connection makes its batch unverifiable, as REST would.
 */
async function lookupByGraphql(
  repos: GithubRepo[],
  options: GithubLookupOptions & { token: string },
): Promise<{ results: Map<string, GithubRepoResult>; requests: number }> {
  const endpoint = graphqlEndpointOf(options.api);
  const limit = new RateLimit();
  const results = new Map<string, GithubRepoResult>();
  let requests = 0;
  // A server without GraphQL (404) says so once; the other batches then go to REST unasked.
  let unavailable = false;
  const batches: GithubRepo[][] = [];
  for (let start = 0; start < repos.length; start += GRAPHQL_BATCH) {
    batches.push(repos.slice(start, start + GRAPHQL_BATCH));
  }
  const ask = async (batch: GithubRepo[]) => {
    if (unavailable || !limit.allows()) return;
    requests++;
    limit.inFlight++;
    let response: RegistryResponse;
    try {
      response = await sendRegistryRequest(
        endpoint,
        {
          method: 'POST',
          headers: { authorization: `Bearer ${options.token}`, 'content-type': 'application/json' },
          body: JSON.stringify(batchQuery(batch)),
        },
        options,
      );
    } catch (error) {
      if (!(error instanceof TransportError)) throw error;
      // A slow query of 100 repositories says nothing about REST's single ones.
      if (error.timedOut) return;
      const reason = `GitHub API: ${error.message}`;
      for (const repo of batch) results.set(githubRepoKey(repo), { status: 'unverifiable', reason });
      return;
    } finally {
      limit.inFlight--;
    }
    limit.update(response.headers);
    if (response.status === 404) unavailable = true;
    if (response.status !== 200) return;
    for (const [key, result] of batchResults(batch, response.body)) results.set(key, result);
  };
  // The first answer tells whether the server has GraphQL at all, before the other batches go out.
  const [first, ...others] = batches;
  if (first) await ask(first);
  const one = pLimit(Math.max(1, options.concurrency));
  await Promise.all(others.map((batch) => one(() => ask(batch))));
  return { results, requests };
}

/**
 * Looks repositories up: with a token through GraphQL first (100 a request, a fraction of the hourly budget
 * REST would spend), then with `GET {api}/repos/{owner}/{repo}`, `concurrency` at a time, for what GraphQL
 * left undecided, following the 301 GitHub sends for renamed repositories. Results are keyed by
 * `githubRepoKey`, in the order asked; when the REST rate limit runs out the rest are `unverifiable` without
 * being requested.
 */
export async function lookupGithubRepos(
  repos: GithubRepo[],
  options: GithubLookupOptions,
): Promise<{ results: Map<string, GithubRepoResult>; requests: number }> {
  const distinct = new Map(repos.map((repo) => [githubRepoKey(repo), repo] as const));
  const { token } = options;
  const graphql = token
    ? await lookupByGraphql([...distinct.values()], { ...options, token })
    : { results: new Map<string, GithubRepoResult>(), requests: 0 };
  const rateLimit = new RateLimit();
  const rest = await lookupEach(
    [...distinct].filter(([key]) => !graphql.results.has(key)),
    options.concurrency,
    (repo, count) => lookupOne(repo, options, rateLimit, count),
  );
  const results = new Map<string, GithubRepoResult>();
  for (const key of distinct.keys()) {
    const result = graphql.results.get(key) ?? rest.results.get(key);
    if (result) results.set(key, result);
  }
  return { results, requests: graphql.requests + rest.requests };
}
