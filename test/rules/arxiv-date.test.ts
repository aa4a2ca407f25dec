import { describe, expect, it } from 'vitest';
import { lintText, reportWith } from '../../src/lint.js';
import arxivDate from '../../src/rules/arxiv-date.js';
import type { PaperList } from '../../src/types.js';
import type { ArxivResult } from '../../src/verify/types.js';
import { type LinkEntrySketch, linkList } from '../arxiv/hand-built.js';
import { listOf, ON_TODAY } from '../helpers/list.js';
import { beforeText, fixRecords } from '../helpers/shared.js';
import { resultsOf } from './registry-results.js';

function lint(list: PaperList, options: Partial<typeof arxivDate.defaults> = {}) {
  return arxivDate.check(list, { ...arxivDate.defaults, ...options }, ON_TODAY).map((f) => ({
    line: f.span.start.line,
    column: f.span.start.column,
    severity: f.severity,
    message: f.message,
  }));
}

/** An entry `- Title, <date>, [[paper]](https://arxiv.org/abs/<id>)` with the date labelled as given. */
function dated(id: string, text: string, label: string, year: number, month?: number): LinkEntrySketch {
  return {
    line: `- Title, ${text}, [[paper]](https://arxiv.org/abs/${id})`,
    arxiv: [id],
    dates: [[text, label, year, month]],
  };
}

describe('arxiv-date: arXiv-labelled dates', () => {
  it('accepts the id month and one month either side', () => {
    const list = linkList([
      dated('2305.11700', 'arxiv 2023/05', 'arxiv', 2023, 5),
      dated('2305.11700', 'arxiv 2023/04', 'arxiv', 2023, 4),
      dated('2305.11700', 'arxiv 2023/06', 'arxiv', 2023, 6),
      dated('2301.00001', 'arxiv 2022/12', 'arxiv', 2022, 12),
    ]);
    expect(lint(list)).toEqual([]);
  });

  it('warns beyond a month before the id, and errs more than a year before it', () => {
    const list = linkList([
      dated('2305.11700', 'arxiv 2023/03', 'arxiv', 2023, 3),
      dated('2403.17372', 'arxiv2023/3', 'arxiv', 2023, 3),
      dated('2404.06078', 'arxiv2023/3', 'arxiv', 2023, 3),
    ]);
    expect(lint(list)).toEqual([
      {
        line: 1,
        column: 10,
        severity: 'warning',
        message: "Date 'arxiv 2023/03' is 2 months before arXiv id 2305.11700, expected 2023-05",
      },
      {
        line: 2,
        column: 10,
        severity: 'warning',
        message: "Date 'arxiv2023/3' is 12 months before arXiv id 2403.17372, expected 2024-03",
      },
      {
        line: 3,
        column: 10,
        severity: 'error',
        message: "Date 'arxiv2023/3' is 13 months before arXiv id 2404.06078, expected 2024-04",
      },
    ]);
  });

  it('says nothing up to a year after the id (a later version, the camera-ready month), an info beyond', () => {
    const list = linkList([
      dated('2305.11700', 'arxiv 2023/07', 'arxiv', 2023, 7),
      dated('2212.04088', 'arXiv, Mar 2023', 'arxiv', 2023, 3),
      dated('2304.13277', 'arxiv 2024/02', 'arxiv', 2024, 2),
      dated('2303.14389', 'arXiv 2024', 'arxiv', 2024),
      dated('2305.11700', 'arxiv 2024/05', 'arxiv', 2024, 5),
      dated('2203.15876', 'arxiv, 2023/06', 'arxiv', 2023, 6),
      dated('2112.04184', 'Arxiv 2023', 'arxiv', 2023),
    ]);
    expect(lint(list).map((f) => [f.line, f.severity, f.message])).toEqual([
      [
        6,
        'info',
        "Date 'arxiv, 2023/06' is 15 months after arXiv id 2203.15876 (2022-03): the date of a later version?",
      ],
      [7, 'info', "Date 'Arxiv 2023' is after arXiv id 2112.04184 (2021): the date of a later version?"],
    ]);
    expect(arxivDate.check(list, arxivDate.defaults, ON_TODAY).filter((f) => f.fix)).toEqual([]);
  });

  it('compares year-only dates by year, with the same month of slack', () => {
    const list = linkList([
      dated('2305.11700', 'arXiv 2023', 'arxiv', 2023),
      dated('2301.00001', 'arXiv 2022', 'arxiv', 2022),
      dated('2212.00001', 'arXiv 2023', 'arxiv', 2023),
      dated('2306.17256', 'Arxiv 2024', 'arxiv', 2024),
      dated('2305.11700', 'arXiv 2021', 'arxiv', 2021),
      dated('2305.11700', 'arXiv 2022', 'arxiv', 2022),
    ]);
    expect(lint(list).map((f) => [f.line, f.severity, f.message])).toEqual([
      [5, 'error', "Date 'arXiv 2021' is before arXiv id 2305.11700, expected 2023"],
      [6, 'warning', "Date 'arXiv 2022' is before arXiv id 2305.11700, expected 2023"],
    ]);
  });

  it('reads the month of old-style ids', () => {
    const list = linkList([
      dated('hep-th/9901001', 'arxiv 1999/01', 'arxiv', 1999, 1),
      dated('hep-th/9901001', 'arxiv 1998/01', 'arxiv', 1998, 1),
    ]);
    expect(lint(list).map((f) => f.message)).toEqual([
      "Date 'arxiv 1998/01' is 12 months before arXiv id hep-th/9901001, expected 1999-01",
    ]);
  });

  it('compares with the closest id when an entry has several', () => {
    const list = linkList([
      {
        line: '- Textless NLP, arxiv 2021/04, [(Part 1)](https://arxiv.org/abs/2102.01192) [(Part 2)](https://arxiv.org/abs/2104.00355)',
        arxiv: ['2102.01192', '2104.00355'],
        dates: [['arxiv 2021/04', 'arxiv', 2021, 4]],
      },
      {
        line: '- Two parts, arxiv 2020/11, [a](https://arxiv.org/abs/2102.01192) [b](https://arxiv.org/abs/2104.00355)',
        arxiv: ['2102.01192', '2104.00355'],
        dates: [['arxiv 2020/11', 'arxiv', 2020, 11]],
      },
    ]);
    expect(lint(list).map((f) => f.message)).toEqual([
      "Date 'arxiv 2020/11' is 3 months before arXiv id 2102.01192, expected 2021-02",
    ]);
  });

  it('skips entries without a possible id: arxiv-url reports those', () => {
    const list = linkList([
      dated('2313.00001', 'arxiv 2020/01', 'arxiv', 2020, 1),
      dated('2607.00001', 'arxiv 2020/01', 'arxiv', 2020, 1),
      { line: '- No id, arxiv 2020/01', dates: [['arxiv 2020/01', 'arxiv', 2020, 1]] },
    ]);
    expect(lint(list)).toEqual([]);
  });
});

describe('arxiv-date: fixes', () => {
  /** Each finding's fix applied to its line alone, or `undefined` when it has none. */
  function fixed(list: PaperList) {
    return arxivDate.check(list, arxivDate.defaults, ON_TODAY).map((finding) => {
      const { fix } = finding;
      if (!fix) return undefined;
      const line = list.entries.find(
        (entry) => entry.span.start.offset <= fix.start && fix.end <= entry.span.end.offset,
      )!;
      const from = line.span.start.offset;
      return `${line.text.slice(0, fix.start - from)}${fix.replacement}${line.text.slice(fix.end - from)}`;
    });
  }

  it('writes the id month in the form the date is written in, its label untouched', () => {
    const list = linkList([
      dated('2403.17372', 'arxiv2023/3', 'arxiv', 2023, 3),
      dated('2305.18290', 'arXiv 2022-05', 'arxiv', 2022, 5),
      dated('2311.09935', 'arXiv, Nov 2022', 'arxiv', 2022, 11),
      dated('2209.09874', 'arXiv, September 2021', 'arxiv', 2021, 9),
      dated('2303.00905', 'arXiv 2022.3', 'arxiv', 2022, 3),
      dated('2410.03035', 'arXiv, 2023年10月', 'arxiv', 2023, 10),
      dated('2204.01691', 'arXiv, 2021', 'arxiv', 2021),
      dated('2311.00001', 'arxiv 2023/09', 'arxiv', 2023, 9),
    ]);
    expect(fixed(list)).toEqual([
      '- Title, arxiv2024/3, [[paper]](https://arxiv.org/abs/2403.17372)',
      '- Title, arXiv 2023-05, [[paper]](https://arxiv.org/abs/2305.18290)',
      '- Title, arXiv, Nov 2023, [[paper]](https://arxiv.org/abs/2311.09935)',
      '- Title, arXiv, September 2022, [[paper]](https://arxiv.org/abs/2209.09874)',
      '- Title, arXiv 2023.3, [[paper]](https://arxiv.org/abs/2303.00905)',
      '- Title, arXiv, 2024年10月, [[paper]](https://arxiv.org/abs/2410.03035)',
      '- Title, arXiv, 2022, [[paper]](https://arxiv.org/abs/2204.01691)',
      '- Title, arxiv 2023/11, [[paper]](https://arxiv.org/abs/2311.00001)',
    ]);
  });

  it('keeps the month name abbreviated or full as written', () => {
    const list = linkList([
      dated('2204.00598', 'arXiv, May 2021', 'arxiv', 2021, 5),
      dated('2206.00598', 'arXiv, June 2021', 'arxiv', 2021, 6),
      dated('2209.00598', 'arXiv, Sept. 2021', 'arxiv', 2021, 9),
    ]);
    expect(fixed(list)).toEqual([
      '- Title, arXiv, Apr 2022, [[paper]](https://arxiv.org/abs/2204.00598)',
      '- Title, arXiv, June 2022, [[paper]](https://arxiv.org/abs/2206.00598)',
      '- Title, arXiv, Sep. 2022, [[paper]](https://arxiv.org/abs/2209.00598)',
    ]);
  });

  it('offers no fix for a date with a day, nor for an error: the link may be the wrong one', () => {
    const list = linkList([
      dated('2305.18290', 'arxiv 2023/02/14', 'arxiv', 2023, 2),
      dated('2404.06078', 'arxiv2023/3', 'arxiv', 2023, 3),
    ]);
    expect(lint(list).map((f) => f.severity)).toEqual(['warning', 'error']);
    expect(fixed(list)).toEqual([undefined, undefined]);
  });

  it('fixes a date read from Markdown, the finding shown where the fix applies', () => {
    const source = '- Zero-Shot Planners, arXiv, Apr 2021. [[Paper](https://arxiv.org/abs/2204.01691)]\n';
    const [finding] = arxivDate.check(listOf(source), arxivDate.defaults, ON_TODAY);
    expect(finding.fix && source.slice(finding.fix.start, finding.fix.end)).toBe('Apr 2021');
    expect(finding.fix?.replacement).toBe('Apr 2022');
  });
});

describe('arxiv-date: venue and unlabelled dates', () => {
  it('never compares venue dates: publication follows submission', () => {
    const list = linkList([
      dated('2305.11700', 'NeurIPS 2024', 'neurips', 2024),
      dated('2305.11700', 'ICLR 2025/05', 'iclr', 2025, 5),
    ]);
    expect(lint(list, { unlabelled: 'always' })).toEqual([]);
  });

  const agreeing = [
    dated('2301.00001', '2023/01', '', 2023, 1),
    dated('2302.00001', '2023/02', '', 2023, 2),
    dated('2303.00001', '2023/03', '', 2023, 3),
    dated('2304.00001', '2023/05', '', 2023, 5),
    dated('2305.18290', '2022-05', '', 2022, 5),
  ];

  it('compares unlabelled dates when most of the file agrees with its ids', () => {
    expect(lint(linkList(agreeing))).toEqual([
      {
        line: 5,
        column: 10,
        severity: 'warning',
        message: "Date '2022-05' is 12 months before arXiv id 2305.18290, expected 2023-05",
      },
    ]);
    expect(lint(linkList(agreeing), { unlabelled: 'never' })).toEqual([]);
  });

  it('leaves unlabelled dates alone when the file does not date by arXiv', () => {
    const disagreeing = [...agreeing, dated('2306.00001', '2022/01', '', 2022, 1)];
    expect(lint(linkList(disagreeing))).toEqual([]);
    expect(lint(linkList(disagreeing), { unlabelled: 'always' }).map((f) => f.line)).toEqual([5, 6]);
  });

  it('needs five unlabelled dates before trusting the agreement', () => {
    expect(lint(linkList(agreeing.slice(1)))).toEqual([]);
    expect(lint(linkList(agreeing.slice(1)), { unlabelled: 'always' }).map((f) => f.line)).toEqual([4]);
  });

  it('does not compare unlabelled year-only dates', () => {
    const list = linkList([
      ...agreeing.slice(0, 4),
      dated('2304.00002', '2023/04', '', 2023, 4),
      dated('2305.00001', '2021', '', 2021),
    ]);
    expect(lint(list)).toEqual([]);
  });
});

const records = fixRecords((record) => record.subkind === 'date-id-mismatch');

describe.skipIf(records.length === 0)('arxiv-date on date/id mismatches fixed by list maintainers', () => {
  for (const record of records) {
    it(record.id, () => {
      const source = beforeText(record);
      const lines = source.split('\n');
      expect(lines[record.line_parent - 1].trimEnd()).toBe(record.before.trimEnd());
      const onLine = (src: string) => lint(listOf(src)).filter((f) => f.line === record.line_parent);
      expect(onLine(source), 'before is flagged').toHaveLength(1);
      if (record.after !== null) {
        const [{ fix }] = arxivDate
          .check(listOf(source), arxivDate.defaults, ON_TODAY)
          .filter((f) => f.span.start.line === record.line_parent);
        const mended = fix && `${source.slice(0, fix.start)}${fix.replacement}${source.slice(fix.end)}`;
        expect(mended?.split('\n')[record.line_parent - 1], "the fix is the maintainer's").toBe(record.after);
        lines[record.line_parent - 1] = record.after;
        expect(onLine(lines.join('\n')), 'after is clean').toEqual([]);
      }
    });
  }
});

describe('arxiv-date: what the rest of the list says', () => {
  const month = (i: number) => String((i % 9) + 1).padStart(2, '0');
  /** Ten entries whose arXiv dates carry exactly their ids' months. */
  const exact = Array.from(
    { length: 10 },
    (_, i) => `- Paper ${i}, arxiv 2023/${month(i)}, [[paper]](https://arxiv.org/abs/23${month(i)}.1000${i})`,
  );

  it('calls a later month an info where nearly every date carries exactly its id month', () => {
    const list = listOf(
      [...exact, '- Later Paper, arxiv 2023/09, [[paper]](https://arxiv.org/abs/2307.12345)'].join('\n'),
    );
    expect(lint(list)).toEqual([
      {
        line: 11,
        column: 16,
        severity: 'info',
        message:
          "Date 'arxiv 2023/09' is 2 months after arXiv id 2307.12345 (2023-07): the date of a later version?",
      },
    ]);
    // Where dates and ids part often, a month or two later is a later version's date: nothing to say.
    const loose = exact.map((line, i) => (i % 3 === 0 ? line.replace('arxiv 2023/', 'arxiv 2024/') : line));
    expect(
      lint(
        listOf(
          [...loose, '- Later Paper, arxiv 2023/09, [[paper]](https://arxiv.org/abs/2307.12345)'].join('\n'),
        ),
      ).filter((f) => f.line === 11),
    ).toEqual([]);
  });

  it('offers no fix where the entry links two ids or an id another title holds', () => {
    const list = listOf(
      [
        '- Paper One, arxiv 2023/03, [[paper]](https://arxiv.org/abs/2305.11700) [![arXiv](https://img.shields.io/badge/arXiv-b31b1b.svg)](https://arxiv.org/abs/2309.00001)',
        '- A Different Paper Entirely, arxiv 2023/03, [[paper]](https://arxiv.org/abs/2306.22222)',
        '- Something Else Again Here, arxiv 2023/02, [[paper]](https://arxiv.org/abs/2306.22222)',
        '- Paper Four, arxiv 2023/02, [[paper]](https://arxiv.org/abs/2305.44444)',
      ].join('\n'),
    );
    const findings = arxivDate.check(list, arxivDate.defaults, ON_TODAY);
    expect(findings.map((f) => [f.span.start.line, f.severity, f.fix !== undefined])).toEqual([
      [1, 'warning', false],
      [2, 'warning', false],
      [3, 'warning', false],
      [4, 'warning', true],
    ]);
  });
});

describe('arxiv-date online: a link the title check calls another paper', () => {
  it('keeps the date finding and drops its fix, which would trust the wrong link', () => {
    const md = [
      '- Attention Is All You Need, arxiv 2017/02, [[paper]](https://arxiv.org/abs/1706.03762)',
      '- Deep Residual Learning for Image Recognition, arxiv 2015/09, [[paper]](https://arxiv.org/abs/1512.03385)',
      '',
    ].join('\n');
    const linted = lintText(md, 'papers.md', ON_TODAY);
    const found = (id: string, title: string): ArxivResult => ({
      status: 'found',
      record: { id, version: 1, title, withdrawn: false },
    });
    const results = resultsOf({
      arxiv: {
        '1706.03762': found('1706.03762', 'Heat-Bath Random Walks with Markov Bases'),
        '1512.03385': found('1512.03385', 'Deep Residual Learning for Image Recognition'),
      },
    });
    const dates = reportWith([linted], { ...ON_TODAY, verify: {} }, results).findings.filter(
      (finding) => finding.rule === 'arxiv-date',
    );
    expect(dates.map((finding) => [finding.line, finding.fix !== undefined])).toEqual([
      [1, false],
      [2, true],
    ]);
  });
});
