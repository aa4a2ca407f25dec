// What a title search lets a finding propose: only one exact title match, in the list's own link form and style.
import { describe, expect, it } from 'vitest';
import { proposeArxivLink, titleToSearch } from '../../src/rules/arxiv-link-proposal.js';
import notFound from '../../src/rules/arxiv-not-found.js';
import type { PaperList, RuleFinding } from '../../src/types.js';
import type { ArxivSearchResult } from '../../src/verify/types.js';
import { listOf } from '../helpers/list.js';
import { resultsOf } from './registry-results.js';

const found = (...papers: Array<[string, string]>): ArxivSearchResult => ({
  status: 'found',
  papers: papers.map(([id, title]) => ({ id, title })),
});

/** The list's text once the proposal of `finding` (if any) is applied, and its message. */
function proposed(list: PaperList, finding: RuleFinding, searches: Record<string, ArxivSearchResult>) {
  const result = proposeArxivLink(list, finding, new Map(Object.entries(searches)));
  const fix = result.fix;
  return {
    message: result.message,
    text: fix ? list.source.slice(0, fix.start) + fix.replacement + list.source.slice(fix.end) : undefined,
  };
}

/** A no-link finding of `entry-format` on the entry at `index`, as the rule reports it. */
const missingLink = (list: PaperList, index: number): RuleFinding => ({
  severity: 'warning',
  message: 'Expected a link, as most entries have (no-link)',
  span: list.entries[index].span,
  arxivLink: { entry: list.entries[index] },
});

const TITLE = 'Sequential Recommendation with Diffusion Models';

describe('arXiv link proposals', () => {
  it('replace an unknown id in the link form the entry uses, the version pin dropped', () => {
    const list = listOf(`- ${TITLE}, [[pdf]](https://arxiv.org/pdf/2401.99999v3)\n`);
    const [finding] = notFound.check(list, resultsOf({ arxiv: { '2401.99999v3': { status: 'not-found' } } }));
    expect(titleToSearch(list, finding.arxivLink!)).toBe(TITLE);
    expect(proposed(list, finding, { [TITLE]: found(['2305.11700', TITLE.toUpperCase()]) })).toEqual({
      message: 'arXiv paper 2401.99999v3 not found; arXiv has this title as 2305.11700',
      text: `- ${TITLE}, [[pdf]](https://arxiv.org/pdf/2305.11700)\n`,
    });
  });

  it('insert a missing link in the label style, separator and form most entries use, after the title line', () => {
    const list = listOf(
      [
        '- Title One. [Paper](https://arxiv.org/pdf/2305.00001.pdf) [Code](https://github.com/a/b)',
        '- Title Two. [Paper](https://arxiv.org/pdf/2305.00002.pdf)',
        `- ${TITLE}.`,
        '  A description on its own line.',
        '- Title Four, [[paper]](https://arxiv.org/abs/2305.00004)',
        '',
      ].join('\n'),
    );
    expect(proposed(list, missingLink(list, 2), { [TITLE]: found(['2305.11700', TITLE]) })).toEqual({
      message: 'Expected a link, as most entries have; arXiv has this title as 2305.11700 (no-link)',
      text: list.source.replace(`${TITLE}.\n`, `${TITLE}. [Paper](https://arxiv.org/pdf/2305.11700.pdf)\n`),
    });
  });

  it('do not repeat the separator an entry already ends with', () => {
    const list = listOf(
      [
        '- Title One, arxiv 2023, [[paper]](https://arxiv.org/abs/2305.00001)',
        '- Title Two, arxiv 2023, [[paper]](https://arxiv.org/abs/2305.00002)',
        `- ${TITLE},`,
        '',
      ].join('\n'),
    );
    expect(proposed(list, missingLink(list, 2), { [TITLE]: found(['2305.11700', TITLE]) }).text).toContain(
      `- ${TITLE}, [[paper]](https://arxiv.org/abs/2305.11700)\n`,
    );
  });

  it('say nothing when no paper, several papers or only other titles match, or the match is linked already', () => {
    const list = listOf(`- ${TITLE}, [[paper]](https://arxiv.org/abs/2401.99999)\n`);
    const [finding] = notFound.check(list, resultsOf({ arxiv: { '2401.99999': { status: 'not-found' } } }));
    const unchanged = { message: finding.message, text: undefined };
    expect(proposed(list, finding, { [TITLE]: found() })).toEqual(unchanged);
    expect(proposed(list, finding, { [TITLE]: found(['2305.11700', TITLE], ['2306.00001', TITLE]) })).toEqual(
      unchanged,
    );
    expect(
      proposed(list, finding, { [TITLE]: found(['2305.11700', `${TITLE} for Sequential Recommendation`]) }),
    ).toEqual(unchanged);
    expect(proposed(list, finding, { [TITLE]: found(['2401.99999', TITLE]) })).toEqual(unchanged);
    expect(
      proposed(list, finding, { [TITLE]: { status: 'unverifiable', reason: 'arXiv API busy' } }),
    ).toEqual(unchanged);
    expect(proposed(list, finding, {})).toEqual(unchanged);
  });

  it('are not searched for a name, a table row, or in a list without labelled arXiv links', () => {
    const named = listOf('- **MusicGen**, [[paper]](https://arxiv.org/abs/2401.99999)\n');
    expect(named.entries[0].titleKind).toBe('name');
    expect(
      titleToSearch(named, { entry: named.entries[0], replace: named.entries[0].links[0] }),
    ).toBeUndefined();

    const table = listOf(
      [
        '| Title | Date | Paper |',
        '| --- | --- | --- |',
        '| Title One | 2023/05 | [paper](https://arxiv.org/abs/2305.00001) |',
        `| ${TITLE} | 2023/06 | |`,
        '',
      ].join('\n'),
    );
    const row = table.entries.find((entry) => entry.title === TITLE);
    expect(row?.kind).toBe('table');
    expect(titleToSearch(table, { entry: row! })).toBeUndefined();

    const bare = listOf(
      [
        '- Title One, arxiv 2023, https://arxiv.org/abs/2305.00001',
        '- Title Two, arxiv 2023, https://arxiv.org/abs/2305.00002',
        `- ${TITLE}, arxiv 2023`,
        '',
      ].join('\n'),
    );
    expect(bare.entries[2].title).toBe(TITLE);
    expect(titleToSearch(bare, { entry: bare.entries[2] })).toBeUndefined();
  });
});
