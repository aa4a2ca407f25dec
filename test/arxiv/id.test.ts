import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARXIV_ARCHIVES } from '../../src/arxiv/archives.js';
import { arxivHostKind, arxivIdFromUrl, findArxivIdsInText, parseArxivId } from '../../src/arxiv/id.js';
import { TODAY } from '../helpers/list.js';

describe('arxivIdFromUrl', () => {
  it.each([
    ['https://arxiv.org/abs/2305.11700', { id: '2305.11700' }],
    ['https://arxiv.org/abd/2304.03516', { id: '2304.03516' }],
    ['https://arxiv.org/abs/2403.08206f', { id: '2403.08206' }],
    ['https://arxiv.org/pdf/2305.11700v2.pdf', { id: '2305.11700', version: 2 }],
    ['https://arxiv.org/abs/arXiv:2305.11700', { id: '2305.11700' }],
    ['https://arxiv.org/abs/arXiv%3A2305.11700', { id: '2305.11700' }],
    ['https://arxiv.org/abs/hep-th/9901001v1', { id: 'hep-th/9901001', version: 1 }],
    ['https://ARXIV.ORG/ABS/HEP-TH/9901001', { id: 'hep-th/9901001' }],
    ['https://arxiv.org/abs/math.AG/0101001', { id: 'math/0101001' }],
    ['https://arxiv.org/abs/cs/9901001', { id: 'cs/9901001' }],
    ['https://arxiv.org/html/2305.11700v3', { id: '2305.11700', version: 3 }],
    ['https://arxiv.org/html/2305.11700v3/#S2', { id: '2305.11700', version: 3 }],
    ['https://arxiv.org/ftp/arxiv/papers/2312/2312.00752.pdf', { id: '2312.00752' }],
    ['https://arxiv.org/ftp/hep-th/papers/9901/9901001.pdf', { id: 'hep-th/9901001' }],
    ['http://www.arxiv.org/abs/0704.0001', { id: '0704.0001' }],
    ['https://export.arxiv.org/abs/2305.11700', { id: '2305.11700' }],
    ['https://lanl.arxiv.org/abs/2305.11700', { id: '2305.11700' }],
    ['http://xxx.lanl.gov/abs/hep-th/9901001', { id: 'hep-th/9901001' }],
    ['https://de.arxiv.org/abs/1501.0001', { id: '1501.00001' }],
    ['https://arxiv.org//2405.07314', { id: '2405.07314' }],
    ['https://arxiv.org/2405.07314', { id: '2405.07314' }],
    ['arxiv.org/abs/2305.11700', { id: '2305.11700' }],
    ['https://arxiv.org/abs/2102.01192?fbclid=IwAR3', { id: '2102.01192' }],
  ])('%s', (url, expected) => {
    expect(arxivIdFromUrl(url)).toEqual(expected);
  });

  it.each([
    'https://arxiv.org/abs/',
    'https://arxiv.org/',
    'https://arxiv.org/list/cs.AI/recent',
    'https://info.arxiv.org/help/api/index.html',
    'https://github.com/abs/2305.11700',
    'https://openreview.net/forum?id=2305.11700',
    'https://arxiv.org.evil.example/abs/2305.11700',
    'https://arxiv.org/abs/foo/9901001',
    'https://arxiv.org/abs/2305.11700?x=1'.replace('2305.11700', '230511700'),
  ])('%s has no id', (url) => {
    expect(arxivIdFromUrl(url)).toBeUndefined();
  });
});

describe('arxivHostKind', () => {
  it.each([
    ['arxiv.org', 'canonical'],
    ['ArXiv.Org', 'canonical'],
    ['arxiv.org.', 'canonical'],
    ['arxiv.org:443', 'canonical'],
    ['www.arxiv.org', 'www'],
    ['export.arxiv.org', 'export'],
    ['xxx.lanl.gov', 'mirror'],
    ['lanl.arxiv.org', 'mirror'],
    ['de.arxiv.org', 'mirror'],
    ['CN.arxiv.org', 'mirror'],
    ['info.arxiv.org', 'other'],
    ['ar5iv.labs.arxiv.org', 'other'],
    ['arxiv.com', undefined],
    ['notarxiv.org', undefined],
    ['arxiv.org.example', undefined],
  ])('%s → %s', (host, kind) => {
    expect(arxivHostKind(host)).toBe(kind);
  });
});

describe('findArxivIdsInText', () => {
  it('finds prefixed ids with their positions', () => {
    const text = 'See arXiv:2305.11700, arXiv 2305.11700v2 and arxiv:hep-th/9901001.';
    const found = findArxivIdsInText(text);
    expect(found).toEqual([
      { id: '2305.11700', index: 4, length: 16 },
      { id: '2305.11700', version: 2, index: 22, length: 18 },
      { id: 'hep-th/9901001', index: 45, length: 20 },
    ]);
    for (const hit of found) expect(text.slice(hit.index, hit.index + hit.length)).toMatch(/^arxiv/i);
  });

  it.each([
    ['arXiv: 2305.11700', '2305.11700'],
    ['arXiv:math.AG/0101001v3', 'math/0101001'],
    ['ARXIV:CS/9901001', 'cs/9901001'],
    ['preprint arXiv:1501.0001.', '1501.00001'],
    ['(arXiv:2305.11700)', '2305.11700'],
  ])('%s → %s', (text, id) => {
    expect(findArxivIdsInText(text).map((hit) => hit.id)).toEqual([id]);
  });

  it.each([
    '2305.11700',
    'arxiv.org/abs/2305.11700',
    'arXiv 2023',
    'arXiv:2305.117001',
    'arXiv:2305.11700abc',
    'myarxiv:2305.11700',
    'arXiv:foo/9901001',
  ])('ignores %s', (text) => {
    expect(findArxivIdsInText(text)).toEqual([]);
  });
});

describe('parseArxivId: valid ids', () => {
  it.each([
    ['0704.0001', { id: '0704.0001', style: 'new', year: 2007, month: 4, notes: [] }],
    ['1412.9999', { id: '1412.9999', style: 'new', year: 2014, month: 12, notes: [] }],
    ['1501.00001', { id: '1501.00001', style: 'new', year: 2015, month: 1, notes: [] }],
    ['2305.11700', { id: '2305.11700', style: 'new', year: 2023, month: 5, notes: [] }],
    ['2305.11700v2', { id: '2305.11700', version: 2, style: 'new', year: 2023, month: 5, notes: [] }],
    ['2305.11700v12', { id: '2305.11700', version: 12, style: 'new', year: 2023, month: 5, notes: [] }],
    ['2606.99999', { id: '2606.99999', style: 'new', year: 2026, month: 6, notes: [] }],
    ['hep-th/9108001', { id: 'hep-th/9108001', style: 'old', year: 1991, month: 8, notes: [] }],
    ['hep-th/9901001v1', { id: 'hep-th/9901001', version: 1, style: 'old', year: 1999, month: 1, notes: [] }],
    ['cs/9901001', { id: 'cs/9901001', style: 'old', year: 1999, month: 1, notes: [] }],
    ['cond-mat/0703999', { id: 'cond-mat/0703999', style: 'old', year: 2007, month: 3, notes: [] }],
    ['q-bio/0401001', { id: 'q-bio/0401001', style: 'old', year: 2004, month: 1, notes: [] }],
    ['alg-geom/9712001', { id: 'alg-geom/9712001', style: 'old', year: 1997, month: 12, notes: [] }],
    ['solv-int/9904001', { id: 'solv-int/9904001', style: 'old', year: 1999, month: 4, notes: [] }],
  ])('%s', (text, expected) => {
    expect(parseArxivId(text, TODAY)).toEqual({ valid: true, ...expected });
  });

  it.each([
    ['1501.0001', '1501.00001', ['number-digits']],
    ['2305.1170', '2305.01170', ['number-digits']],
    ['1412.01234', '1412.1234', ['number-digits']],
    ['2305.11700V2', '2305.11700', ['upper-case']],
    ['HEP-TH/9901001', 'hep-th/9901001', ['upper-case']],
    ['math.AG/0101001', 'math/0101001', ['subject-class']],
    ['cs.AI/0101001', 'cs/0101001', ['subject-class']],
    ['Math.AG/0101001', 'math/0101001', ['upper-case', 'subject-class']],
  ])('%s resolves to %s by redirect', (text, id, notes) => {
    expect(parseArxivId(text, TODAY)).toMatchObject({ valid: true, id, notes });
  });
});

describe('parseArxivId: impossible ids', () => {
  it.each([
    ['', 'empty id'],
    ['   ', 'empty id'],
    ['2313.00001', 'month 13 does not exist'],
    ['2300.00001', 'month 00 does not exist'],
    ['0703.0001', 'new-style ids begin in 2007-04, not 2007-03'],
    ['9912.0001', 'month 2099-12 is after today'],
    ['1412.12345', "ids before 2015 have 4-digit numbers, not '12345'"],
    ['1412.001234', "ids before 2015 have 4-digit numbers, not '001234'"],
    ['0704.001', "ids before 2015 have 4-digit numbers, not '001'"],
    ['2305.117001', "ids since 2015 have 5-digit numbers, not '117001'"],
    ['2305.117', "ids since 2015 have 5-digit numbers, not '117'"],
    ['2305.00000', "number '00000' does not exist"],
    ['1001.0000', "number '0000' does not exist"],
    ['2305.11700v0', "version 'v0' does not exist"],
    ['2305.11700v01', "version 'v01' does not exist"],
    ['2607.00001', 'month 2026-07 is after today'],
    ['3001.00001', 'month 2030-01 is after today'],
    ['foo/9901001', "unknown archive 'foo'"],
    ['econ/9901001', "unknown archive 'econ'"],
    ['hep-th/990101', "old-style ids have 7 digits, not '990101'"],
    ['hep-th/9913001', 'month 13 does not exist'],
    ['hep-th/0704001', 'old-style ids end in 2007-03, not 2007-04'],
    ['hep-th/9107001', "archive 'hep-th' has no ids from 1991-07"],
    ['q-fin/0601001', "archive 'q-fin' has no ids from 2006-01"],
    ['alg-geom/9801001', "archive 'alg-geom' has no ids from 1998-01"],
    ['hep-th/9901000', "number '000' does not exist"],
    ['hep-th/9901001v0', "version 'v0' does not exist"],
    ['2305.11700f', "'2305.11700f' is not an arXiv id"],
    ['arXiv:2305.11700', "'arXiv:2305.11700' is not an arXiv id"],
  ])('%s: %s', (text, reason) => {
    expect(parseArxivId(text, TODAY)).toEqual({ valid: false, reason });
  });

  it('moves the future boundary with today', () => {
    expect(parseArxivId('2607.00001', new Date('2026-07-01T00:00:00Z')).valid).toBe(true);
    expect(parseArxivId('2607.00001', new Date('2026-06-30T23:59:59Z')).valid).toBe(false);
  });
});

describe('archives', () => {
  it('holds every archive that issued old-style ids, legacy ones included', () => {
    for (const archive of [
      'astro-ph',
      'cond-mat',
      'gr-qc',
      'hep-ex',
      'hep-lat',
      'hep-ph',
      'hep-th',
      'math-ph',
    ]) {
      expect(ARXIV_ARCHIVES.has(archive), archive).toBe(true);
    }
    for (const archive of ['acc-phys', 'adap-org', 'alg-geom', 'ao-sci', 'atom-ph', 'bayes-an', 'chao-dyn']) {
      expect(ARXIV_ARCHIVES.get(archive)?.end, archive).toBeDefined();
    }
    expect(ARXIV_ARCHIVES.has('eess')).toBe(false);
  });

  it('accepts an id in every archive during its window', () => {
    for (const [archive, span] of ARXIV_ARCHIVES) {
      const [year, month] = span.start.split('-');
      const parsed = parseArxivId(`${archive}/${year.slice(2)}${month}001`, TODAY);
      // q-fin and stat opened after old-style ids ended.
      expect(parsed.valid, archive).toBe(span.start <= '2007-03');
    }
  });
});

describe('round trips', () => {
  const newStyleId = fc
    .tuple(
      fc.integer({ min: 7, max: 26 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 9999 }),
    )
    .filter(([yy, mm]) => yy * 100 + mm >= 704 && yy * 100 + mm <= 2606)
    .map(([yy, mm, n]) => {
      const yymm = `${String(yy).padStart(2, '0')}${String(mm).padStart(2, '0')}`;
      return `${yymm}.${String(n).padStart(Number(yymm) >= 1501 ? 5 : 4, '0')}`;
    });
  const oldStyleId = fc
    .tuple(
      fc.constantFrom('hep-th', 'math', 'cs', 'quant-ph', 'cond-mat', 'astro-ph'),
      fc.integer({ min: 1, max: 999 }),
    )
    .map(([archive, n]) => `${archive}/0201${String(n).padStart(3, '0')}`);
  const id = fc.oneof(newStyleId, oldStyleId);
  const version = fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined });
  const withV = (paper: string, v: number | undefined) => paper + (v === undefined ? '' : `v${v}`);

  it('a canonical id parses to itself with no notes', () => {
    fc.assert(
      fc.property(id, version, (paper, v) => {
        const parsed = parseArxivId(withV(paper, v), TODAY);
        expect(parsed).toMatchObject({ valid: true, id: paper, notes: [] });
        expect(parsed.valid && parsed.version).toBe(v);
      }),
    );
  });

  it('ids are found again in URLs and in prose', () => {
    fc.assert(
      fc.property(
        id,
        version,
        fc.constantFrom('abs', 'pdf', 'html'),
        fc.constantFrom('arXiv:', 'arXiv ', 'arxiv: '),
        (paper, v, kind, prefix) => {
          const expected = v === undefined ? { id: paper } : { id: paper, version: v };
          expect(arxivIdFromUrl(`https://arxiv.org/${kind}/${withV(paper, v)}`)).toEqual(expected);
          const text = `Known as ${prefix}${withV(paper, v)}, see there.`;
          expect(findArxivIdsInText(text)).toEqual([
            { ...expected, index: 9, length: prefix.length + withV(paper, v).length },
          ]);
        },
      ),
    );
  });
});
