import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { arxivIdOfEntryId, parseArxivFeed } from '../../src/verify/atom.js';

const fixtures = new URL('../fixtures/arxiv-api/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, fixtures), 'utf8');
const repoRoot = path.resolve(import.meta.dirname, '../..');
const shared = path.resolve(repoRoot, '../shared/arxiv-api');
const sharedPresent = (() => {
  try {
    return readdirSync(shared).length > 0;
  } catch {
    return false;
  }
})();

describe('parseArxivFeed on recorded responses (post-2025 format)', () => {
  it('reads one entry: id without version, version, title, published, comment, authors, abstract', () => {
    expect(parseArxivFeed(read('real_1605.08386.xml'))).toEqual({
      entries: [
        {
          id: '1605.08386',
          version: 1,
          title: 'Heat-bath random walks with Markov bases',
          published: '2016-05-26T17:59:46Z',
          comment: '20 pages, 3 figures',
          authors: ['Caprice Stanley', 'Tobias Windisch'],
          summary: expect.stringMatching(/^Graphs on lattice points are studied .* in fixed dimension\.$/),
        },
      ],
      errors: [],
    });
  });

  it('reads old-style ids', () => {
    const { entries } = parseArxivFeed(read('real_quantph.xml'));
    expect(entries.map(({ id, version }) => ({ id, version }))).toEqual([
      { id: 'quant-ph/0201082', version: 1 },
    ]);
  });

  it('returns only the entries present: two ids asked, one known', () => {
    const { entries } = parseArxivFeed(read('real_two_ids.xml'));
    expect(entries.map((entry) => entry.id)).toEqual(['1707.08567']);
    expect(entries[0].title).toBe(
      'Proceedings of Workshop AEW10: Concepts in Information Theory and Communications',
    );
  });

  it('reads empty feeds for unknown and accepted-but-malformed ids', () => {
    expect(parseArxivFeed(read('real_0808.xml'))).toEqual({ entries: [], errors: [] });
    expect(parseArxivFeed(read('real_0000.xml'))).toEqual({ entries: [], errors: [] });
  });

  it('turns the Error entry of a 400 into an error naming the id, not a paper', () => {
    expect(parseArxivFeed(read('real_abc.xml'))).toEqual({
      entries: [],
      errors: [{ id: 'abc', message: 'incorrect id format for abc' }],
    });
  });

  it('reads both entries of a two-entry feed', () => {
    const { entries } = parseArxivFeed(read('composite_two_entries.xml'));
    expect(entries.map((entry) => `${entry.id}v${entry.version}`)).toEqual([
      '1605.08386v1',
      'quant-ph/0201082v1',
    ]);
  });
});

describe('parseArxivFeed on the user manual samples (pre-2025 format, xmlns on every element)', () => {
  it('reads the typical entry, line break in the title kept for the caller to fold', () => {
    const { entries, errors } = parseArxivFeed(read('manual_typical.xml'));
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      id: 'hep-ex/0307015',
      published: '2003-07-07T13:46:39-04:00',
      comment: '23 pages, 8 figures and 4 tables',
      journalRef: 'Eur.Phys.J. C31 (2003) 17-29',
      authors: ['H1 Collaboration'],
    });
    expect(entries[0].doi).toBeUndefined();
    expect(entries[0].version).toBeUndefined();
    expect(entries[0].title.replace(/\s+/g, ' ')).toBe(
      'Multi-Electron Production at High Transverse Momenta in ep Collisions at HERA',
    );
  });

  it('reads the old error entry', () => {
    expect(parseArxivFeed(read('manual_error.xml')).errors).toEqual([
      { id: '1234.12345', message: 'incorrect id format for 1234.12345' },
    ]);
  });
});

describe('parseArxivFeed reads where a paper was published', () => {
  it('reads arxiv:journal_ref and arxiv:doi with their whitespace folded', () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
  <entry>
    <id>http://arxiv.org/abs/cond-mat/9911123v1</id>
    <title>A paper</title>
    <arxiv:doi>10.1103/PhysRevB.61.13484</arxiv:doi>
    <arxiv:comment>8 pages, 10 figures, to appear in Phys. Rev. B</arxiv:comment>
    <arxiv:journal_ref>Phys. Rev. B 61,
      13484 (2000)</arxiv:journal_ref>
  </entry>
</feed>`;
    expect(parseArxivFeed(xml).entries[0]).toMatchObject({
      doi: '10.1103/PhysRevB.61.13484',
      comment: '8 pages, 10 figures, to appear in Phys. Rev. B',
      journalRef: 'Phys. Rev. B 61, 13484 (2000)',
    });
  });
});

describe('parseArxivFeed resolves namespaces instead of trusting prefixes', () => {
  it('accepts Atom bound to any prefix', () => {
    const xml = `<?xml version="1.0"?>
<a:feed xmlns:a="http://www.w3.org/2005/Atom" xmlns:x="http://arxiv.org/schemas/atom">
  <a:entry>
    <a:id>http://arxiv.org/abs/2305.11700v2</a:id>
    <a:title>A &amp; B: caf&#233; &#x3b1;</a:title>
    <x:comment>withdrawn</x:comment>
  </a:entry>
</a:feed>`;
    expect(parseArxivFeed(xml).entries).toEqual([
      { id: '2305.11700', version: 2, title: 'A & B: café α', comment: 'withdrawn', authors: [] },
    ]);
  });

  it('ignores look-alike elements from other namespaces', () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="urn:not-arxiv" xmlns:o="urn:other">
  <o:entry><id>http://arxiv.org/abs/2305.00001v1</id><title>Foreign</title></o:entry>
  <entry>
    <id>http://arxiv.org/abs/2305.11700v1</id>
    <title>Atom</title>
    <arxiv:comment>not an arXiv comment</arxiv:comment>
    <o:title>Other title</o:title>
  </entry>
</feed>`;
    expect(parseArxivFeed(xml).entries).toEqual([
      { id: '2305.11700', version: 1, title: 'Atom', authors: [] },
    ]);
  });

  it('rejects documents that are not Atom feeds', () => {
    expect(() => parseArxivFeed('<html><body>Service unavailable</body></html>')).toThrow('not an Atom feed');
    expect(() => parseArxivFeed('<feed><entry/></feed>')).toThrow('not an Atom feed');
  });

  it('splits entry ids into id and version', () => {
    expect(arxivIdOfEntryId('http://arxiv.org/abs/1605.08386v12')).toEqual({ id: '1605.08386', version: 12 });
    expect(arxivIdOfEntryId('http://arxiv.org/abs/hep-ex/0307015')).toEqual({ id: 'hep-ex/0307015' });
    expect(arxivIdOfEntryId('https://arxiv.org/api/errors#x')).toBeUndefined();
  });
});

describe.skipIf(!sharedPresent)('test/fixtures/arxiv-api', () => {
  it('is a faithful copy of ../shared/arxiv-api', () => {
    for (const name of readdirSync(shared)) {
      expect(read(name), name).toBe(readFileSync(path.join(shared, name), 'utf8'));
    }
  });
});
