// The targets on every real list in ../shared/corpus/lists, with the figures of `npm run quality`:
// per 100 entries at most 50 warnings and 10 warnings --fix cannot fix, and no crash. Skipped without ../shared.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  arxivIdsInText,
  type ListQuality,
  listFiles,
  missedTargets,
  qualityMarkdown,
  qualityOf,
  totalOf,
} from '../../scripts/quality-report.js';
import { CORPUS, hasCorpus } from '../helpers/shared.js';

const LISTS = path.join(CORPUS, 'lists');
const files = hasCorpus ? listFiles(LISTS) : [];
const measured: ListQuality[] = [];

describe.skipIf(!hasCorpus)('quality report on the corpus lists', () => {
  afterAll(() => {
    if (measured.length > 0) console.log(qualityMarkdown(measured));
  });

  // mli writes three papers into a footnote of a table row, outside any entry: 81 of its 84 ids (96.4 %).
  const COVERAGE_FLOOR: Record<string, number> = { 'mli__paper-reading.md': 96 };

  it.each(files)('%s meets the targets', (name) => {
    const quality = qualityOf(name, readFileSync(path.join(LISTS, name), 'utf8'));
    measured.push(quality);
    expect(quality.crash).toBeUndefined();
    const floor = COVERAGE_FLOOR[name];
    const missed = missedTargets(quality).filter(
      (target) => floor === undefined || !target.startsWith('arXiv ids'),
    );
    expect(missed).toEqual([]);
    if (floor !== undefined)
      expect((100 * quality.arxivIdsInEntries) / quality.arxivIds).toBeGreaterThanOrEqual(floor);
  });
});

describe('quality figures', () => {
  const list = [
    '# Papers',
    '- **Attention Is All You Need** NeurIPS 2017. [[paper](https://arxiv.org/abs/1706.03762)]',
    '- **Deep Residual Learning for Image Recognition** CVPR 2016. [[paper](https://arxiv.org/abs/1512.03385)]',
    '',
    'See also [the survey](https://arxiv.org/abs/2402.06196).',
    '',
  ].join('\n');

  it('counts entries, titles and arXiv links left outside entries', () => {
    const quality = qualityOf('papers.md', list, new Date('2026-06-30T00:00:00Z'));
    expect(quality).toMatchObject({
      entries: 2,
      titled: 2,
      authorTitles: 0,
      arxivEntries: 2,
      arxivTitled: 2,
      arxivLinksOutside: 1,
      arxivIds: 3,
      arxivIdsInEntries: 2,
    });
    expect(quality.crash).toBeUndefined();
    expect(missedTargets(quality)).toEqual(['arXiv ids in entries 66.7 % < 97 %']);
  });

  it('counts the arXiv ids of raw HTML and prose, and an author list as no title', () => {
    const html = [
      '<table><tr><td><a href="https://arxiv.org/abs/1412.6572">FGSM</a></td></tr></table>',
      '',
      '- Gallego, G., Delbruck, T., [[paper]](https://arxiv.org/abs/1904.08405)',
      '- Smith, J., Jones, K. (2020), [[paper]](https://arxiv.org/abs/2001.00001)',
      '',
      'Cite us: arXiv:2305.11700.',
      '',
    ].join('\n');
    expect(arxivIdsInText(html)).toEqual(new Set(['1412.6572', '1904.08405', '2001.00001', '2305.11700']));
    const quality = qualityOf('papers.md', html);
    expect(quality.arxivIds).toBe(4);
  });

  it('names each missed target; on a list without entries any warning misses it', () => {
    const quality = qualityOf('papers.md', list);
    const flooded = {
      ...quality,
      arxivIdsInEntries: quality.arxivIds,
      total: { errors: 0, warnings: 2, unfixable: 1, infos: 0 },
    };
    expect(missedTargets(flooded)).toEqual(['warnings 100.0 (2) > 50', 'unfixable 50.0 (1) > 10']);
    expect(missedTargets({ ...flooded, entries: 0 })).toEqual([
      'warnings ∞ (2) > 50',
      'unfixable ∞ (1) > 10',
    ]);
    expect(missedTargets({ ...flooded, entries: 20, titled: 20 })).toEqual([]);
    expect(missedTargets({ ...flooded, entries: 20, titled: 18, authorTitles: 1 })).toEqual([
      'untitled 10.0 % > 5 %',
      'author-list titles 5.0 % > 0.5 %',
    ]);
    expect(totalOf([flooded, flooded])).toMatchObject({
      entries: 4,
      total: { errors: 0, warnings: 4, unfixable: 2, infos: 0 },
    });
  });
});
