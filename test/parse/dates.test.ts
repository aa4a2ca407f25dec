import { describe, expect, it } from 'vitest';
import { findDatesInText } from '../../src/parse/dates.js';

/** `|` stands for a masked title or link, as the entry model passes it. */
function dates(text: string) {
  return findDatesInText(text).map((d) => ({
    text: text.slice(d.index, d.index + d.length),
    label: d.label,
    year: d.year,
    month: d.month,
    venue: d.venue,
  }));
}

describe('findDatesInText', () => {
  it.each([
    ['|||, arxiv 2023/05, |||', 'arxiv 2023/05', 'arxiv', 2023, 5, undefined],
    ['|||, arxiv2023/2, |||', 'arxiv2023/2', 'arxiv', 2023, 2, undefined],
    ['[2023/10] |||', '[2023/10]', '', 2023, 10, undefined],
    ['|||, NeurIPS 2022, |||', 'NeurIPS 2022', 'neurips', 2022, undefined, 'NeurIPS'],
    ["(NeurIPS'23) |||", "NeurIPS'23", 'neurips', 2023, undefined, 'NeurIPS'],
    ['(arXiv 2024.10) |||', 'arXiv 2024.10', 'arxiv', 2024, 10, undefined],
    ['||| - Authors. arXiv, May 2025 | |||', 'arXiv, May 2025', 'arxiv', 2025, 5, undefined],
    ['||| IEEE TMM, Dec 2021', 'IEEE TMM, Dec 2021', 'ieee tmm', 2021, 12, 'IEEE TMM'],
    ['|||, arxiv, 2023/07, |||', 'arxiv, 2023/07', 'arxiv', 2023, 7, undefined],
    ['|||. NIPS 2018. |||', 'NIPS 2018', 'nips', 2018, undefined, 'NIPS'],
    ['|||, SIGIR 24, |||', 'SIGIR 24', 'sigir', 2024, undefined, 'SIGIR'],
    ['|||, arvix 2023, |||', 'arvix 2023', 'arxiv', 2023, undefined, undefined],
    ['| 2017-06 | Transformers |', '2017-06', '', 2017, 6, undefined],
    ['accepted to ICLR 2024', 'ICLR 2024', 'iclr', 2024, undefined, 'ICLR'],
    ['||| *arXiv, 2024年10月*. |||', 'arXiv, 2024年10月', 'arxiv', 2024, 10, undefined],
    ['||| CVPR, 2025年6月. |||', 'CVPR, 2025年6月', 'cvpr', 2025, 6, 'CVPR'],
    ['||| (ICRA), 2025年5月. |||', '2025年5月', '', 2025, 5, undefined],
    ['||| 2023 年 9 月 5 日 |||', '2023 年 9 月 5 日', '', 2023, 9, undefined],
  ])('%s', (text, written, label, year, month, venue) => {
    expect(dates(text)).toEqual([{ text: written, label, year, month, venue }]);
  });

  it('reads a venue year and a following unlabelled date separately', () => {
    expect(dates('|||, SIGIR2023, 2022/09, |||').map((d) => [d.text, d.label])).toEqual([
      ['SIGIR2023', 'sigir'],
      ['2022/09', ''],
    ]);
  });

  it('does not take arXiv ids, version numbers or model sizes for dates', () => {
    expect(dates('arXiv:2012.13245 and 2010.12284, GPT 40 models, 1.2019')).toEqual([]);
  });

  it('starts each scan at the label before the next two digits, whatever comes before it', () => {
    // A plain title (no `|` mask) before the date, lone digits, an id's digits and Unicode spaces and quotes.
    expect(
      dates('Improving Graph Learning with 3 Views. WWW 2022 【通过对比学习】').map((d) => d.text),
    ).toEqual(['WWW 2022']);
    expect(
      dates('GPT-4 v2, arXiv:2305.11700, Sept.\u00a02023 and NeurIPS’23, ICLR 24.').map((d) => d.text),
    ).toEqual(['Sept.\u00a02023', 'NeurIPS’23', 'ICLR 24']);
    expect(dates('Title 1 2 3 4 5 6 7 8 9')).toEqual([]);
  });

  it('keeps labels from crossing inline-code boundaries', () => {
    const text = '||| Uber 2021';
    expect(findDatesInText(text, [4, 8, 9, 13]).map((d) => d.label)).toEqual(['']);
  });
});
