import { readFileSync } from 'node:fs';
import { Agent, request } from 'undici';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  arxivKey,
  codeRepositoryOf,
  firstVersionsWanted,
  isWithdrawnComment,
  lookupArxiv,
  matchFeed,
} from '../../src/verify/arxiv.js';
import { parseArxivFeed } from '../../src/verify/atom.js';
import type { ArxivResult } from '../../src/verify/types.js';
import { CATALOGUE, type FakeArxiv, type FakePaper, startFakeArxiv } from '../helpers/fake-arxiv.js';

const INTERVAL = 50;
const dispatcher = new Agent();
let fake: FakeArxiv | undefined;

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});
afterAll(() => dispatcher.close());

const options = (api: string, extra: Record<string, unknown> = {}) => ({
  api,
  interval: INTERVAL,
  dispatcher,
  userAgent: 'paperlint-test',
  timeout: 2000,
  ...extra,
});

const titleOf = (result: ArxivResult | undefined) =>
  result?.status === 'found' ? result.record.title : result?.status;

async function fetchFeed(api: string, idList: string): Promise<string> {
  const response = await request(api, {
    method: 'POST',
    dispatcher,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ id_list: idList, max_results: '1' }).toString(),
  });
  return response.body.text();
}

/** A catalogue of `count` papers with ids 2301.00001 … */
function manyPapers(count: number): Record<string, FakePaper> {
  const catalogue: Record<string, FakePaper> = {};
  for (let n = 1; n <= count; n++)
    catalogue[`2301.${String(n).padStart(5, '0')}`] = [{ title: `Paper number ${n}` }];
  return catalogue;
}

describe('lookupArxiv: politeness', () => {
  it('POSTs at most 100 ids a request as a form with max_results, one at a time, interval apart', async () => {
    const catalogue = manyPapers(250);
    fake = await startFakeArxiv({ catalogue, latency: 10 });
    const ids = Object.keys(catalogue).map((id) => ({ id }));
    const { results, requests } = await lookupArxiv(ids, options(fake.api));

    expect(requests).toBe(3);
    expect(fake.requests).toHaveLength(3);
    for (const request of fake.requests) {
      expect(request.method).toBe('POST');
      expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
      const form = new URLSearchParams(request.body);
      const idList = form.get('id_list')!.split(',');
      expect(idList.length).toBeLessThanOrEqual(100);
      expect(form.get('max_results')).toBe(String(idList.length));
    }
    expect(fake.idLists().map((list) => list.length)).toEqual([100, 100, 50]);
    for (const gap of fake.gaps()) expect(gap).toBeGreaterThanOrEqual(INTERVAL);
    expect(fake.maxConcurrentRequests).toBe(1);
    expect(fake.maxOpenConnections).toBe(1);
    expect(results.size).toBe(250);
    expect(titleOf(results.get('2301.00250'))).toBe('Paper number 250');
    expect([...results.values()].every((result) => result.status === 'found')).toBe(true);
  });

  it('keeps to one connection even when no interval separates the requests', async () => {
    const catalogue = manyPapers(500);
    fake = await startFakeArxiv({ catalogue });
    const ids = Object.keys(catalogue).map((id) => ({ id }));
    const { requests } = await lookupArxiv(ids, options(fake.api, { interval: 0 }));
    expect(requests).toBe(5);
    expect(fake.maxOpenConnections).toBe(1);
    expect(fake.connectionsOpened).toBe(1);
  });

  it('asks for each distinct id or pinned version once', async () => {
    fake = await startFakeArxiv();
    const { requests } = await lookupArxiv(
      [{ id: '1605.08386' }, { id: '1605.08386' }, { id: '1605.08386', version: 1 }],
      options(fake.api),
    );
    expect(requests).toBe(1);
    expect(fake.idLists()).toEqual([['1605.08386', '1605.08386v1']]);
  });

  it('asks for the follow-up ids in the same session: one connection, interval apart, 100 a request', async () => {
    const catalogue = manyPapers(150);
    fake = await startFakeArxiv({ catalogue });
    const ids = Object.keys(catalogue).map((id) => ({ id }));
    const asked: number[] = [];
    const { results, requests } = await lookupArxiv(ids, options(fake.api), (found) => {
      asked.push(found.size);
      return [...ids.slice(0, 120).map(({ id }) => ({ id, version: 1 })), { id: '2301.00001' }];
    });
    expect(asked).toEqual([150]);
    // Ids already answered are not asked again.
    expect(fake.idLists().map((list) => list.length)).toEqual([100, 50, 100, 20]);
    expect(fake.idLists()[2][0]).toBe('2301.00001v1');
    expect(requests).toBe(4);
    for (const gap of fake.gaps()) expect(gap).toBeGreaterThanOrEqual(INTERVAL);
    expect(fake.maxOpenConnections).toBe(1);
    expect(titleOf(results.get('2301.00120v1'))).toBe('Paper number 120');
  });

  it('waits out a 429 for as long as Retry-After says, then succeeds', async () => {
    fake = await startFakeArxiv({ failures: [{ status: 429, retryAfter: '1' }] });
    const { results, requests } = await lookupArxiv([{ id: '1605.08386' }], options(fake.api));
    expect(requests).toBe(2);
    expect(fake.gaps()[0]).toBeGreaterThanOrEqual(1000);
    expect(titleOf(results.get('1605.08386'))).toBe('Heat-bath random walks with Markov bases');
  });

  it('backs off on a 503 without Retry-After', async () => {
    fake = await startFakeArxiv({ failures: [{ status: 503 }, { status: 503 }] });
    const { results, requests } = await lookupArxiv([{ id: '1605.08386' }], options(fake.api));
    expect(requests).toBe(3);
    expect(fake.gaps()[0]).toBeGreaterThanOrEqual(2 * INTERVAL);
    expect(fake.gaps()[1]).toBeGreaterThanOrEqual(4 * INTERVAL);
    expect(results.get('1605.08386')?.status).toBe('found');
  });

  it('leaves ids unverified, never not-found, when the API stays busy', async () => {
    fake = await startFakeArxiv({ failures: Array(5).fill({ status: 503 }) });
    const { results, requests } = await lookupArxiv(
      [{ id: '1605.08386' }],
      options(fake.api, { retries: 2 }),
    );
    expect(requests).toBe(3);
    expect(results.get('1605.08386')).toEqual({
      status: 'unverifiable',
      reason: 'arXiv API busy (HTTP 503)',
    });
  });

  it('does not sit out a Retry-After longer than it is willing to wait', async () => {
    fake = await startFakeArxiv({ failures: [{ status: 429, retryAfter: '3600' }] });
    const started = Date.now();
    const { results, requests } = await lookupArxiv([{ id: '1605.08386' }], options(fake.api));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(requests).toBe(1);
    expect(results.get('1605.08386')?.status).toBe('unverifiable');
  });

  it('reports other server errors and timeouts as unverifiable', async () => {
    fake = await startFakeArxiv({ failures: [{ status: 500 }] });
    const first = await lookupArxiv([{ id: '1605.08386' }], options(fake.api));
    expect(first.results.get('1605.08386')).toEqual({
      status: 'unverifiable',
      reason: 'arXiv API answered HTTP 500',
    });
    await fake.close();
    fake = await startFakeArxiv({ latency: 400 });
    const slow = await lookupArxiv([{ id: '1605.08386' }], options(fake.api, { timeout: 100 }));
    expect(slow.results.get('1605.08386')).toEqual({
      status: 'unverifiable',
      reason: 'arXiv API: no answer within 100 ms',
    });
  });

  it('gives up on the remaining batches once the API cannot be reached', async () => {
    const closed = await startFakeArxiv();
    const api = closed.api;
    await closed.close();
    const ids = Object.keys(manyPapers(150)).map((id) => ({ id }));
    const { results, requests } = await lookupArxiv(ids, options(api));
    expect(requests).toBe(2);
    expect(results.size).toBe(150);
    expect(results.get('2301.00150')).toEqual({
      status: 'unverifiable',
      reason: 'arXiv API: connection failed (ECONNREFUSED)',
    });
  });
});

describe('lookupArxiv: answers', () => {
  it('matches entries by <id>: two ids asked, one unknown (recorded response)', () => {
    // 0808.05394 breaks the grammar (2008 ids have 4 digits), so lookupArxiv never sends it; the feed is still
    // the real API's answer to both, and matching must find the one paper by its <id>.
    const feed = parseArxivFeed(
      readFileSync(new URL('../fixtures/arxiv-api/real_two_ids.xml', import.meta.url), 'utf8'),
    );
    const results = matchFeed([{ id: '0808.05394' }, { id: '1707.08567' }], feed);
    expect(results.get('0808.05394')).toEqual({ status: 'not-found' });
    expect(results.get('1707.08567')).toEqual({
      status: 'found',
      record: {
        id: '1707.08567',
        version: 1,
        title: 'Proceedings of Workshop AEW10: Concepts in Information Theory and Communications',
        published: '2017-07-27T08:18:33Z',
        comment: '44 pages, editors for the proceedings: Yanling Chen and A. J. Han Vinck',
        // The first 20 of its 34 authors: enough to name the first and to match a surname.
        authors: expect.arrayContaining(['Kees A. Schouhamer Immink', 'Akiko Manada']),
        withdrawn: false,
      },
    });
    const found = results.get('1707.08567');
    expect(found?.status === 'found' && found.record.authors).toHaveLength(20);
    expect(found?.status === 'found' && found.record.abstract).toBeUndefined();
  });

  it('builds feeds that read exactly like the recorded ones', async () => {
    fake = await startFakeArxiv();
    const response = await fetchFeed(fake.api, '1605.08386');
    expect(parseArxivFeed(response)).toEqual(
      parseArxivFeed(
        readFileSync(new URL('../fixtures/arxiv-api/real_1605.08386.xml', import.meta.url), 'utf8'),
      ),
    );
  });

  it('matches entries by <id>, not by position, when the feed order differs from the request', async () => {
    fake = await startFakeArxiv({ recordings: { 'quant-ph/0201082v1,1605.08386': 'composite_two_entries' } });
    const { results } = await lookupArxiv(
      [{ id: 'quant-ph/0201082', version: 1 }, { id: '1605.08386' }],
      options(fake.api),
    );
    expect(fake.requests).toHaveLength(1);
    expect(titleOf(results.get('1605.08386'))).toBe('Heat-bath random walks with Markov bases');
    expect(titleOf(results.get('quant-ph/0201082v1'))).toMatch(
      /^Quantum Computers and Quantum Computer Languages/,
    );
  });

  it('reads unknown, withdrawn, multi-line LaTeX and versioned papers from generated feeds', async () => {
    fake = await startFakeArxiv();
    const { results, requests } = await lookupArxiv(
      [
        { id: '2401.99999' },
        { id: '2401.00101' },
        { id: '2401.00101', version: 1 },
        { id: '2402.00202' },
        { id: '2403.00303' },
        { id: '2403.00303', version: 1 },
        { id: '2403.00303', version: 7 },
      ],
      options(fake.api),
    );
    expect(requests).toBe(1);
    expect(results.get('2401.99999')).toEqual({ status: 'not-found' });
    const withdrawn = results.get('2401.00101');
    expect(withdrawn?.status === 'found' && withdrawn.record).toMatchObject({ version: 2, withdrawn: true });
    const before = results.get('2401.00101v1');
    expect(before?.status === 'found' && before.record).toMatchObject({ version: 1, withdrawn: false });
    expect(titleOf(results.get('2402.00202'))).toBe(
      'Scaling $\\mathcal{O}(n)$ Attention: {Linear} Transformers for Very Long Sequences',
    );
    expect(titleOf(results.get('2403.00303'))).toBe(CATALOGUE['2403.00303'][1].title);
    expect(titleOf(results.get('2403.00303v1'))).toBe('Learning to Rank Micro-Videos from Raw Frames');
    expect(results.get('2403.00303v7')).toEqual({ status: 'not-found' });
  });

  it('reads the pre-2025 feed format the same way', async () => {
    fake = await startFakeArxiv({ format: 'old' });
    const { results } = await lookupArxiv([{ id: '2401.00101' }, { id: '2402.00202' }], options(fake.api));
    const withdrawn = results.get('2401.00101');
    expect(withdrawn?.status === 'found' && withdrawn.record.withdrawn).toBe(true);
    expect(titleOf(results.get('2402.00202'))).toMatch(/^Scaling \$\\mathcal\{O\}\(n\)\$ Attention/);
  });

  it('answers ids outside the arXiv grammar without asking the API', async () => {
    fake = await startFakeArxiv();
    const { results, requests } = await lookupArxiv(
      [{ id: '2313.00001' }, { id: 'abc' }, { id: '1605.08386', version: 0 }],
      options(fake.api),
    );
    expect(requests).toBe(0);
    expect([...results.keys()]).toEqual(['2313.00001', 'abc', '1605.08386v0']);
    expect([...results.values()].every((result) => result.status === 'not-found')).toBe(true);
  });

  it('isolates an id the API rejects with 400 by the id its Error entry names', async () => {
    fake = await startFakeArxiv({ rejected: ['2402.00202'] });
    const { results, requests } = await lookupArxiv(
      [{ id: '1605.08386' }, { id: '2402.00202' }, { id: '2401.00101' }],
      options(fake.api),
    );
    expect(requests).toBe(2);
    expect(fake.idLists()[1]).toEqual(['1605.08386', '2401.00101']);
    expect(results.get('2402.00202')).toEqual({ status: 'not-found' });
    expect(results.get('1605.08386')?.status).toBe('found');
    expect(results.get('2401.00101')?.status).toBe('found');
  });

  it('takes a 400 that carries no arXiv Error entry as no answer, not as a verdict on the ids', async () => {
    fake = await startFakeArxiv({ failures: [{ status: 400 }] });
    const { results, requests } = await lookupArxiv(
      [{ id: '1605.08386' }, { id: '2402.00202' }],
      options(fake.api),
    );
    expect(requests).toBe(1);
    expect(results.get('1605.08386')).toEqual({
      status: 'unverifiable',
      reason: 'arXiv API answered HTTP 400',
    });
    expect(results.get('2402.00202')?.status).toBe('unverifiable');
  });

  it('halves a rejected batch when the Error entry names no id', async () => {
    fake = await startFakeArxiv({ rejected: ['2301.00003'], nameRejected: false, catalogue: manyPapers(8) });
    const ids = Object.keys(manyPapers(8)).map((id) => ({ id }));
    const { results, requests } = await lookupArxiv(ids, options(fake.api));
    // 8 → 4+4 → 2+2 → 1+1: the bad id alone costs one request per halving.
    expect(requests).toBe(7);
    expect(results.get('2301.00003')).toEqual({ status: 'not-found' });
    expect([...results].filter(([, result]) => result.status === 'found')).toHaveLength(7);
  });
});

describe('pure helpers', () => {
  it('wants version 1 of a renamed paper only when a title the list gives is not its latest', () => {
    const found = (title: string, version: number): ArxivResult => ({
      status: 'found',
      record: { id: 'x', version, title, withdrawn: false },
    });
    const results = new Map<string, ArxivResult>([
      ['2303.11366', found('Reflexion: Language Agents with Verbal Reinforcement Learning', 4)],
      ['2405.09818', found('Chameleon: Mixed-Modal Early-Fusion Foundation Models', 2)],
      ['2401.00001', found('A Paper Never Renamed', 1)],
      ['2401.00002', { status: 'not-found' }],
    ]);
    const titles = new Map([
      [
        '2303.11366',
        ['Reflexion: Language Agents with Verbal Reinforcement Learning', 'Reflexion: an agent'],
      ],
      ['2405.09818', ['Chameleon']],
      ['2401.00001', ['Another Title']],
      ['2401.00002', ['Ghost']],
    ]);
    expect(firstVersionsWanted(titles, results)).toEqual([{ id: '2303.11366', version: 1 }]);
  });

  it('keys pinned versions as idvN', () => {
    expect(arxivKey({ id: '2305.11700' })).toBe('2305.11700');
    expect(arxivKey({ id: 'hep-th/9901001', version: 3 })).toBe('hep-th/9901001v3');
  });

  it('recognises withdrawal wording in comments', () => {
    expect(isWithdrawnComment('This paper has been withdrawn by the author')).toBe(true);
    expect(isWithdrawnComment('Withdrawn: duplicate of 2301.00001')).toBe(true);
    expect(isWithdrawnComment('This article has been retracted')).toBe(true);
    expect(isWithdrawnComment('12 pages, 3 figures')).toBe(false);
    expect(isWithdrawnComment(undefined)).toBe(false);
  });

  it('reads the paper’s own repository from its comment, or from its abstract where words say it is its code', () => {
    expect(codeRepositoryOf('Code: https://github.com/ada/grag-rec.', undefined)).toBe(
      'https://github.com/ada/grag-rec',
    );
    expect(codeRepositoryOf(undefined, 'We release our code at https://github.com/o/r/tree/main.')).toBe(
      'https://github.com/o/r',
    );
    expect(codeRepositoryOf(undefined, 'Our code is available at https://github.com/o/r.git')).toBe(
      'https://github.com/o/r',
    );
    // A tool the paper builds on is not its code.
    expect(
      codeRepositoryOf(undefined, 'We build on https://github.com/huggingface/transformers and ...'),
    ).toBeUndefined();
    expect(codeRepositoryOf('12 pages', 'No links at all.')).toBeUndefined();
  });
});
