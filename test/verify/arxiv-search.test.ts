// arXiv title searches: sent after the id lookups through the same polite session, capped per run, cached.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Agent } from 'undici';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { arxivTitleQuery, lookupArxiv } from '../../src/verify/arxiv.js';
import { verify } from '../../src/verify/index.js';
import { CATALOGUE, type FakeArxiv, startFakeArxiv } from '../helpers/fake-arxiv.js';
import { testOptions, testTuning } from './setup.js';

const INTERVAL = 50;
const dispatcher = new Agent();
let fake: FakeArxiv | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});
afterAll(() => dispatcher.close());

const options = (api: string) => ({
  api,
  interval: INTERVAL,
  dispatcher,
  userAgent: 'paperlint-test',
  timeout: 2000,
});

const papers = {
  ...CATALOGUE,
  '2009.13724': [
    { title: 'One Person, One Model, One World: Learning Continual User Representation without Forgetting' },
  ],
  '2009.99999': [{ title: 'One Person, One Model, One World: A Second Paper' }],
};

describe('arXiv title searches', () => {
  it('quote the title as a phrase, without the characters of the query syntax', () => {
    expect(arxivTitleQuery('One Person, One Model: "Learning" (Continual) User’s Representation')).toBe(
      `ti:"One Person One Model Learning Continual User's Representation"`,
    );
  });

  it('go last in the id session, one connection, interval apart, at most 10 results each', async () => {
    fake = await startFakeArxiv({ catalogue: papers });
    const query = arxivTitleQuery('One Person, One Model, One World');
    const { results, searches, requests } = await lookupArxiv(
      [{ id: '1605.08386' }],
      options(fake.api),
      undefined,
      (found) => (found.get('1605.08386')?.status === 'found' ? [query] : []),
    );
    expect(results.get('1605.08386')?.status).toBe('found');
    expect(searches.get(query)).toEqual({
      status: 'found',
      papers: [
        {
          id: '2009.13724',
          title:
            'One Person, One Model, One World: Learning Continual User Representation without Forgetting',
        },
        { id: '2009.99999', title: 'One Person, One Model, One World: A Second Paper' },
      ],
    });
    expect(requests).toBe(2);
    const form = new URLSearchParams(fake.requests[1].body);
    expect([form.get('search_query'), form.get('max_results')]).toEqual([query, '10']);
    for (const gap of fake.gaps()) expect(gap).toBeGreaterThanOrEqual(INTERVAL);
    expect(fake.maxOpenConnections).toBe(1);
  });

  it('wait out a 429 for as long as Retry-After says', async () => {
    fake = await startFakeArxiv({ catalogue: papers, failures: [{ status: 429, retryAfter: '1' }] });
    const query = arxivTitleQuery('One Person, One Model, One World: A Second Paper');
    const { searches } = await lookupArxiv([], options(fake.api), undefined, () => [query]);
    expect(fake.gaps()[0]).toBeGreaterThanOrEqual(1000);
    expect(searches.get(query)).toMatchObject({ status: 'found', papers: [{ id: '2009.99999' }] });
  });

  it('are left unverified when the API stays busy, and never cached', async () => {
    fake = await startFakeArxiv({ failures: Array(5).fill({ status: 503, retryAfter: '0' }) });
    const query = arxivTitleQuery('Some Paper');
    const { searches } = await lookupArxiv([], { ...options(fake.api), retries: 1 }, undefined, () => [
      query,
    ]);
    expect(searches.get(query)?.status).toBe('unverifiable');
  });
});

describe('title searches in a run', () => {
  const titles = [
    'One Person, One Model, One World: Learning Continual User Representation without Forgetting',
    'One Person, One Model, One World: A Second Paper',
    'Heat-bath random walks with Markov bases',
  ];

  it('send at most maxSearches, in the order asked, each title once; the rest get no result', async () => {
    fake = await startFakeArxiv({ catalogue: papers });
    const asked: string[][] = [];
    const results = await verify(
      {
        urls: [],
        dois: [],
        arxiv: [{ id: '1605.08386' }],
        titlesToSearch: (arxiv) => {
          asked.push([...arxiv.keys()]);
          return [...titles, titles[0]];
        },
      },
      testOptions({ arxivApi: fake.api, maxSearches: 2 }),
      testTuning(),
    );
    // Asked once, with every id's result.
    expect(asked).toEqual([['1605.08386']]);
    expect(fake.searches()).toEqual(titles.slice(0, 2).map(arxivTitleQuery));
    expect([...(results.arxivSearches?.keys() ?? [])]).toEqual(titles.slice(0, 2));
    expect(results.requests).toBe(3);
  });

  it('are answered from the cache for 7 days, also when no id needs a request', async () => {
    fake = await startFakeArxiv({ catalogue: papers });
    const dir = await mkdtemp(path.join(tmpdir(), 'paperlint-search-'));
    const cachePath = path.join(dir, 'cache.json');
    let asked = titles;
    const request = { urls: [], dois: [], arxiv: [{ id: '1605.08386' }], titlesToSearch: () => asked };
    const run = (now: number) =>
      verify(
        request,
        testOptions({ arxivApi: fake!.api, maxSearches: 50, cachePath }),
        testTuning({ now: () => now }),
      );
    const start = Date.now();
    const first = await run(start);
    expect(fake.searches()).toHaveLength(3);
    const second = await run(start + 6 * 24 * 3600_000);
    expect(fake.requests).toHaveLength(4);
    expect(second.arxivSearches).toEqual(first.arxivSearches);
    const stored = JSON.parse(await readFile(cachePath, 'utf8'));
    expect(Object.keys(stored.arxivSearches)).toEqual(titles.map(arxivTitleQuery));
    // A title not searched yet is, with the id still cached: one request, no id lookup.
    asked = [...titles, 'Reflexion: Language Agents with Verbal Reinforcement Learning'];
    const third = await run(start + 6 * 24 * 3600_000);
    expect(fake.requests).toHaveLength(5);
    expect(fake.idLists().at(-1)).toEqual([]);
    expect(third.arxivSearches?.get(asked[3])).toMatchObject({ papers: [{ id: '2303.11366' }] });
    // Eight days on, the id and the three first searches are asked again; the fourth is two days old.
    await run(start + 8 * 24 * 3600_000);
    expect(fake.searches()).toHaveLength(7);
    expect(fake.idLists().at(-4)).toEqual(['1605.08386']);
  });

  it('keep a cache file written before searches existed', async () => {
    fake = await startFakeArxiv({ catalogue: papers });
    const dir = await mkdtemp(path.join(tmpdir(), 'paperlint-search-'));
    const cachePath = path.join(dir, 'cache.json');
    const at = Date.now();
    const found = {
      status: 'found',
      record: { id: '1605.08386', version: 1, title: 'Heat-bath', withdrawn: false },
    };
    await writeFile(
      cachePath,
      JSON.stringify({
        format: 'paperlint-cache',
        version: 1,
        links: {},
        arxiv: { '1605.08386': { value: found, at } },
        dois: {},
        github: {},
      }),
    );
    const results = await verify(
      { urls: [], dois: [], arxiv: [{ id: '1605.08386' }] },
      testOptions({ arxivApi: fake.api, cachePath }),
      testTuning(),
    );
    expect(results.arxiv.get('1605.08386')).toEqual(found);
    expect(fake.requests).toHaveLength(0);
  });
});
