// A misspelt arXiv (`arvix`, `axriv`) reads the same in a table's venue column as in a date's label.
import { describe, expect, it } from 'vitest';
import { listOf } from '../helpers/list.js';

const TITLE = 'Scaling Laws for Misspelt Preprint Servers';

function reading(markdown: string) {
  const [entry] = listOf(markdown).entries;
  return { venue: entry.venue, labels: entry.dates.map((date) => [date.label, date.year]) };
}

describe('arXiv misspellings', () => {
  for (const spelling of ['Arvix', 'axriv', 'arXiv']) {
    it(`'${spelling}' in a venue column labels the year as arXiv and is no venue, as in a date label`, () => {
      const table = `| Title | Venue | Year |\n| --- | --- | --- |\n| ${TITLE} | ${spelling} | 2023 |\n`;
      const bullet = `- ${TITLE}, ${spelling} 2023, [[paper]](https://example.com/paper.pdf)\n`;
      expect(reading(table)).toEqual({ venue: undefined, labels: [['arxiv', 2023]] });
      expect(reading(bullet)).toEqual(reading(table));
    });
  }

  it('a venue column that names a venue still labels the year with it', () => {
    const table = `| Title | Venue | Year |\n| --- | --- | --- |\n| ${TITLE} | NeurIPS | 2023 |\n`;
    expect(reading(table)).toEqual({ venue: 'NeurIPS', labels: [['neurips', 2023]] });
  });
});
