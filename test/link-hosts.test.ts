// arXiv hosts and DOI resolvers read the same way by every layer: the entry model, verification routing
// and the duplicate keys (each used to have its own host test, and they disagreed on xxx.lanl.gov and
// hdl.handle.net).
import { describe, expect, it } from 'vitest';
import { isArxivHost } from '../src/arxiv/id.js';
import { entryKeys } from '../src/rules/entry-pairs.js';
import { doiFromUrl, findDoisInText } from '../src/text/doi.js';
import { isDoiResolverHost } from '../src/text/url.js';
import { routeLink } from '../src/verify/route.js';
import { listOf } from './helpers/list.js';

const TITLE = 'Holography in Large Language Model Spaces';

function firstEntry(url: string, label = 'paper') {
  const [entry] = listOf(`- ${TITLE}, [[${label}]](${url})\n`).entries;
  return { entry, keys: entryKeys(entry).map(({ kind, value }) => `${kind}:${value}`) };
}

describe('arXiv hosts', () => {
  it('are one set: arxiv.org, its subdomains and mirrors, and the old LANL name', () => {
    for (const host of ['arxiv.org', 'www.arxiv.org', 'export.arxiv.org', 'de.arxiv.org', 'xxx.lanl.gov'])
      expect([host, isArxivHost(host)]).toEqual([host, true]);
    for (const host of ['lanl.gov', 'notarxiv.org', 'biorxiv.org', 'arxiv.org.example.com'])
      expect([host, isArxivHost(host)]).toEqual([host, false]);
  });

  it('xxx.lanl.gov: parse reads the id, routing sends it to the arXiv API, the key is the id', () => {
    const url = 'http://xxx.lanl.gov/abs/hep-th/9901001v2';
    const { entry, keys } = firstEntry(url);
    expect(entry.arxiv.map((ref) => [ref.id, ref.version])).toEqual([['hep-th/9901001', 2]]);
    expect(routeLink(url)).toEqual({ kind: 'arxiv' });
    expect(keys).toEqual(['arxiv:hep-th/9901001', `title:${TITLE.toLowerCase()}`]);
  });

  it('an arXiv page that names no paper is neither fetched nor a URL key', () => {
    const url = 'https://xxx.lanl.gov/list/hep-th/new';
    const { entry, keys } = firstEntry(url);
    expect(entry.arxiv).toEqual([]);
    expect(routeLink(url)).toEqual({ kind: 'arxiv' });
    expect(keys.filter((key) => key.startsWith('url:'))).toEqual([]);
  });
});

describe('DOI resolvers', () => {
  it('are one list, hdl.handle.net included', () => {
    for (const host of ['doi.org', 'dx.doi.org', 'www.doi.org', 'hdl.handle.net'])
      expect([host, isDoiResolverHost(host)]).toEqual([host, true]);
    expect(isDoiResolverHost('api.example.org')).toBe(false);
  });

  it('hdl.handle.net with a DOI: parse, routing and keys all read the same DOI', () => {
    const url = 'https://hdl.handle.net/10.1145/3580305.3599519';
    const { entry, keys } = firstEntry(url);
    expect(doiFromUrl(url)).toBe('10.1145/3580305.3599519');
    expect(entry.dois.map((ref) => ref.doi)).toEqual(['10.1145/3580305.3599519']);
    expect(routeLink(url)).toEqual({ kind: 'doi', doi: '10.1145/3580305.3599519' });
    expect(keys).toEqual(['doi:10.1145/3580305.3599519', `title:${TITLE.toLowerCase()}`]);
  });

  it('routing reads a resolver link as the entry model does (trailing punctuation is not the DOI)', () => {
    const url = 'https://doi.org/10.1145/3580305.3599519).';
    expect(routeLink(url)).toEqual({ kind: 'doi', doi: doiFromUrl(url) });
  });

  it('a handle that is no DOI is fetched like a page and keyed by its URL, as one document', () => {
    const url = 'https://hdl.handle.net/1721.1/123456';
    const { entry, keys } = firstEntry(url, 'thesis');
    expect(entry.dois).toEqual([]);
    expect(routeLink(url)).toEqual({ kind: 'http', key: url });
    expect(keys).toContain('url:hdl.handle.net/1721.1/123456');
  });

  it('a resolver URL in prose is spanned from its scheme, for every resolver', () => {
    for (const prefix of ['https://doi.org/', 'https://hdl.handle.net/']) {
      const text = `see ${prefix}10.1000/xyz123 here`;
      expect(findDoisInText(text)).toEqual([
        { doi: '10.1000/xyz123', index: 4, length: `${prefix}10.1000/xyz123`.length },
      ]);
    }
  });
});
