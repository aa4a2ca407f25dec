// The targets on every real list in ../shared/corpus/lists, with the figures of `npm run quality`:
// per 100 entries at most 50 warnings and 10 warnings --fix cannot fix, and no crash. Skipped without ../shared.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
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

  it.each(files)('%s meets the warning targets', (name) => {
    const quality = qualityOf(name, readFileSync(path.join(LISTS, name), 'utf8'));
    measured.push(quality);
    expect(quality.crash).toBeUndefined();
    expect(missedTargets(quality)).toEqual([]);
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
      arxivEntries: 2,
      arxivTitled: 2,
      arxivLinksOutside: 1,
    });
    expect(quality.crash).toBeUndefined();
  });

  it('names each missed target; on a list without entries any warning misses it', () => {
    const quality = qualityOf('papers.md', list);
    const flooded = { ...quality, total: { errors: 0, warnings: 2, unfixable: 1, infos: 0 } };
    expect(missedTargets(flooded)).toEqual(['warnings 100.0 (2) > 50', 'unfixable 50.0 (1) > 10']);
    expect(missedTargets({ ...flooded, entries: 0 })).toEqual([
      'warnings ∞ (2) > 50',
      'unfixable ∞ (1) > 10',
    ]);
    expect(missedTargets({ ...flooded, entries: 20 })).toEqual([]);
    expect(totalOf([flooded, flooded])).toMatchObject({
      entries: 4,
      total: { errors: 0, warnings: 4, unfixable: 2, infos: 0 },
    });
  });
});
