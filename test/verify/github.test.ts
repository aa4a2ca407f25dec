import { Agent } from 'undici';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { githubLinkVerdict, githubRepoOf, lookupGithubRepos } from '../../src/verify/github.js';
import { type FakeGithub, startFakeGithub } from '../helpers/fake-github.js';
import { json } from '../helpers/fake-registry.js';

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

  it('reads a 403 rate-limit answer as unverifiable, not dead', async () => {
    const fake = await start({ repos: { 'o/r': {} }, rateLimit: 0 });
    const { results } = await lookupGithubRepos([{ owner: 'o', repo: 'r' }], options(fake.api));
    expect(results.get('o/r')?.status).toBe('unverifiable');
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
