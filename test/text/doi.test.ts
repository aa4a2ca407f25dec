import { describe, expect, it } from 'vitest';
import { doiFromUrl, findDoisInText } from '../../src/text/doi.js';

describe('doiFromUrl', () => {
  it.each([
    ['https://doi.org/10.1145/3678004', '10.1145/3678004'],
    ['http://dx.doi.org/10.1109/TKDE.2021.123', '10.1109/tkde.2021.123'],
    ['https://doi.org/10.1016/S0140-6736(20)30183-5', '10.1016/s0140-6736(20)30183-5'],
    ['https://dl.acm.org/doi/10.1145/3407190', '10.1145/3407190'],
    ['https://dl.acm.org/doi/abs/10.1145/3543507.3583251', '10.1145/3543507.3583251'],
    ['https://dl.acm.org/doi/pdf/10.1145/3474085.3475259', '10.1145/3474085.3475259'],
    ['https://dl.acm.org/doi/full/10.1145/3580305.3599519', '10.1145/3580305.3599519'],
    [
      'https://dl.acm.org/doi/abs/10.1145/3543507.3583434?casa_token=ZOrcB58exVUAAAAA:o7Uh_',
      '10.1145/3543507.3583434',
    ],
    ['https://doi.org/10.1000%2F182', '10.1000/182'],
    // The `10.` itself percent-encoded.
    ['https://doi.org/%31%30.1145/3678004', '10.1145/3678004'],
    ['https://doi.org/10.1145/3678004.', '10.1145/3678004'],
    ['https://link.springer.com/chapter/10.1007/978-3-031-40292-0_13', '10.1007/978-3-031-40292-0_13'],
    ['doi:10.1145/3678004', '10.1145/3678004'],
  ])('%s → %s', (url, doi) => {
    expect(doiFromUrl(url)).toBe(doi);
  });

  it.each([
    'https://arxiv.org/abs/2305.11700',
    'https://ieeexplore.ieee.org/document/10452824',
    'https://doi.org/',
    'https://example.com/doi/not-a-doi',
    'not a url',
  ])('%s has no DOI', (url) => {
    expect(doiFromUrl(url)).toBeUndefined();
  });
});

describe('findDoisInText', () => {
  it('finds prefixed, resolver and bare DOIs with their positions', () => {
    const text = 'See doi:10.1145/3678004, also https://doi.org/10.1109/X.1 and (10.1016/j.ins.2023.1).';
    const found = findDoisInText(text);
    expect(found.map((d) => d.doi)).toEqual(['10.1145/3678004', '10.1109/x.1', '10.1016/j.ins.2023.1']);
    expect(found.map((d) => text.slice(d.index, d.index + d.length))).toEqual([
      'doi:10.1145/3678004',
      'https://doi.org/10.1109/X.1',
      '10.1016/j.ins.2023.1',
    ]);
  });

  it('ignores numbers that only look like a prefix', () => {
    expect(findDoisInText('version 10.1 of 2023, and 10.12/short')).toEqual([]);
  });
});
