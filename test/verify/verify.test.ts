// The orchestrator: routing to registries, the GitHub fallback, DNS failures and the network-down path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify } from '../../src/verify/index.js';
import { progressLine, summarizeLinks } from '../../src/verify/summary.js';
import { type FakeServer, startFakeServer } from '../helpers/fake-registry.js';
import { type FaultServer, startFaultServer } from './fault-server.js';
import { allowListPolicy, tableLookup, testOptions, testTuning } from './setup.js';

let web: FaultServer;
let registry: FakeServer;

beforeAll(async () => {
  web = await startFaultServer('127.0.0.2');
  registry = await startFakeServer((request) => {
    if (request.path.startsWith('/doi/')) {
      const found = request.path === '/doi/10.1145/3580305.3599519';
      return { status: found ? 200 : 404, body: JSON.stringify({ responseCode: found ? 1 : 100 }) };
    }
    if (request.path === '/github/repos/owner/alive') {
      return {
        status: 200,
        body: JSON.stringify({ full_name: 'owner/alive', html_url: 'https://github.com/owner/alive' }),
      };
    }
    if (request.path === '/github/repos/owner/limited') {
      return { status: 403, headers: { 'x-ratelimit-remaining': '0' }, body: '{}' };
    }
    return { status: 404, body: '{}' };
  });
});
afterAll(async () => {
  await web.close();
  await registry.close();
});

const options = (overrides = {}) =>
  testOptions({ doiApi: `${registry.origin}/doi`, githubApi: `${registry.origin}/github`, ...overrides });
const tuning = () =>
  testTuning({
    lookup: tableLookup({ 'a.test': '127.0.0.2', 'github.com': '127.0.0.2' }),
    policy: allowListPolicy(['127.0.0.2']),
  });

describe('verify', () => {
  it('sends arXiv links nowhere, DOI links to the DOI API and GitHub repositories to the GitHub API', async () => {
    const arxivLink = 'https://arxiv.org/abs/2305.11700';
    const doiLink = 'https://doi.org/10.1145/3580305.3599519';
    const alive = 'https://github.com/owner/alive/tree/main';
    const gone = 'https://github.com/Owner/gone';
    const results = await verify(
      { urls: [arxivLink, doiLink, alive, gone], arxiv: [], dois: ['10.1/MISSING'] },
      options(),
      tuning(),
    );
    expect(results.links.has(arxivLink)).toBe(false);
    expect(results.links.has(doiLink)).toBe(false);
    expect(results.dois).toEqual(
      new Map([
        ['10.1/missing', { status: 'not-found' }],
        ['10.1145/3580305.3599519', { status: 'found' }],
      ]),
    );
    expect(results.github.get('owner/alive')).toMatchObject({ status: 'found' });
    expect(results.links.get(alive)).toEqual({ status: 'alive', finalUrl: alive });
    expect(results.links.get(gone)).toMatchObject({ status: 'dead', httpStatus: 404 });
    expect(web.total()).toBe(0);
    expect(results.requests).toBe(registry.requests.length);
  });

  it('falls back to a plain HTTP check of the repository page when the GitHub API is rate-limited', async () => {
    const link = `http://github.com:${web.port}/owner/limited`;
    const results = await verify({ urls: [link], arxiv: [], dois: [] }, options(), tuning());
    expect(results.github.get('owner/limited')).toMatchObject({ status: 'unverifiable' });
    expect(web.hits.get('HEAD /owner/limited')).toBe(1);
    expect(results.links.get(link)).toMatchObject({ status: 'dead', reason: 'HTTP 404' });
  });

  it('calls a link dead when its host name does not resolve while other names do', async () => {
    const gone = 'http://gone.test/page';
    const results = await verify(
      { urls: [gone, `http://a.test:${web.port}/ok`], arxiv: [], dois: [] },
      options(),
      tuning(),
    );
    expect(results.links.get(gone)).toEqual({
      status: 'dead',
      reason: 'host name gone.test does not resolve',
    });
  });

  it('says once that the network is unavailable when no name resolves, and marks links unverifiable, never dead', async () => {
    const notices: string[] = [];
    const urls = ['http://one.test/', 'http://two.test/a', 'http://three.test/b'];
    const results = await verify(
      { urls, arxiv: [], dois: [] },
      // The registry API's name, which the default probe looks up, does not resolve either.
      options({
        arxivApi: 'http://export.arxiv.test/api/query',
        onNotice: (message: string) => notices.push(message),
      }),
      testTuning({ lookup: tableLookup({}) }),
    );
    expect(notices).toEqual([
      'Network unavailable: export.arxiv.test does not resolve, so external links are marked unverifiable.',
    ]);
    for (const url of urls)
      expect(results.links.get(url)).toEqual({ status: 'unverifiable', reason: 'network unavailable' });
  });

  it('reports progress up to done = total and counts the summary', async () => {
    const seen: Array<{ done: number; total: number }> = [];
    const results = await verify(
      { urls: [`http://a.test:${web.port}/ok`, `http://a.test:${web.port}/404`], arxiv: [], dois: [] },
      options({ onProgress: (progress: { done: number; total: number }) => seen.push(progress) }),
      tuning(),
    );
    expect(seen.at(-1)).toEqual({ done: 2, total: 2, alive: 1, dead: 1, unverified: 0 });
    expect(progressLine({ done: 2, total: 2, alive: 1, dead: 1, unverified: 0 })).toBe(
      'Verifying links 2/2: 1 alive, 1 dead, 0 unverified',
    );
    expect(summarizeLinks(results)).toEqual({ checked: 2, alive: 1, dead: 1, unverified: 0 });
  });
});
