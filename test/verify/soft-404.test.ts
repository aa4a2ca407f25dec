// Soft 404s: deep links redirected to a home or landing page are dead; a site's own home page is alive.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify } from '../../src/verify/index.js';
import { isSoftNotFound } from '../../src/verify/soft-404.js';
import { type FakeServer, startFakeServer } from '../helpers/fake-registry.js';
import { allowListPolicy, tableLookup, testOptions, testTuning } from './setup.js';

describe('isSoftNotFound', () => {
  it.each([
    ['https://paperswithcode.com/paper/attention-is-all-you-need', 'https://huggingface.co/papers/trending'],
    ['http://lab.example.org/projects/old-tool', 'https://lab.example.org/'],
    ['https://example.org/blog', 'https://www.example.org/'],
    ['https://example.org/people/alice/cv.pdf', 'https://example.org/en/'],
    ['https://example.org/a/b', 'https://example.org/index.html'],
    ['https://old.example.org/a/b', 'https://new.example.com/'],
    ['https://example.org/paper/x', 'https://example.org/errors/404.html'],
    ['https://example.org/paper/x', 'https://example.org/search'],
    ['https://example.org/paper/x', 'https://example.org/?utm_source=old'],
  ])('%s → %s is a soft 404', (from, to) => {
    expect(isSoftNotFound([from, to])).toBe(true);
    expect(isSoftNotFound([from, 'https://example.org/hop', to])).toBe(true);
  });

  it.each([
    // The link is the root itself, or a generic page of it: a site whose only page is its home.
    ['https://example.org/', 'https://www.example.org/'],
    ['http://example.org', 'https://example.org/'],
    ['https://example.org/index.html', 'https://example.org/'],
    ['https://example.org/en/', 'https://example.org/'],
    // A project page that moved to its own domain, a folder to its own host.
    ['https://someone.github.io/project', 'https://project.example.org/'],
    ['https://example.org/docs', 'https://docs.example.org/'],
    // The page itself, moved or normalised; a login; a root with a query of its own (a page id).
    ['http://example.org/paper/x', 'https://example.org/paper/x/'],
    ['https://example.org/paper/x', 'https://example.org/papers/x-renamed'],
    ['https://example.org/files/x.pdf', 'https://example.org/login'],
    ['https://example.org/paper/x', 'https://example.org/?p=123'],
    ['https://example.org/a/b/c', 'https://example.org/a/trending/more'],
    ['https://example.org/team/old', 'https://example.org/ml'],
  ])('%s → %s is not', (from, to) => {
    expect(isSoftNotFound([from, to])).toBe(false);
  });

  it('needs a redirect', () => {
    expect(isSoftNotFound(['https://example.org/paper/x'])).toBe(false);
    expect(isSoftNotFound(['not a url', 'https://example.org/'])).toBe(false);
  });
});

describe('verify: soft 404s against loopback sites', () => {
  let web: FakeServer;
  beforeAll(async () => {
    web = await startFakeServer((request) => {
      const host = String(request.headers.host).split(':')[0];
      const port = String(request.headers.host).split(':')[1];
      const at = (name: string, path: string) => ({
        status: 302,
        headers: { location: `http://${name}:${port}${path}` },
      });
      if (host === 'closed.test' && request.path.startsWith('/paper/'))
        return at('successor.test', '/papers/trending');
      if (host === 'shrunk.test' && request.path !== '/') return { status: 301, headers: { location: '/' } };
      if (host === 'home.test' && request.path === '/index.html')
        return { status: 301, headers: { location: '/' } };
      return { status: 200, body: 'ok' };
    });
  });
  afterAll(() => web.close());

  const tuning = () =>
    testTuning({
      lookup: tableLookup({
        'closed.test': '127.0.0.1',
        'successor.test': '127.0.0.1',
        'shrunk.test': '127.0.0.1',
        'home.test': '127.0.0.1',
      }),
      policy: allowListPolicy(['127.0.0.1']),
    });
  const port = () => new URL(web.origin).port;

  it('calls a deep link sent to a landing page dead, with its chain, and a home page alive', async () => {
    const paper = `http://closed.test:${port()}/paper/attention-is-all-you-need`;
    const page = `http://shrunk.test:${port()}/team/alice`;
    const home = `http://home.test:${port()}/`;
    const index = `http://home.test:${port()}/index.html`;
    const results = await verify(
      { urls: [paper, page, home, index], arxiv: [], dois: [] },
      testOptions(),
      tuning(),
    );
    expect(results.links.get(paper)).toEqual({
      status: 'dead',
      reason: 'soft 404: redirected to a generic page',
      httpStatus: 200,
      chain: [paper, `http://successor.test:${port()}/papers/trending`],
    });
    expect(results.links.get(page)).toMatchObject({
      status: 'dead',
      chain: [page, `http://shrunk.test:${port()}/`],
    });
    expect(results.links.get(home)).toEqual({ status: 'alive' });
    // The permanent redirect of a generic page to its root stays a redirect, not a dead link.
    expect(results.links.get(index)).toMatchObject({ status: 'redirect', to: home });
    // One request per hop, nothing more: HEAD answered each.
    expect(results.requests).toBe(web.requests.length);
    expect(web.requests.length).toBe(7);
  });
});
