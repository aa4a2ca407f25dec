import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Agent } from 'undici';
import { afterAll, describe, expect, it } from 'vitest';
import { CACHE_VERSION } from '../../src/verify/cache.js';
import { dblpQuery, dblpVenueOf, parseDblpAnswer, searchDblp, surname } from '../../src/verify/dblp.js';
import { verify } from '../../src/verify/index.js';
import type { DblpHit, DblpSearchResult } from '../../src/verify/types.js';
import { startFakeArxiv } from '../helpers/fake-arxiv.js';
import { type FakePublication, startFakeDblp } from '../helpers/fake-dblp.js';
import { testOptions, testTuning } from './setup.js';

const dispatcher = new Agent();
afterAll(() => dispatcher.close());
const client = { dispatcher, userAgent: 'paperlint-test', timeout: 2000 };

/** A DBLP answer as the search API sends it (shape of a real answer: completions, @-attributes, ee, doi). */
const REAL_SHAPE = `{"result":{"query":"test*","status":{"@code":"200","text":"OK"},"time":{"@unit":"msecs","text":"2.93"},
"completions":{"@total":"498","@computed":"100","@sent":"1","c":[{"@sc":"48074","@dc":"44805","@oc":"48074","@id":"59637374","text":"test"}]},
"hits":{"@total":"99047","@computed":"100","@sent":"1","@first":"1","hit":[{"@score":"5","@id":"6425006",
"info":{"authors":{"author":[{"@pid":"28/2391","text":"Tsuyoshi Shinogi"},{"@pid":"91/2238","text":"Hiroyuki Yamada"}]},
"title":"A Test Cost Reduction Method by Test Response and Test Vector Overlapping for Full-Scan Test Architecture.",
"venue":"Asian Test Symposium","pages":"366-371","year":"2005","type":"Conference and Workshop Papers","access":"closed",
"key":"conf/ats/ShinogiYHTY05","doi":"10.1109/ATS.2005.17","ee":"https://doi.org/10.1109/ATS.2005.17",
"url":"https://dblp.org/rec/conf/ats/ShinogiYHTY05"},"url":"URL#6425006"}]}}}`;

const hit = (fields: Partial<DblpHit>): DblpHit => ({
  title: 'Graph Neural Prompting with Large Language Models',
  venue: 'AAAI',
  year: 2024,
  type: 'Conference and Workshop Papers',
  authors: ['Yijun Tian', 'Huan Song 0001', 'Nitesh V. Chawla'],
  ...fields,
});
const found = (...hits: DblpHit[]): DblpSearchResult => ({ status: 'found', hits });
const record = {
  title: 'Graph Neural Prompting with Large Language Models',
  authors: ['Yijun Tian', 'Huan Song', 'Zichen Wang'],
};

describe('parseDblpAnswer', () => {
  it('reads DBLP answers: hits as a list, one hit as an object, none absent; entities and the final stop', () => {
    expect(parseDblpAnswer(REAL_SHAPE)).toEqual([
      {
        title:
          'A Test Cost Reduction Method by Test Response and Test Vector Overlapping for Full-Scan Test Architecture',
        venue: 'Asian Test Symposium',
        year: 2005,
        type: 'Conference and Workshop Papers',
        authors: ['Tsuyoshi Shinogi', 'Hiroyuki Yamada'],
      },
    ]);
    const single = `{"result":{"hits":{"hit":{"info":{"authors":{"author":{"@pid":"1","text":"Ada Researcher"}},
      "title":"Vision &amp; Language Agent Planning.","venue":["ICRA","x"],"year":"2025","type":"Journal Articles"}}}}}`;
    expect(parseDblpAnswer(single)).toEqual([
      {
        title: 'Vision & Language Agent Planning',
        venue: 'ICRA',
        year: 2025,
        type: 'Journal Articles',
        authors: ['Ada Researcher'],
      },
    ]);
    expect(parseDblpAnswer('{"result":{"hits":{"@total":"0"}}}')).toEqual([]);
    expect(() => parseDblpAnswer('<html>slow down</html>')).toThrow();
  });

  it('compares surnames without DBLP numbers and accents, and queries with words only', () => {
    expect(surname('Huan Song 0001')).toBe('song');
    expect(surname('José Hernández-Orallo')).toBe('hernandez-orallo');
    expect(surname('A. J. Han Vinck')).toBe('vinck');
    expect(dblpQuery('Scaling $\\mathcal{O}(n)$ Attention: Linear | Transformers*')).toBe(
      'Scaling mathcal O n Attention Linear Transformers',
    );
  });
});

describe('dblpVenueOf', () => {
  it('takes a published hit with the arXiv title and an author surname in common', () => {
    expect(dblpVenueOf(record, found(hit({})))).toMatchObject({
      name: 'AAAI',
      year: 2024,
      short: true,
      source: 'dblp',
    });
    expect(dblpVenueOf(record, found(hit({ venue: 'IEEE Trans. Knowl. Data Eng.' })))).toMatchObject({
      name: 'IEEE Trans. Knowl. Data Eng.',
      short: false,
      text: 'IEEE Trans. Knowl. Data Eng. 2024',
    });
  });

  it('refuses a hit with the same title but other authors, arXiv copies, workshops and disagreeing venues', () => {
    expect(dblpVenueOf(record, found(hit({ authors: ['Someone Else'] })))).toBeUndefined();
    expect(
      dblpVenueOf(record, found(hit({ venue: 'CoRR', type: 'Informal and Other Publications' }))),
    ).toBeUndefined();
    expect(dblpVenueOf(record, found(hit({ venue: 'CVPR Workshops' })))).toBeUndefined();
    expect(dblpVenueOf(record, found(hit({ title: 'Graph Neural Prompting' })))).toBeUndefined();
    expect(dblpVenueOf(record, found(hit({}), hit({ venue: 'TKDE', year: 2025 })))).toBeUndefined();
    expect(
      dblpVenueOf(record, found(hit({}), hit({ venue: 'CoRR', type: 'Informal and Other Publications' }))),
    ).toMatchObject({
      name: 'AAAI',
    });
    expect(dblpVenueOf({ title: record.title }, found(hit({})))).toBeUndefined();
    expect(dblpVenueOf(record, { status: 'unverifiable', reason: 'busy' })).toBeUndefined();
  });
});

const PUBLICATIONS: FakePublication[] = [
  {
    title: 'Graph Neural Prompting with Large Language Models.',
    venue: 'AAAI',
    year: 2024,
    authors: ['Yijun Tian', 'Huan Song 0001', 'Zichen Wang'],
  },
  {
    title: 'Graph Neural Prompting with Large Language Models.',
    venue: 'CoRR',
    year: 2023,
    type: 'Informal and Other Publications',
    authors: ['Yijun Tian', 'Huan Song 0001', 'Zichen Wang'],
  },
  {
    title: 'Heat-Bath Random Walks with Markov Bases.',
    venue: 'Adv. Appl. Math.',
    year: 2019,
    type: 'Journal Articles',
    authors: ['Caprice Stanley', 'Tobias Windisch'],
  },
];

describe('searchDblp', () => {
  it('asks one title at a time, at most one request an interval, and waits out a 429', async () => {
    const fake = await startFakeDblp({
      publications: PUBLICATIONS,
      failures: [{ status: 429, retryAfter: '1' }],
    });
    try {
      const titles = [
        'Graph Neural Prompting with Large Language Models',
        'Heat-bath random walks with Markov bases',
        'Unknown Paper Title',
      ];
      const { results, requests } = await searchDblp(titles, { ...client, api: fake.api, interval: 300 });
      expect(requests).toBe(4);
      expect(fake.maxConcurrentRequests).toBe(1);
      expect(Math.min(...fake.gaps())).toBeGreaterThanOrEqual(295);
      expect(fake.gaps()[0]).toBeGreaterThanOrEqual(995);
      expect(fake.queries()[1]).toBe('Graph Neural Prompting with Large Language Models');
      expect(results.get(titles[0])).toMatchObject({
        status: 'found',
        hits: [{ venue: 'AAAI' }, { venue: 'CoRR' }],
      });
      expect(results.get(titles[1])).toMatchObject({
        status: 'found',
        hits: [{ venue: 'Adv. Appl. Math.' }],
      });
      expect(results.get(titles[2])).toEqual({ status: 'found', hits: [] });
    } finally {
      await fake.close();
    }
  });

  it('leaves titles unverified when DBLP cannot be reached', async () => {
    const { results } = await searchDblp(['A', 'B'], {
      ...client,
      api: 'http://127.0.0.1:9/search/publ/api',
      interval: 0,
    });
    expect([...results.values()].map((result) => result.status)).toEqual(['unverifiable', 'unverifiable']);
  });
});

describe('verify with venues: dblp', () => {
  it('asks DBLP only about papers arXiv says nothing about, once, and caches the answers', async () => {
    const arxiv = await startFakeArxiv({
      catalogue: {
        '2309.15427': [
          {
            title: 'Graph Neural Prompting with Large Language Models',
            authors: ['Yijun Tian', 'Huan Song', 'Zichen Wang'],
          },
        ],
        '2402.00202': [{ title: 'Accepted Paper', comment: 'Accepted at ICLR 2024', authors: ['A. Author'] }],
        '2401.00303': [{ title: 'Published Elsewhere', doi: '10.1/x', authors: ['A. Author'] }],
      },
    });
    const dblp = await startFakeDblp({ publications: PUBLICATIONS });
    const dir = await mkdtemp(path.join(tmpdir(), 'paperlint-dblp-'));
    try {
      const cachePath = path.join(dir, 'cache.json');
      // A cache file from before DBLP: no `dblp` section.
      await writeFile(
        cachePath,
        JSON.stringify({ format: 'paperlint-cache', version: CACHE_VERSION, links: {} }),
      );
      const options = testOptions({
        arxivApi: arxiv.api,
        venues: 'dblp',
        dblpApi: dblp.api,
        dblpInterval: 0,
        cachePath,
      });
      const request = {
        urls: [],
        dois: [],
        arxiv: [
          { id: '2309.15427' },
          { id: '2402.00202' },
          { id: '2401.00303' },
          { id: '2309.15427', version: 1 },
        ],
      };
      const first = await verify(request, options, testTuning());
      expect(dblp.queries()).toEqual(['Graph Neural Prompting with Large Language Models']);
      expect(first.dblp?.get('Graph Neural Prompting with Large Language Models')).toMatchObject({
        status: 'found',
      });
      expect(JSON.parse(await readFile(cachePath, 'utf8')).dblp).toHaveProperty([
        'Graph Neural Prompting with Large Language Models',
      ]);
      const second = await verify(request, options, testTuning());
      expect(second.requests).toBe(0);
      expect(second.dblp).toEqual(first.dblp);
      // Without the option DBLP is never asked.
      const without = await verify(
        request,
        testOptions({ arxivApi: arxiv.api, dblpApi: dblp.api }),
        testTuning(),
      );
      expect(without.dblp).toBeUndefined();
      expect(dblp.requests).toHaveLength(1);
    } finally {
      await Promise.all([arxiv.close(), dblp.close(), rm(dir, { recursive: true, force: true })]);
    }
  });
});
