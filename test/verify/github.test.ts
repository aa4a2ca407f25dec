import { Agent } from 'undici';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  githubLinkVerdict,
  githubRepoOf,
  graphqlEndpointOf,
  lookupGithubRepos,
} from '../../src/verify/github.js';
import { verify } from '../../src/verify/index.js';
import { type FakeGithub, startFakeGithub } from '../helpers/fake-github.js';
import { json } from '../helpers/fake-registry.js';
import { tableLookup, testOptions, testTuning } from './setup.js';

const dispatcher = new Agent();
const started: FakeGithub[] = [];
const start = async (...args: Parameters<typeof startFakeGithub>) => {
  const server = await startFakeGithub(...args);
  started.push(server);
  return server;
};
afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.close()));
});
afterAll(() => dispatcher.close());

const options = (api: string, extra: Record<string, unknown> = {}) => ({
  api,
  concurrency: 4,
  dispatcher,
  userAgent: 'paperlint-test',
  timeout: 2000,
  ...extra,
});

describe('githubRepoOf', () => {
  it.each([
    ['https://github.com/openai/CLIP', { owner: 'openai', repo: 'CLIP' }],
    ['https://github.com/openai/CLIP/', { owner: 'openai', repo: 'CLIP' }],
    ['https://www.github.com/openai/CLIP.git', { owner: 'openai', repo: 'CLIP' }],
    ['http://github.com/openai/CLIP#readme', { owner: 'openai', repo: 'CLIP' }],
    ['https://github.com/openai/CLIP?tab=readme-ov-file', { owner: 'openai', repo: 'CLIP' }],
    [
      'https://github.com/huggingface/transformers/tree/main/src',
      { owner: 'huggingface', repo: 'transformers' },
    ],
    ['https://github.com/a-b/c.d_e/blob/main/README.md', { owner: 'a-b', repo: 'c.d_e' }],
  ])('%s is a repository link', (url, expected) => {
    expect(githubRepoOf(url)).toEqual(expected);
  });

  it.each([
    'https://github.com/features/copilot',
    'https://github.com/orgs/openai/repositories',
    'https://github.com/sponsors/someone',
    'https://github.com/topics/recommender-system',
    'https://github.com/marketplace/actions/x',
    'https://github.com/openai',
    'https://github.com/',
    'https://gist.github.com/someone/0123456789abcdef',
    'https://github.com/openai/CLIP/issues/12',
    'https://github.com/openai/CLIP/releases',
    'https://github.com/openai/CLIP.git/tree/main',
    'https://raw.githubusercontent.com/openai/CLIP/main/README.md',
    'https://github.com/-bad/repo',
    'https://github.com/owner/..',
    'ftp://github.com/openai/CLIP',
    'not a url',
  ])('%s is not', (url) => {
    expect(githubRepoOf(url)).toBeUndefined();
  });
});

describe('lookupGithubRepos', () => {
  it('finds repositories, archived or not, case-insensitively, and reports missing ones', async () => {
    const fake = await start({ repos: { 'openai/CLIP': {}, 'old/Thing': { archived: true } } });
    const { results, requests } = await lookupGithubRepos(
      [
        { owner: 'openai', repo: 'CLIP' },
        { owner: 'OpenAI', repo: 'clip' },
        { owner: 'old', repo: 'thing' },
        { owner: 'gone', repo: 'away' },
      ],
      options(fake.api),
    );
    expect(requests).toBe(3);
    expect(Object.fromEntries(results)).toEqual({
      'openai/clip': {
        status: 'found',
        archived: false,
        fullName: 'openai/CLIP',
        htmlUrl: 'https://github.com/openai/CLIP',
      },
      'old/thing': {
        status: 'found',
        archived: true,
        fullName: 'old/Thing',
        htmlUrl: 'https://github.com/old/Thing',
      },
      'gone/away': { status: 'not-found' },
    });
    expect(fake.requests[0].headers.accept).toBe('application/vnd.github+json');
    expect(fake.requests.every((request) => request.headers.authorization === undefined)).toBe(true);
  });

  it('follows the 301 of a renamed repository to its new name', async () => {
    const fake = await start({ repos: { 'lab/old-name': { movedTo: 'org/new-name' }, 'org/new-name': {} } });
    const { results, requests } = await lookupGithubRepos(
      [{ owner: 'lab', repo: 'old-name' }],
      options(fake.api),
    );
    expect(requests).toBe(2);
    expect(fake.requests.map((request) => request.path)).toEqual([
      '/repos/lab/old-name',
      '/repositories/1001',
    ]);
    expect(results.get('lab/old-name')).toEqual({
      status: 'moved',
      htmlUrl: 'https://github.com/org/new-name',
    });
  });

  it('sends the token to the API origin only, and never repeats it in a reason', async () => {
    const token = 'ghp_secretsecretsecret';
    const elsewhere = await start({ repos: { 'org/new-name': {} } });
    // Without GraphQL every repository goes to REST, whose redirects are what this test follows.
    const fake = await start({ token, repos: { 'me/mine': {} } });
    fake.route('GET', '/repos/lab/old-name', () =>
      json(301, {}, { location: `${elsewhere.origin}/repos/org/new-name` }),
    );
    fake.route('GET', '/repos/lab/teapot', () => json(418, { message: `token ${token}?` }));
    const { results } = await lookupGithubRepos(
      [
        { owner: 'me', repo: 'mine' },
        { owner: 'lab', repo: 'old-name' },
        { owner: 'lab', repo: 'teapot' },
      ],
      options(fake.api, { token }),
    );
    expect(fake.requests.every((request) => request.headers.authorization === `Bearer ${token}`)).toBe(true);
    expect(elsewhere.requests).toHaveLength(1);
    expect(elsewhere.requests[0].headers.authorization).toBeUndefined();
    expect(results.get('me/mine')?.status).toBe('found');
    expect(results.get('lab/old-name')).toEqual({
      status: 'moved',
      htmlUrl: 'https://github.com/org/new-name',
    });
    expect(results.get('lab/teapot')).toEqual({
      status: 'unverifiable',
      reason: 'GitHub API answered HTTP 418',
    });
    expect(JSON.stringify([...results])).not.toContain(token);
  });

  it('stops asking once X-RateLimit-Remaining reaches 0 and marks the rest unverifiable', async () => {
    const repos = Object.fromEntries(Array.from({ length: 5 }, (_, n) => [`o/r${n}`, {}]));
    const fake = await start({ repos, rateLimit: 2 });
    const { results, requests } = await lookupGithubRepos(
      Object.keys(repos).map((name) => ({ owner: 'o', repo: name.slice(2) })),
      options(fake.api, { concurrency: 1 }),
    );
    expect(requests).toBe(2);
    expect(fake.requests).toHaveLength(2);
    const statuses = [...results.values()].map((result) => result.status);
    expect(statuses).toEqual(['found', 'found', 'unverifiable', 'unverifiable', 'unverifiable']);
    const last = results.get('o/r4');
    expect(last?.status === 'unverifiable' && last.reason).toMatch(
      /^GitHub API rate limit reached until \d{4}-/,
    );
  });

  it('reads a 403 rate-limit answer as unverifiable, not dead, from GraphQL and then REST', async () => {
    const fake = await start({ repos: { 'o/r': {} }, rateLimit: 0 });
    for (const token of [undefined, 'ghs_x']) {
      const { results } = await lookupGithubRepos([{ owner: 'o', repo: 'r' }], options(fake.api, { token }));
      expect(results.get('o/r')?.status).toBe('unverifiable');
    }
    expect(fake.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /repos/o/r',
      'POST /graphql',
      'GET /repos/o/r',
    ]);
  });
});

describe('lookupGithubRepos through GraphQL', () => {
  /** Found, archived, renamed, missing and differently cased repositories, in tens. */
  function mixedRepos(count: number) {
    const seeded: Record<string, { archived?: boolean; movedTo?: string }> = {};
    const asked: Array<{ owner: string; repo: string }> = [];
    for (let i = 0; i < count; i++) {
      const kind = i % 10;
      if (kind === 7) {
        seeded[`lab/old-${i}`] = { movedTo: `org/new-${i}` };
        seeded[`org/new-${i}`] = {};
        asked.push({ owner: 'lab', repo: `old-${i}` });
      } else if (kind === 8) {
        asked.push({ owner: 'gone', repo: `away-${i}` });
      } else {
        seeded[`Owner${i % 13}/Repo-${i}`] = { archived: kind === 6 };
        asked.push(
          kind === 9
            ? { owner: `owner${i % 13}`, repo: `repo-${i}` }
            : { owner: `Owner${i % 13}`, repo: `Repo-${i}` },
        );
      }
    }
    return { seeded, asked };
  }

  it('answers 1,000 repository links in 10 requests with the verdicts the REST path gives', async () => {
    const { seeded, asked } = mixedRepos(1000);
    const token = 'ghs_token';
    const fake = await start({ repos: seeded, token, graphql: '/graphql' });
    // The same repositories on a server without GraphQL: every lookup takes the REST path.
    const restOnly = await start({ repos: seeded, token });
    const urls = asked.map(
      ({ owner, repo }, i) => `https://github.com/${owner}/${repo}${i % 3 === 0 ? '/tree/main/src' : ''}`,
    );
    const run = (githubApi: string) =>
      verify(
        { urls, arxiv: [], dois: [] },
        testOptions({ githubApi, githubToken: token, hostConcurrency: 16, timeout: 10_000 }),
        // github.com resolves to a refused address: a repository neither API decided would never be fetched.
        testTuning({ lookup: tableLookup({ 'github.com': '127.0.0.1' }) }),
      );
    const viaGraphql = await run(fake.api);
    expect(viaGraphql.requests).toBe(10);
    expect(fake.requests.every((request) => request.method === 'POST' && request.path === '/graphql')).toBe(
      true,
    );
    const viaRest = await run(restOnly.api);
    // One refused GraphQL request, one REST request a repository and one more for each renamed one.
    expect(viaRest.requests).toBe(1 + 1000 + 100);
    // The same answers, but for whether a repository is empty, which only GraphQL can tell.
    const withoutEmpty = (results: typeof viaRest.github) =>
      Object.fromEntries([...results].map(([key, result]) => [key, { ...result, empty: undefined }]));
    expect(withoutEmpty(viaGraphql.github)).toEqual(withoutEmpty(viaRest.github));
    expect(Object.fromEntries(viaGraphql.links)).toEqual(Object.fromEntries(viaRest.links));
    const statuses = new Set([...viaGraphql.links.values()].map((verdict) => verdict.status));
    expect(statuses).toEqual(new Set(['alive', 'redirect', 'dead']));
    expect(
      [...viaGraphql.github.values()].filter((result) => result.status === 'found' && result.archived),
    ).toHaveLength(100);
  });

  it('asks REST for what GraphQL leaves undecided, and for every batch a server without GraphQL refuses', async () => {
    const token = 'ghs_token';
    const fake = await start({ token, repos: { 'a/one': {}, 'a/two': {}, 'a/three': { archived: true } } });
    // An error GraphQL gives for one alias (not NOT_FOUND) leaves that repository to REST.
    fake.route('POST', '/graphql', () =>
      json(200, {
        data: {
          r0: { nameWithOwner: 'a/one', isArchived: false, url: 'https://github.com/a/one' },
          r1: null,
          r2: null,
        },
        errors: [
          {
            type: 'FORBIDDEN',
            path: ['r1'],
            message: 'Resource protected by organization SAML enforcement.',
          },
          {
            type: 'NOT_FOUND',
            path: ['r2'],
            message: "Could not resolve to a Repository with the name 'a/three'.",
          },
        ],
      }),
    );
    const asked = ['one', 'two', 'three'].map((repo) => ({ owner: 'a', repo }));
    const { results, requests } = await lookupGithubRepos(asked, options(fake.api, { token }));
    expect(requests).toBe(2);
    expect(fake.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'POST /graphql',
      'GET /repos/a/two',
    ]);
    expect(Object.fromEntries([...results].map(([key, result]) => [key, result.status]))).toEqual({
      'a/one': 'found',
      'a/two': 'found',
      'a/three': 'not-found',
    });

    const without = await start({ token, repos: { 'a/one': {} } });
    const many = Array.from({ length: 250 }, (_, i) => ({ owner: 'a', repo: i === 0 ? 'one' : `r${i}` }));
    const fallback = await lookupGithubRepos(many, options(without.api, { token, concurrency: 1 }));
    // One refused GraphQL request, then REST for all 250.
    expect(fallback.requests).toBe(251);
    expect(without.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
    expect(fallback.results.get('a/one')?.status).toBe('found');
    expect(fallback.results.get('a/r1')?.status).toBe('not-found');
  });

  it('finds GraphQL beside the REST root, at /api/graphql on GitHub Enterprise Server', async () => {
    expect(graphqlEndpointOf('https://api.github.com')).toBe('https://api.github.com/graphql');
    expect(graphqlEndpointOf('https://ghe.example/api/v3/')).toBe('https://ghe.example/api/graphql');
    const fake = await start({ repos: { 'team/tool': {} }, graphql: '/api/graphql' });
    const { results, requests } = await lookupGithubRepos(
      [{ owner: 'team', repo: 'tool' }],
      options(`${fake.origin}/api/v3`, { token: 'ghs_enterprise' }),
    );
    expect(requests).toBe(1);
    expect(fake.requests[0].path).toBe('/api/graphql');
    expect(fake.requests[0].headers.authorization).toBe('Bearer ghs_enterprise');
    expect(results.get('team/tool')?.status).toBe('found');
  });

  it('marks a batch unverifiable when the API does not answer, as REST does', async () => {
    const { results, requests } = await lookupGithubRepos(
      [{ owner: 'o', repo: 'r' }],
      options('http://127.0.0.1:9', { token: 'ghs_x' }),
    );
    expect(requests).toBe(1);
    expect(results.get('o/r')).toMatchObject({
      status: 'unverifiable',
      reason: expect.stringMatching(/^GitHub API: /),
    });
  });
});

describe('githubLinkVerdict', () => {
  it('turns repository results into link verdicts, keeping the path inside a renamed repository', () => {
    const url = 'https://github.com/lab/old-name/tree/main/src#usage';
    expect(githubLinkVerdict(url, { status: 'moved', htmlUrl: 'https://github.com/org/new-name' })).toEqual({
      status: 'redirect',
      to: 'https://github.com/org/new-name/tree/main/src#usage',
      httpStatus: 301,
      chain: [url, 'https://github.com/org/new-name/tree/main/src#usage'],
    });
    expect(githubLinkVerdict(url, { status: 'not-found' })).toMatchObject({
      status: 'dead',
      httpStatus: 404,
    });
    expect(githubLinkVerdict(url, { status: 'unverifiable', reason: 'rate limit' })).toBeUndefined();
    expect(
      githubLinkVerdict('https://github.com/lab/old-name.git', {
        status: 'moved',
        htmlUrl: 'https://github.com/o/n',
      }),
    ).toMatchObject({ to: 'https://github.com/o/n' });
  });
});
