import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArxivUrl, canonicalArxivUrl } from '../../src/arxiv/url.js';
import { TODAY } from '../helpers/list.js';

const codes = (url: string, options = {}) =>
  analyzeArxivUrl(url, TODAY, options)?.problems.map((p) => p.code);

describe('analyzeArxivUrl: canonical links', () => {
  it.each([
    ['https://arxiv.org/abs/2305.11700', 'abs', '2305.11700', undefined],
    ['https://arxiv.org/abs/2305.11700v2', 'abs', '2305.11700', 2],
    ['https://arxiv.org/pdf/2305.11700', 'pdf', '2305.11700', undefined],
    ['https://arxiv.org/pdf/2305.11700v2.pdf', 'pdf', '2305.11700', 2],
    ['https://arxiv.org/html/2305.11700v2', 'html', '2305.11700', 2],
    ['https://arxiv.org/abs/hep-th/9901001v1', 'abs', 'hep-th/9901001', 1],
    ['https://arxiv.org/pdf/cs/9901001', 'pdf', 'cs/9901001', undefined],
    ['https://arxiv.org/abs/0704.0001', 'abs', '0704.0001', undefined],
    ['https://arxiv.org/pdf/2305.11700#page=3', 'pdf', '2305.11700', undefined],
  ])('%s has no problem', (url, kind, id, version) => {
    const analysis = analyzeArxivUrl(url, TODAY);
    expect(analysis).toMatchObject({ kind, id, problems: [] });
    expect(analysis?.version).toBe(version);
  });

  it.each([
    'https://arxiv.org/',
    'https://arxiv.org/list/cs.AI/recent',
    'https://arxiv.org/a/smith_j_1',
    'https://arxiv.org/format/2305.11700',
    'https://arxiv.org/src/2305.11700v1',
    'https://export.arxiv.org/api/query?id_list=2305.11700',
    'https://arxiv.org/search/?query=recommendation',
    'https://arxiv.org/nonsense',
  ])('%s is not a paper page and has no problem', (url) => {
    expect(analyzeArxivUrl(url, TODAY)).toMatchObject({ kind: 'other', problems: [] });
  });

  it.each([
    'https://github.com/arxiv/abs/2305.11700',
    'https://info.arxiv.org/help/api/index.html',
    'https://ar5iv.labs.arxiv.org/html/2305.11700',
    'ftp://arxiv.org/abs/2305.11700',
    'mailto:someone@arxiv.org',
  ])('%s is not analysed', (url) => {
    expect(analyzeArxivUrl(url, TODAY)).toBeUndefined();
  });
});

describe('analyzeArxivUrl: errors (arxiv.org answers 404)', () => {
  it.each([
    ['https://arxiv.org/abd/2304.03516', ['unknown-path'], 'https://arxiv.org/abs/2304.03516'],
    ['https://arxiv.org/pdfs/2304.03516.pdf', ['unknown-path'], 'https://arxiv.org/pdf/2304.03516'],
    ['https://arxiv.org/abs/2403.08206f', ['junk-after-id'], 'https://arxiv.org/abs/2403.08206'],
    ['https://arxiv.org/abs/2305.11700v2v3', ['junk-after-id'], 'https://arxiv.org/abs/2305.11700v2'],
    ['https://arxiv.org/abs/2305.11700v0', ['impossible-id'], 'https://arxiv.org/abs/2305.11700'],
    ['https://arxiv.org/abs/2313.00001', ['impossible-id'], undefined],
    ['https://arxiv.org/abs/2607.00001', ['impossible-id'], undefined],
    ['https://arxiv.org/abs/1412.12345', ['impossible-id'], undefined],
    ['https://arxiv.org/abs/2305.00000', ['impossible-id'], undefined],
    ['https://arxiv.org/abs/q-fin/0101001', ['impossible-id'], undefined],
    ['https://arxiv.org/abs/', ['empty-id'], undefined],
    ['https://arxiv.org/pdf', ['empty-id'], undefined],
    ['https://arxiv.org/abs/arXiv:', ['empty-id', 'arxiv-prefix'], undefined],
    ['https://arxiv.org/abs/foo', ['malformed-id'], undefined],
    ['https://arxiv.org/2405.07314', ['missing-abs'], 'https://arxiv.org/abs/2405.07314'],
    ['https://arxiv.org//2405.07314', ['missing-abs', 'double-slash'], 'https://arxiv.org/abs/2405.07314'],
    ['https://arxiv.org/hep-th/9901001', ['missing-abs'], 'https://arxiv.org/abs/hep-th/9901001'],
    [
      'https://arxiv.org/ftp/arxiv/papers/2312/2312.00752.pdf',
      ['legacy-ftp'],
      'https://arxiv.org/pdf/2312.00752',
    ],
    [
      'https://arxiv.org/ftp/hep-th/papers/9901/9901001.pdf',
      ['legacy-ftp'],
      'https://arxiv.org/pdf/hep-th/9901001',
    ],
    ['https://arxiv.org/abs/230511700', ['malformed-id'], undefined],
    ['arxiv.org/abs/2305.11700', ['missing-scheme'], 'https://arxiv.org/abs/2305.11700'],
  ])('%s', (url, expectedCodes, canonical) => {
    const analysis = analyzeArxivUrl(url, TODAY);
    expect(analysis?.problems.map((p) => p.code)).toEqual(expectedCodes);
    expect(analysis?.problems[0].severity).toBe('error');
    expect(analysis?.canonical).toBe(canonical);
  });

  it('names the unknown path as the contract does', () => {
    expect(analyzeArxivUrl('https://arxiv.org/abd/2304.03516', TODAY)?.problems[0].message).toBe(
      "unknown path 'abd'",
    );
  });
});

describe('analyzeArxivUrl: warnings (works only by redirect or mirror)', () => {
  it.each([
    ['http://arxiv.org/abs/2305.11700', ['http'], 'https://arxiv.org/abs/2305.11700'],
    ['https://www.arxiv.org/abs/2305.11700', ['www'], 'https://arxiv.org/abs/2305.11700'],
    ['www.arxiv.org/abs/2305.11700', ['missing-scheme', 'www'], 'https://arxiv.org/abs/2305.11700'],
    ['https://export.arxiv.org/abs/2305.11700', ['export'], 'https://arxiv.org/abs/2305.11700'],
    ['https://lanl.arxiv.org/abs/2305.11700', ['mirror'], 'https://arxiv.org/abs/2305.11700'],
    ['http://xxx.lanl.gov/abs/hep-th/9901001', ['http', 'mirror'], 'https://arxiv.org/abs/hep-th/9901001'],
    ['https://cn.arxiv.org/pdf/2305.11700', ['mirror'], 'https://arxiv.org/pdf/2305.11700'],
    ['https://arxiv.org/abs/2305.11700.pdf', ['pdf-suffix'], 'https://arxiv.org/abs/2305.11700'],
    ['https://arxiv.org/abs/2305.11700/', ['trailing-slash'], 'https://arxiv.org/abs/2305.11700'],
    ['https://arxiv.org/html/2306.06251v2/', ['trailing-slash'], 'https://arxiv.org/html/2306.06251v2'],
    ['https://arxiv.org/ABS/2305.11700', ['upper-case'], 'https://arxiv.org/abs/2305.11700'],
    ['https://arxiv.org/abs/HEP-TH/9901001', ['upper-case'], 'https://arxiv.org/abs/hep-th/9901001'],
    ['https://arxiv.org/abs/2305.11700V2', ['upper-case'], 'https://arxiv.org/abs/2305.11700v2'],
    ['https://arxiv.org/abs/arXiv:2305.11700', ['arxiv-prefix'], 'https://arxiv.org/abs/2305.11700'],
    ['https://arxiv.org/abs/arXiv%3A2305.11700', ['arxiv-prefix'], 'https://arxiv.org/abs/2305.11700'],
    ['https://arxiv.org/abs/1501.0001', ['number-digits'], 'https://arxiv.org/abs/1501.00001'],
    ['https://arxiv.org/abs/1412.01234v2', ['number-digits'], 'https://arxiv.org/abs/1412.1234v2'],
    ['https://arxiv.org/abs/math.AG/0101001', ['subject-class'], 'https://arxiv.org/abs/math/0101001'],
    ['https://arxiv.org//abs/2305.11700', ['double-slash'], 'https://arxiv.org/abs/2305.11700'],
    ['https://arxiv.org/abs/2102.01192?fbclid=IwAR3', ['query'], 'https://arxiv.org/abs/2102.01192'],
    ['https://arxiv.org/abs/2305.11700?context=cs', ['query'], 'https://arxiv.org/abs/2305.11700'],
    [
      'https://arxiv.org/abs/2305.11700?utm_source=x&utm_medium=y',
      ['query'],
      'https://arxiv.org/abs/2305.11700',
    ],
    [
      'http://www.arxiv.org/abs/arXiv:2305.11700.pdf/',
      ['http', 'www', 'trailing-slash', 'arxiv-prefix', 'pdf-suffix'],
      'https://arxiv.org/abs/2305.11700',
    ],
  ])('%s', (url, expectedCodes, canonical) => {
    const analysis = analyzeArxivUrl(url, TODAY);
    expect(analysis?.problems.map((p) => p.code)).toEqual(expectedCodes);
    expect(analysis?.problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(analysis?.canonical).toBe(canonical);
  });

  it('lists errors before warnings', () => {
    expect(codes('http://www.arxiv.org/abd/2304.03516')).toEqual(['unknown-path', 'http', 'www']);
  });

  it('words every problem as "X, expected Y" or names the fault', () => {
    const analysis = analyzeArxivUrl('http://www.arxiv.org/abs/2102.01192?fbclid=1&ref=x', TODAY);
    expect(analysis?.problems.map((p) => p.message)).toEqual([
      "'http:', expected 'https:'",
      "host 'www.arxiv.org', expected 'arxiv.org'",
      "query parameters 'fbclid', 'ref', expected none",
    ]);
  });

  it('fixes the scheme and host of non-paper pages without touching their path', () => {
    expect(analyzeArxivUrl('http://www.arxiv.org/list/cs.IR/recent', TODAY)).toMatchObject({
      kind: 'other',
      canonical: 'https://arxiv.org/list/cs.IR/recent',
    });
    expect(codes('http://export.arxiv.org/api/query?id_list=1')).toEqual(['http']);
  });
});

describe('analyzeArxivUrl: style options', () => {
  it('leaves abs and pdf alone by default', () => {
    expect(codes('https://arxiv.org/pdf/2305.04518.pdf')).toEqual([]);
    expect(codes('https://arxiv.org/abs/2305.04518v3')).toEqual([]);
  });

  it.each([
    [
      'https://arxiv.org/pdf/2305.04518.pdf',
      { prefer: 'abs' },
      ['prefer-abs'],
      'https://arxiv.org/abs/2305.04518',
    ],
    [
      'https://arxiv.org/abs/2305.04518',
      { prefer: 'pdf' },
      ['prefer-pdf'],
      'https://arxiv.org/pdf/2305.04518',
    ],
    ['https://arxiv.org/html/2305.04518v1', { prefer: 'abs' }, [], 'https://arxiv.org/html/2305.04518v1'],
    ['https://arxiv.org/abs/2305.04518', { prefer: 'abs' }, [], 'https://arxiv.org/abs/2305.04518'],
    [
      'https://arxiv.org/abs/2305.04518v3',
      { versions: 'unpinned' },
      ['pinned-version'],
      'https://arxiv.org/abs/2305.04518',
    ],
    [
      'http://arxiv.org/pdf/2305.04518v3',
      { prefer: 'abs', versions: 'unpinned' },
      ['http', 'prefer-abs', 'pinned-version'],
      'https://arxiv.org/abs/2305.04518',
    ],
  ] as const)('%s with %o', (url, options, expectedCodes, canonical) => {
    const analysis = analyzeArxivUrl(url, TODAY, options);
    expect(analysis?.problems.map((p) => p.code)).toEqual(expectedCodes);
    expect(analysis?.canonical).toBe(canonical);
  });
});

describe('canonical URLs', () => {
  const newStyleId = fc
    .tuple(
      fc.integer({ min: 15, max: 25 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 99999 }),
    )
    .map(([yy, mm, n]) => `${yy}${String(mm).padStart(2, '0')}.${String(n).padStart(5, '0')}`);
  const oldStyleId = fc
    .tuple(fc.constantFrom('hep-th', 'math', 'cs', 'quant-ph', 'cond-mat'), fc.integer({ min: 0, max: 6 }))
    .map(([archive, yy]) => `${archive}/0${yy}01${String(yy + 1).padStart(3, '0')}`);
  const id = fc.oneof(newStyleId, oldStyleId);
  const kind = fc.constantFrom('abs' as const, 'pdf' as const, 'html' as const);
  const version = fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined });

  it('a canonical URL has no problem and is its own canonical form', () => {
    fc.assert(
      fc.property(id, kind, version, (paper, k, v) => {
        const url = canonicalArxivUrl(paper, k, v);
        const analysis = analyzeArxivUrl(url, TODAY);
        expect(analysis).toMatchObject({ id: paper, kind: k, problems: [], canonical: url });
        expect(analysis?.version).toBe(v);
      }),
    );
  });

  it('redirect-only spellings are warnings whose fix is the canonical URL', () => {
    const spelling = fc.record({
      http: fc.boolean(),
      host: fc.constantFrom('arxiv.org', 'www.arxiv.org', 'export.arxiv.org', 'xxx.lanl.gov', 'de.arxiv.org'),
      prefix: fc.boolean(),
      slash: fc.boolean(),
      query: fc.boolean(),
    });
    fc.assert(
      fc.property(
        id,
        fc.constantFrom('abs' as const, 'pdf' as const),
        version,
        spelling,
        (paper, k, v, s) => {
          const versioned = paper + (v === undefined ? '' : `v${v}`);
          const url = `${s.http ? 'http' : 'https'}://${s.host}/${k}/${s.prefix ? 'arXiv:' : ''}${versioned}${s.slash ? '/' : ''}${s.query ? '?utm_source=x' : ''}`;
          const analysis = analyzeArxivUrl(url, TODAY);
          expect(analysis?.problems.every((p) => p.severity === 'warning')).toBe(true);
          expect(analysis?.canonical).toBe(canonicalArxivUrl(paper, k, v));
          const clean = !s.http && s.host === 'arxiv.org' && !s.prefix && !s.slash && !s.query;
          expect(analysis?.problems.length === 0).toBe(clean);
        },
      ),
    );
  });

  it('never throws and never offers a fix for a link without an id', () => {
    fc.assert(
      fc.property(fc.string(), (tail) => {
        const analysis = analyzeArxivUrl(`https://arxiv.org/abs/${tail}`, TODAY);
        if (analysis?.canonical !== undefined) expect(analysis.id).toBeDefined();
      }),
    );
  });
});
