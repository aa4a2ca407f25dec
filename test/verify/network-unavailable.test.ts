// Runs without network or with dead domains: each host name is looked up once, "no network" is decided early
// and said once, and answers from reachable registries stand. Names resolve from a stub, never real DNS.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lookup } from '../../src/verify/agent.js';
import { verify } from '../../src/verify/index.js';
import { PROBED_NAMES } from '../../src/verify/resolver.js';
import { NETWORK_UNAVAILABLE } from '../../src/verify/types.js';
import { type FakeGithub, startFakeGithub } from '../helpers/fake-github.js';
import { type FaultServer, startFaultServer } from './fault-server.js';
import { allowListPolicy, tableLookup, testOptions, testTuning } from './setup.js';

let web: FaultServer;
let ghes: FakeGithub;

const repos = Array.from({ length: 20 }, (_, i) => `lab/repo${i}`);

beforeAll(async () => {
  web = await startFaultServer('127.0.0.2');
  ghes = await startFakeGithub({
    repos: Object.fromEntries(repos.map((repo, i) => [repo, { archived: i === 19 }])),
  });
});
afterAll(async () => {
  await web.close();
  await ghes.close();
});

/** The table's names resolve; every other name fails as a missing record, and each lookup is counted. */
function countingLookup(table: Record<string, string> = {}): { lookup: Lookup; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const answer = tableLookup(table);
  return {
    calls,
    lookup: (hostname) => {
      calls.set(hostname, (calls.get(hostname) ?? 0) + 1);
      return answer(hostname);
    },
  };
}

/** `count` links spread over `hosts` host names that never resolve (RFC 6761 `.invalid`). */
function deadLinks(count: number, hosts: number): string[] {
  return Array.from({ length: count }, (_, i) => `https://site${i % hosts}.invalid/paper/${i}`);
}

const statuses = (verdicts: Iterable<{ status: string }>) => {
  const counts: Record<string, number> = {};
  for (const { status } of verdicts) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
};

describe('no network', () => {
  it('400 links on 41 names that do not resolve: a few lookups, one notice, 400 unverifiable, none dead', async () => {
    const notices: string[] = [];
    const { lookup, calls } = countingLookup();
    const urls = deadLinks(400, 41);
    const started = performance.now();
    const results = await verify(
      { urls, arxiv: [], dois: [] },
      testOptions({ onNotice: (message) => notices.push(message) }),
      // The probe (a registry's name) does not resolve either.
      testTuning({ lookup, probe: async () => false }),
    );
    const elapsed = performance.now() - started;
    expect(notices).toEqual([
      'Network unavailable: no host name resolves, so external links are marked unverifiable.',
    ]);
    expect(statuses(results.links.values())).toEqual({ unverifiable: 400 });
    for (const url of urls)
      expect(results.links.get(url)).toEqual({ status: 'unverifiable', reason: NETWORK_UNAVAILABLE });
    // The first names probed fail, so the other 36 are never looked up.
    expect([...calls.values()].every((count) => count === 1)).toBe(true);
    expect(calls.size).toBe(PROBED_NAMES);
    expect(elapsed).toBeLessThan(3000);
  });

  it('200 links to one name that does not resolve: one lookup, and the run still calls the network unavailable', async () => {
    const notices: string[] = [];
    const { lookup, calls } = countingLookup();
    const results = await verify(
      { urls: deadLinks(200, 1), arxiv: [], dois: [] },
      testOptions({ onNotice: (message) => notices.push(message) }),
      testTuning({ lookup, probe: async () => false }),
    );
    expect([...calls]).toEqual([['site0.invalid', 1]]);
    expect(notices).toHaveLength(1);
    expect(statuses(results.links.values())).toEqual({ unverifiable: 200 });
  });

  it('decides at once when the arXiv API name does not resolve, and looks no link name up after that', async () => {
    const notices: string[] = [];
    const { lookup, calls } = countingLookup();
    const results = await verify(
      { urls: deadLinks(40, 10), arxiv: [{ id: '2305.11700' }], dois: ['10.1145/3580305.3599519'] },
      testOptions({
        arxivApi: 'http://export.arxiv.invalid/api/query',
        doiApi: 'http://doi.invalid/api/handles',
        onNotice: (message) => notices.push(message),
      }),
      testTuning({ lookup }),
    );
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^Network unavailable: .* so external links are marked unverifiable\.$/);
    expect(results.arxiv.get('2305.11700')).toEqual({ status: 'unverifiable', reason: NETWORK_UNAVAILABLE });
    expect(results.dois.get('10.1145/3580305.3599519')).toEqual({
      status: 'unverifiable',
      reason: NETWORK_UNAVAILABLE,
    });
    expect(statuses(results.links.values())).toEqual({ unverifiable: 40 });
    // arXiv is asked once: a name that did not resolve is not tried again.
    expect(calls.get('export.arxiv.invalid')).toBe(1);
    expect([...calls.values()].every((count) => count === 1)).toBe(true);
    expect(calls.size).toBeLessThanOrEqual(PROBED_NAMES + 2);
  });
});

describe('dead domains among live ones', () => {
  it('looks each name up once and calls the links of a name that does not resolve dead', async () => {
    const notices: string[] = [];
    const { lookup, calls } = countingLookup({ 'live1.test': '127.0.0.2', 'live2.test': '127.0.0.2' });
    const live = Array.from({ length: 20 }, (_, i) => `http://live${1 + (i % 2)}.test:${web.port}/ok?${i}`);
    const dead = deadLinks(60, 6);
    const results = await verify(
      { urls: [...live, ...dead], arxiv: [], dois: [] },
      testOptions({ onNotice: (message) => notices.push(message) }),
      testTuning({ lookup, policy: allowListPolicy(['127.0.0.2']) }),
    );
    expect(notices).toEqual([]);
    expect(statuses(live.map((url) => results.links.get(url)!))).toEqual({ alive: 20 });
    expect(results.links.get(dead[7])).toEqual({
      status: 'dead',
      reason: 'host name site1.invalid does not resolve',
    });
    expect(statuses(dead.map((url) => results.links.get(url)!))).toEqual({ dead: 60 });
    expect(calls.size).toBe(8);
    expect([...calls.values()].every((count) => count === 1)).toBe(true);
  });
});

describe("a list's own dead hosts never decide that the network is unavailable", () => {
  const run = async (probeNames: 'probe' | 'registry name') => {
    const notices: string[] = [];
    // The first five link hosts do not resolve, and the list has no registry link.
    const { lookup, calls } = countingLookup({ 'live.test': '127.0.0.2', 'export.arxiv.test': '127.0.0.2' });
    const dead = deadLinks(5, 5);
    const gone = `http://live.test:${web.port}/404`;
    const results = await verify(
      { urls: [...dead, gone], arxiv: [], dois: [] },
      testOptions({
        // The default probe looks up the registry API's name, whether the list needs it or not.
        ...(probeNames === 'registry name' && { arxivApi: 'http://export.arxiv.test/api/query' }),
        onNotice: (message) => notices.push(message),
      }),
      testTuning({
        lookup,
        policy: allowListPolicy(['127.0.0.2']),
        ...(probeNames === 'probe' && { probe: async () => true }),
      }),
    );
    return { results, notices, calls, dead, gone };
  };
  for (const how of ['probe', 'registry name'] as const) {
    it(`a working host's 404 stays dead (network found by the ${how})`, async () => {
      const { results, notices, dead, gone, calls } = await run(how);
      expect(notices).toEqual([]);
      expect(results.links.get(gone)).toMatchObject({ status: 'dead', httpStatus: 404 });
      expect(statuses(dead.map((url) => results.links.get(url)!))).toEqual({ dead: 5 });
      expect(calls.get('export.arxiv.test')).toBe(how === 'registry name' ? 1 : undefined);
    });
  }
});

describe('air-gapped runner: an internal GitHub Enterprise API answers, public names do not resolve', () => {
  const run = async (arxiv: Array<{ id: string }>) => {
    const notices: string[] = [];
    const { lookup, calls } = countingLookup({ 'ghes.internal.test': '127.0.0.1' });
    const repoLinks = repos.map((repo) => `https://github.com/${repo}`);
    const publicLinks = deadLinks(30, 6);
    const results = await verify(
      { urls: [...repoLinks, ...publicLinks], arxiv, dois: [] },
      testOptions({
        githubApi: `http://ghes.internal.test:${new URL(ghes.api).port}${new URL(ghes.api).pathname}`,
        arxivApi: 'https://export.arxiv.invalid/api/query',
        onNotice: (message) => notices.push(message),
      }),
      testTuning({ lookup }),
    );
    return { results, notices, calls, repoLinks, publicLinks };
  };

  for (const [label, arxiv] of [
    ['with arXiv ids', [{ id: '2305.11700' }]],
    ['without arXiv ids', []],
  ] as const) {
    it(`keeps the API's answers (alive, archived) and marks only the rest unverifiable, ${label}`, async () => {
      const { results, notices, calls, repoLinks, publicLinks } = await run([...arxiv]);
      expect(notices).toHaveLength(1);
      expect(statuses(repoLinks.map((url) => results.links.get(url)!))).toEqual({ alive: 20 });
      expect(results.github.get('lab/repo19')).toMatchObject({ status: 'found', archived: true });
      for (const url of publicLinks)
        expect(results.links.get(url)).toEqual({ status: 'unverifiable', reason: NETWORK_UNAVAILABLE });
      if (arxiv.length > 0)
        expect(results.arxiv.get('2305.11700')).toEqual({
          status: 'unverifiable',
          reason: NETWORK_UNAVAILABLE,
        });
      expect(calls.get('ghes.internal.test')).toBe(1);
      expect([...calls.values()].every((count) => count === 1)).toBe(true);
    });
  }
});
