// The verdict cache: time-to-live per verdict, versioned format, atomic writes, bad files, warm runs.
import { lstat, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CACHE_VERSION,
  emptyCache,
  parseCache,
  saveCache,
  serializeCache,
  TTL,
  VerdictCache,
} from '../../src/verify/cache.js';
import { verify } from '../../src/verify/index.js';
import { startFakeArxiv } from '../helpers/fake-arxiv.js';
import { type FaultServer, startFaultServer } from './fault-server.js';
import { allowListPolicy, tableLookup, testOptions, testTuning } from './setup.js';

let web: FaultServer;
let dir: string;

beforeAll(async () => {
  web = await startFaultServer('127.0.0.2');
  dir = await mkdtemp(path.join(tmpdir(), 'paperlint-cache-'));
});
afterAll(async () => {
  await web.close();
  await rm(dir, { recursive: true, force: true });
});

const tuning = () =>
  testTuning({ lookup: tableLookup({ 'a.test': '127.0.0.2' }), policy: allowListPolicy(['127.0.0.2']) });

describe('time-to-live', () => {
  it('keeps alive links 7 days, dead links 1 day, arXiv metadata 7 days, and never unverifiable ones', () => {
    let now = 1_000_000;
    const cache = new VerdictCache(emptyCache(), () => now);
    cache.set('links', 'http://alive/', { status: 'alive' });
    cache.set('links', 'http://dead/', { status: 'dead', reason: 'HTTP 404', httpStatus: 404 });
    cache.set('links', 'http://unsure/', { status: 'unverifiable', reason: 'timed out' });
    cache.set('arxiv', '2305.11700', {
      status: 'found',
      record: { id: '2305.11700', title: 'T', withdrawn: false },
    });
    expect(cache.data.links['http://unsure/']).toBeUndefined();
    now += TTL.dead - 1;
    expect(cache.get('links', 'http://dead/')).toBeDefined();
    now += 1;
    expect(cache.get('links', 'http://dead/')).toBeUndefined();
    expect(cache.get('links', 'http://alive/')).toEqual({ status: 'alive' });
    now = 1_000_000 + TTL.alive - 1;
    expect(cache.get('arxiv', '2305.11700')).toMatchObject({ status: 'found' });
    now += 1;
    expect(cache.get('links', 'http://alive/')).toBeUndefined();
    expect(cache.get('arxiv', '2305.11700')).toBeUndefined();
  });

  it('drops expired entries when written, and reads back what it wrote', () => {
    const cache = new VerdictCache(emptyCache(), () => 0);
    cache.set('links', 'http://alive/', { status: 'alive' });
    cache.set('links', 'http://dead/', { status: 'dead', reason: 'HTTP 410' });
    const parsed = parseCache(serializeCache(cache.data, TTL.dead + 1));
    expect(parsed).toEqual({
      kind: 'ok',
      data: { ...emptyCache(), links: { 'http://alive/': { value: { status: 'alive' }, at: 0 } } },
    });
  });
});

describe('cache files', () => {
  it('ignores text that is not JSON, old-version and foreign files, replacing only its own', () => {
    // Not JSON: nothing says that it is ours (a list named by mistake), so it is never written over.
    expect(parseCache('{"format":"paperlint-cache","ver')).toMatchObject({
      kind: 'ignored',
      overwrite: false,
    });
    expect(parseCache('# My list\n')).toMatchObject({ kind: 'ignored', overwrite: false });
    expect(parseCache(' \n')).toMatchObject({ kind: 'ok' });
    expect(
      parseCache(JSON.stringify({ format: 'paperlint-cache', version: CACHE_VERSION + 1 })),
    ).toMatchObject({
      kind: 'ignored',
      overwrite: true,
    });
    expect(parseCache('{"name":"my-package"}')).toMatchObject({ kind: 'ignored', overwrite: false });
  });

  it('drops entries whose shape is not a result of their section', () => {
    const file = (links: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
      JSON.stringify({ format: 'paperlint-cache', version: CACHE_VERSION, links, ...extra });
    const at = 1000;
    const parsed = parseCache(
      file(
        {
          // --fix once wrote the text `undefined` into a list from a redirect without `to`.
          'http://a/': { value: { status: 'redirect' }, at },
          'http://b/': {
            value: { status: 'redirect', to: 'javascript:alert(1)', httpStatus: 301, chain: [] },
            at,
          },
          'http://c/': { value: { status: 'gone' }, at },
          'http://d/': { value: { status: 'dead' }, at },
          'http://e/': { value: { status: 'alive' }, at: '1000' },
          'http://ok/': {
            value: { status: 'redirect', to: 'https://ok/', httpStatus: 301, chain: ['http://ok/'] },
            at,
          },
        },
        {
          arxiv: { '2305.11700': { value: { status: 'found', record: { id: '2305.11700' } }, at } },
          github: { 'o/r': { value: { status: 'moved', htmlUrl: 42 }, at } },
          dois: { '10.1/x': { value: { status: 'found' }, at } },
        },
      ),
      at,
    );
    if (parsed.kind !== 'ok') throw new Error(parsed.why);
    expect(Object.keys(parsed.data.links)).toEqual(['http://ok/']);
    expect(Object.keys(parsed.data.arxiv)).toEqual([]);
    expect(Object.keys(parsed.data.github)).toEqual([]);
    expect(Object.keys(parsed.data.dois)).toEqual(['10.1/x']);
  });

  it('counts a check dated in the future as made now, so that it expires', () => {
    const now = Date.parse('2026-06-01T00:00:00Z');
    const text = JSON.stringify({
      format: 'paperlint-cache',
      version: CACHE_VERSION,
      links: { 'http://gone/': { value: { status: 'alive' }, at: now + 100 * 365 * 24 * 3600 * 1000 } },
    });
    const parsed = parseCache(text, now);
    if (parsed.kind !== 'ok') throw new Error(parsed.why);
    expect(parsed.data.links['http://gone/'].at).toBe(now);
    const cache = new VerdictCache(parsed.data, () => now + TTL.alive);
    expect(cache.get('links', 'http://gone/')).toBeUndefined();
  });

  it('a "__proto__" key is an entry like any other: validated, and no section changes its prototype', () => {
    const text = `{"format":"paperlint-cache","version":${CACHE_VERSION},"links":{"__proto__":{"http://x/":{"value":{"status":"redirect"},"at":1}},"http://y/":{"value":{"status":"alive"},"at":1}}}`;
    const parsed = parseCache(text, 10);
    if (parsed.kind !== 'ok') throw new Error(parsed.why);
    expect(Object.getPrototypeOf(parsed.data.links)).toBeNull();
    expect(Object.keys(parsed.data.links)).toEqual(['http://y/']);
    const cache = new VerdictCache(parsed.data, () => 10);
    expect(cache.get('links', 'http://x/')).toBeUndefined();
    expect(cache.get('links', 'constructor')).toBeUndefined();
    cache.set('links', '__proto__', { status: 'alive' });
    expect(cache.get('links', '__proto__')).toEqual({ status: 'alive' });
  });

  it('writes atomically: a failed write leaves the old file and no temporary file', async () => {
    const target = path.join(dir, 'blocked');
    await mkdir(target);
    const cache = new VerdictCache();
    cache.set('links', 'http://alive/', { status: 'alive' });
    await expect(saveCache(target, cache)).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['blocked']);
    await rm(target, { recursive: true });
  });

  it('writes through a symbolic link: the link stays and its target gets the cache', async () => {
    const sub = await mkdtemp(path.join(dir, 'link-'));
    await writeFile(path.join(sub, 'real.json'), '');
    await symlink('real.json', path.join(sub, 'cache.json'));
    const cache = new VerdictCache();
    cache.set('links', 'http://alive/', { status: 'alive' });
    await saveCache(path.join(sub, 'cache.json'), cache);
    expect((await lstat(path.join(sub, 'cache.json'))).isSymbolicLink()).toBe(true);
    expect(JSON.parse(await readFile(path.join(sub, 'real.json'), 'utf8')).links).toHaveProperty([
      'http://alive/',
    ]);
    await rm(sub, { recursive: true });
  });

  it('keeps where a paper was published, and reads records cached before paperlint kept it', async () => {
    const fake = await startFakeArxiv({
      catalogue: {
        '2305.11700': [
          {
            title: 'A Published Paper',
            comment: 'Accepted at NeurIPS 2023',
            journalRef: 'NeurIPS 2023',
            doi: '10.5555/3666122',
            authors: ['Ada Lovelace', 'Alan Turing'],
            summary: 'An abstract. Code is available at https://github.com/o/r.',
          },
        ],
      },
    });
    try {
      const cachePath = path.join(dir, 'published.json');
      // A record as an older paperlint cached it: no journal reference, DOI, authors or code.
      const older = {
        id: '2402.00202',
        version: 1,
        title: 'Old',
        comment: 'Accepted at ICLR 2024',
        withdrawn: false,
      };
      const now = Date.now();
      await writeFile(
        cachePath,
        JSON.stringify({
          format: 'paperlint-cache',
          version: CACHE_VERSION,
          arxiv: { '2402.00202': { value: { status: 'found', record: older }, at: now } },
        }),
      );
      const options = testOptions({ cachePath, arxivApi: fake.api });
      const arxiv = [{ id: '2305.11700' }, { id: '2402.00202' }];
      const first = await verify({ urls: [], arxiv, dois: [] }, options, testTuning());
      expect(first.arxiv.get('2402.00202')).toEqual({ status: 'found', record: older });
      expect(first.arxiv.get('2305.11700')).toEqual({
        status: 'found',
        record: {
          id: '2305.11700',
          version: 1,
          title: 'A Published Paper',
          published: '2024-01-02T03:04:05Z',
          comment: 'Accepted at NeurIPS 2023',
          journalRef: 'NeurIPS 2023',
          doi: '10.5555/3666122',
          authors: ['Ada Lovelace', 'Alan Turing'],
          code: 'https://github.com/o/r',
          withdrawn: false,
        },
      });
      expect(fake.idLists()).toEqual([['2305.11700']]);
      // The abstract never goes into the cache; the rest comes back from it without a request.
      expect(await readFile(cachePath, 'utf8')).not.toContain('An abstract');
      const second = await verify({ urls: [], arxiv, dois: [] }, options, testTuning());
      expect(second.requests).toBe(0);
      expect(second.arxiv).toEqual(first.arxiv);
    } finally {
      await fake.close();
    }
  });

  it('makes zero requests on a second run within the time-to-live', async () => {
    const cachePath = path.join(dir, 'warm.json');
    const urls = ['/ok', '/404', '/moved', '/500'].map((p) => `http://a.test:${web.port}${p}`);
    const first = await verify({ urls, arxiv: [], dois: [] }, testOptions({ cachePath }), tuning());
    expect(first.requests).toBeGreaterThan(0);
    const before = web.total();
    const second = await verify(
      { urls: urls.slice(0, 3), arxiv: [], dois: [] },
      testOptions({ cachePath }),
      tuning(),
    );
    expect(second.requests).toBe(0);
    expect(web.total()).toBe(before);
    expect(second.links).toEqual(new Map(urls.slice(0, 3).map((url) => [url, first.links.get(url)])));
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    // The unverifiable 500 was not cached: asking again checks it again.
    const third = await verify(
      { urls: urls.slice(3), arxiv: [], dois: [] },
      testOptions({ cachePath }),
      tuning(),
    );
    expect(third.requests).toBeGreaterThan(0);
  });

  it('does not renew the time-to-live of what it read from the cache', async () => {
    const cachePath = path.join(dir, 'renew.json');
    const day = 24 * 60 * 60 * 1000;
    const start = Date.parse('2026-06-01T00:00:00Z');
    const at = (days: number) => testTuning({ ...tuning(), now: () => start + days * day });
    const kept = `http://a.test:${web.port}/ok?kept`;
    const run = (days: number, extra: string) =>
      verify(
        { urls: [kept, `http://a.test:${web.port}/ok?${extra}`], arxiv: [], dois: [] },
        testOptions({ cachePath }),
        at(days),
      );
    await run(0, 'first');
    // Day 6: the kept link comes from the cache while a new link is checked and the file is written again.
    const before = web.hits.get('HEAD /ok') ?? 0;
    expect((await run(6, 'second')).requests).toBe(1);
    expect(web.hits.get('HEAD /ok')).toBe(before + 1);
    // Day 8: 7 days after the kept link was checked, not after it was last read, so it is checked again.
    expect((await run(8, 'second')).requests).toBe(1);
    expect(web.hits.get('HEAD /ok')).toBe(before + 2);
  });

  it('warns once about an old cache file, checks anyway and replaces it', async () => {
    const cachePath = path.join(dir, 'old.json');
    await writeFile(cachePath, '{"format":"paperlint-cache","version":0}');
    const notices: string[] = [];
    const results = await verify(
      { urls: [`http://a.test:${web.port}/ok`], arxiv: [], dois: [] },
      testOptions({ cachePath, onNotice: (message) => notices.push(message) }),
      tuning(),
    );
    expect(results.requests).toBe(1);
    expect(notices).toEqual([
      `Link cache ${cachePath} has cache format version 0; ignoring and replacing it.`,
    ]);
    expect(parseCache(await readFile(cachePath, 'utf8')).kind).toBe('ok');
  });

  for (const [name, content] of [
    ['package.json', '{"name":"someone-else"}\n'],
    ['notes.md', '# Notes\n\nmine\n'],
  ]) {
    it(`leaves a file that is not a paperlint cache untouched (${name})`, async () => {
      const cachePath = path.join(dir, name);
      await writeFile(cachePath, content);
      const notices: string[] = [];
      await verify(
        { urls: [`http://a.test:${web.port}/ok`], arxiv: [], dois: [] },
        testOptions({ cachePath, onNotice: (message) => notices.push(message) }),
        tuning(),
      );
      expect(notices).toHaveLength(1);
      expect(await readFile(cachePath, 'utf8')).toBe(content);
    });
  }
});
