/**
 * A fake GitHub REST API on loopback: a small router (method + path pattern → handler) with a request log.
 * `repos` seeds `GET /repos/{owner}/{repo}` and `GET /repositories/{id}` the way GitHub answers them
 * (case-insensitive names, 301 to `/repositories/{id}` for renamed repositories, 404 otherwise), and, when
 * `graphql` names a path, the aliased `repository(owner:, name:, followRenames: true)` queries paperlint
 * posts there (renames followed, `null` plus a NOT_FOUND error for a missing one);
 * `rateLimit` makes it count down `X-RateLimit-Remaining` and answer 403 once spent. Tests add their own
 * routes with `route()`.
 */

import {
  type FakeResponse,
  type FakeServer,
  json,
  type LoggedRequest,
  startFakeServer,
} from './fake-registry.js';

export interface FakeRepo {
  archived?: boolean;
  /** No commit at all: GraphQL's `isEmpty`, no default branch; REST says `size: 0`, as for small repositories. */
  empty?: boolean;
  /** ISO date of the default branch's latest commit (GraphQL) and of the latest push (REST's `pushed_at`); unsaid when absent. */
  lastCommit?: string;
  /** The repository's current `owner/name` when this name is an old one. */
  movedTo?: string;
}

export type RouteHandler = (
  request: LoggedRequest,
  params: Record<string, string>,
) => FakeResponse | Promise<FakeResponse>;

export interface FakeGithubOptions {
  /** Keyed `owner/name` as GitHub spells it. */
  repos?: Record<string, FakeRepo>;
  /** Requests allowed before 403 "rate limit exceeded"; unlimited (no headers) when absent. */
  rateLimit?: number;
  /** When set, requests must carry `Authorization: Bearer <token>` (401 otherwise). */
  token?: string;
  /**
   * Serves GraphQL at this path (GitHub's `/graphql`, GHES's `/api/graphql`); absent, the server has none
   * (as an old GHES) and paperlint asks REST for every repository, which tests written for REST rely on.
   */
  graphql?: string;
}

export interface FakeGithub extends FakeServer {
  /** The API root to pass as `--github-api`. */
  api: string;
  /** Adds a route; `:name` segments become params. Routes added later win. */
  route(method: string, pattern: string, handler: RouteHandler): void;
}

interface Route {
  method: string;
  regex: RegExp;
  names: string[];
  handler: RouteHandler;
}

function compile(method: string, pattern: string, handler: RouteHandler): Route {
  const names: string[] = [];
  const source = pattern
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(segment.slice(1));
      return '([^/]+)';
    })
    .join('/');
  return { method: method.toUpperCase(), regex: new RegExp(`^${source}$`), names, handler };
}

export async function startFakeGithub(options: FakeGithubOptions = {}): Promise<FakeGithub> {
  const routes: Route[] = [];
  const repos = Object.entries(options.repos ?? {}).map(([fullName, repo], index) => ({
    id: 1000 + index,
    fullName,
    ...repo,
  }));
  let remaining = options.rateLimit;
  const reset = Math.floor(Date.now() / 1000) + 3600;
  let origin = '';

  const repoJson = (repo: (typeof repos)[number]) => ({
    id: repo.id,
    name: repo.fullName.split('/')[1],
    full_name: repo.fullName,
    html_url: `https://github.com/${repo.fullName}`,
    archived: repo.archived === true,
    size: repo.empty ? 0 : 1,
    ...(repo.lastCommit && { pushed_at: repo.lastCommit }),
  });
  const current = (fullName: string) =>
    repos.find((repo) => repo.fullName.toLowerCase() === fullName.toLowerCase());

  routes.push(
    compile('GET', '/repos/:owner/:repo', (_request, params) => {
      const repo = current(`${decodeURIComponent(params.owner)}/${decodeURIComponent(params.repo)}`);
      if (!repo) return json(404, { message: 'Not Found', status: '404' });
      if (repo.movedTo) {
        const target = current(repo.movedTo);
        const location = `${origin}/repositories/${target?.id ?? 0}`;
        return json(301, { message: 'Moved Permanently', url: location }, { location });
      }
      return json(200, repoJson(repo));
    }),
    compile('GET', '/repositories/:id', (_request, params) => {
      const repo = repos.find((candidate) => String(candidate.id) === params.id && !candidate.movedTo);
      return repo ? json(200, repoJson(repo)) : json(404, { message: 'Not Found', status: '404' });
    }),
  );
  if (options.graphql) {
    routes.push(
      compile('POST', options.graphql, (request) => {
        const { query, variables } = JSON.parse(request.body) as {
          query: string;
          variables: Record<string, string>;
        };
        const data: Record<string, unknown> = {};
        const errors: unknown[] = [];
        for (const [, alias, owner, name] of query.matchAll(
          /(\w+): repository\(owner: \$(\w+), name: \$(\w+), followRenames: true\)/g,
        )) {
          const asked = `${variables[owner]}/${variables[name]}`;
          const found = current(asked);
          const repo = found?.movedTo ? current(found.movedTo) : found;
          data[alias] = repo
            ? {
                nameWithOwner: repo.fullName,
                isArchived: repo.archived === true,
                url: repoJson(repo).html_url,
                isEmpty: repo.empty === true,
                defaultBranchRef: repo.lastCommit ? { target: { committedDate: repo.lastCommit } } : null,
              }
            : null;
          if (!repo) {
            errors.push({
              type: 'NOT_FOUND',
              path: [alias],
              message: `Could not resolve to a Repository with the name '${asked}'.`,
            });
          }
        }
        return json(200, errors.length > 0 ? { data, errors } : { data });
      }),
    );
  }

  const server = await startFakeServer(async (request) => {
    if (options.token !== undefined && request.headers.authorization !== `Bearer ${options.token}`) {
      return json(401, { message: 'Bad credentials', status: '401' });
    }
    let limitHeaders: Record<string, string> = {};
    if (remaining !== undefined) {
      if (remaining === 0) {
        return json(
          403,
          { message: 'API rate limit exceeded for 127.0.0.1.' },
          {
            'x-ratelimit-limit': String(options.rateLimit),
            'x-ratelimit-remaining': '0',
            'x-ratelimit-reset': String(reset),
          },
        );
      }
      remaining--;
      limitHeaders = {
        'x-ratelimit-limit': String(options.rateLimit),
        'x-ratelimit-remaining': String(remaining),
        'x-ratelimit-reset': String(reset),
      };
    }
    for (const route of [...routes].reverse()) {
      const match = route.method === request.method ? route.regex.exec(request.path) : null;
      if (!match) continue;
      const params = Object.fromEntries(route.names.map((name, index) => [name, match[index + 1]]));
      const response = await route.handler(request, params);
      return { ...response, headers: { ...limitHeaders, ...response.headers } };
    }
    return json(404, { message: 'Not Found', status: '404' }, limitHeaders);
  });
  origin = server.origin;
  return Object.assign(server, {
    api: server.origin,
    route: (method: string, pattern: string, handler: RouteHandler) => {
      routes.push(compile(method, pattern, handler));
    },
  });
}
