import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import entryOrder from '../../src/rules/entry-order.js';
import { listOf, ON_TODAY } from '../helpers/list.js';
import { CORPUS, hasCorpus } from '../helpers/shared.js';

function lint(markdown: string) {
  return entryOrder
    .check(listOf(markdown), entryOrder.defaults, ON_TODAY)
    .map((f) => ({ line: f.span.start.line, severity: f.severity, message: f.message }));
}

/** A section of bullets, one a date as written (`arxiv 2023/05`, `NeurIPS 2022`, `` for none); line 1 is the heading. */
function section(dates: readonly string[], heading = '## Papers'): string {
  const lines = dates.map((date, i) => {
    const written = date === '' ? '' : `, ${date}`;
    return `- Paper ${i + 1} on Sequential Recommendation${written}, [[paper]](https://example.org/paper-${i + 1}.pdf)`;
  });
  return `${heading}\n${lines.join('\n')}\n`;
}

/** `count` months from `first` (`year`, `month`), a month apart, newest first. */
function monthsDown(year: number, month: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const index = year * 12 + month - 1 - i;
    return `arxiv ${Math.floor(index / 12)}/${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

describe('entry-order: newest first and oldest first', () => {
  it('reports the one entry out of a newest-first section, before the first entry it should precede', () => {
    const dates = monthsDown(2024, 12, 12);
    dates.splice(3, 0, 'arxiv 2024/02');
    // Lines: 2 = 2024/12 … 4 = 2024/10, 5 = the stray, 6 = 2024/09 … 12 = 2024/03, 13 = 2024/02.
    expect(lint(section(dates))).toEqual([
      {
        line: 5,
        severity: 'warning',
        message: 'Entry out of order: 2024/02 belongs before line 13 (this section is newest first)',
      },
    ]);
  });

  it('reports an entry of an oldest-first section that belongs at its end as after the last entry', () => {
    const dates = monthsDown(2024, 12, 12).reverse();
    dates.splice(4, 0, 'arxiv 2025/03');
    expect(lint(section(dates))).toEqual([
      {
        line: 6,
        severity: 'warning',
        message: 'Entry out of order: 2025/03 belongs after line 14 (this section is oldest first)',
      },
    ]);
  });

  it('names the nearest place when the entry is too early: before the first entry older than it', () => {
    const dates = monthsDown(2024, 12, 12);
    dates.splice(1, 0, 'arxiv 2024/06');
    // 2024/06 stands second; it fits right after 2024/07 (line 8), before 2024/06's own month (line 9).
    expect(lint(section(dates))).toEqual([
      {
        line: 3,
        severity: 'warning',
        message: 'Entry out of order: 2024/06 belongs before line 9 (this section is newest first)',
      },
    ]);
  });

  it('judges a section by the dates its entries write: an entry with only an id does not place itself among them', () => {
    const lines = [
      '## Surveys',
      ...monthsDown(2024, 12, 20).map(
        (date, i) =>
          `- Survey ${i + 1} of Recommender Systems, ${date}, [[paper]](https://example.org/s${i + 1}.pdf)`,
      ),
    ];
    lines.splice(
      3,
      0,
      '- A Survey on Large Language Models for Recommendation, [[paper]](https://arxiv.org/abs/2305.19860)',
    );
    lines.splice(
      6,
      0,
      '- Recommender Systems in the Era of LLMs, arXiv 2023, [[paper]](https://arxiv.org/abs/2307.02046)',
    );
    expect(lint(`${lines.join('\n')}\n`).map((f) => `${f.line} ${f.message}`)).toEqual([
      '7 Entry out of order: 2023 belongs before line 16 (this section is newest first)',
    ]);
  });

  it('reads the months of arXiv ids in a section that writes no dates', () => {
    const ids = [
      '2412.01000',
      '2411.01000',
      '2410.01000',
      '2403.01000',
      '2409.01000',
      '2408.01000',
      '2407.01000',
      '2406.01000',
      '2405.01000',
      '2404.01000',
      '2402.01000',
    ];
    const lines = ids.map(
      (id, i) => `- Paper ${i + 1} on Sequential Recommendation, [[paper]](https://arxiv.org/abs/${id})`,
    );
    expect(lint(`## Papers\n${lines.join('\n')}\n`).map((f) => `${f.line} ${f.message}`)).toEqual([
      '5 Entry out of order: 2024/03 belongs before line 12 (this section is newest first)',
    ]);
  });

  it('compares a year with a month on the year: `2024` among 2024 months breaks nothing', () => {
    const dates = monthsDown(2024, 12, 12);
    dates.splice(6, 0, 'arxiv 2024');
    expect(lint(section(dates))).toEqual([]);
  });

  it('shows a year-only date as its year', () => {
    const dates = monthsDown(2024, 12, 12);
    dates.splice(5, 0, 'arxiv 2022');
    expect(lint(section(dates)).map((f) => f.message)).toEqual([
      'Entry out of order: 2022 belongs after line 14 (this section is newest first)',
    ]);
  });

  it('lets ties stand anywhere among their month', () => {
    const dates = [
      'arxiv 2024/05',
      'arxiv 2024/05',
      ...monthsDown(2024, 4, 10),
      'arxiv 2023/07',
      'arxiv 2023/07',
    ];
    dates.splice(6, 0, 'arxiv 2024/01');
    expect(lint(section(dates))).toEqual([]);
  });

  it('skips an entry without a date: it neither breaks the order nor anchors a place', () => {
    const dates = [...monthsDown(2024, 12, 12), ''];
    dates.splice(3, 0, '');
    dates.splice(8, 0, 'arxiv 2023/01');
    // Lines 2-16; the last entry (line 16) has no date, so the stray belongs after the last dated one.
    expect(lint(section(dates)).map((f) => `${f.line} ${f.message}`)).toEqual([
      '10 Entry out of order: 2023/01 belongs after line 15 (this section is newest first)',
    ]);
  });

  it('reads a venue year only for an entry with nothing else: the list sorts by submission', () => {
    const lines = [
      '## Papers',
      ...monthsDown(2024, 12, 12).map(
        (date, i) => `- Paper ${i + 1} on Ranking, ${date}, [[paper]](https://example.org/p${i + 1}.pdf)`,
      ),
    ];
    // Submitted 2024/08, published at a 2025 venue: in place among the arXiv months.
    lines.splice(6, 0, '- ProRec: Prompted Ranking, AAAI 2025, [[paper]](https://arxiv.org/abs/2408.01234)');
    expect(lint(`${lines.join('\n')}\n`)).toEqual([]);
  });
});

/** `* **Name**: "Title", <date>. [[Paper](<link>)]`, the style of a robotics list that dates entries by venue or arXiv. */
const robotics = (name: string, date: string, link: string) =>
  `* **${name}**: "${name}: Grounding Language Models in Robot Tasks", ${date}. [[Paper](${link})]`;

describe('entry-order: one source of dates per section', () => {
  const reasoning = [
    robotics('Spatial', 'CVPR, 2025年6月', 'https://arxiv.org/abs/2411.16537'),
    robotics('Spine', '国际机器人与自动化会议 (ICRA), 2025年5月', 'https://arxiv.org/abs/2410.03035'),
    robotics('Ellmer', '自然机器智能, 2025年3月', 'https://www.nature.com/articles/s42256-025-01005-x'),
    robotics('Aha', '*arXiv, 2024年10月*', 'https://arxiv.org/abs/2410.00371'),
    robotics('Rekep', '*arXiv, 2024年9月*', 'https://arxiv.org/abs/2409.01652'),
    robotics('Octopi', '机器人科学与系统 (RSS), 2024年6月', 'https://arxiv.org/abs/2405.02794'),
    robotics('Clear', 'HRI, 2024年3月', 'https://dl.acm.org/doi/10.1145/3610978.3640000'),
    robotics('Moma', '*arXiv, 2024年3月*', 'https://arxiv.org/abs/2403.08605'),
    robotics('Autort', '*arXiv, 2024年1月*', 'https://arxiv.org/abs/2401.12963'),
    robotics('Leo', '*arXiv, 2023年11月*', 'https://arxiv.org/abs/2311.12871'),
    robotics('Sayplan', 'CoRL, 2023年10月', 'https://arxiv.org/abs/2307.06135'),
    robotics('Rt2', '*arXiv, 2023年7月*', 'https://arxiv.org/abs/2307.15818'),
  ];

  it('never places a venue-dated entry by its id month among written dates (four entries, then a section)', () => {
    expect(lint(`## 推理\n${reasoning.slice(0, 4).join('\n')}\n`)).toEqual([]);
    expect(lint(`## 推理\n${reasoning.join('\n')}\n`)).toEqual([]);
    const slashes = reasoning.map((line) => line.replace(/(\d{4})年(\d{1,2})月/, '$1/$2'));
    expect(lint(`## Reasoning\n${slashes.join('\n')}\n`)).toEqual([]);
  });

  it('still reports an entry out of the written order, with its written date', () => {
    const lines = [...reasoning];
    lines.splice(2, 0, robotics('Late', '*arXiv, 2023年5月*', 'https://arxiv.org/abs/2305.12871'));
    expect(lint(`## 推理\n${lines.join('\n')}\n`).map((f) => `${f.line} ${f.message}`)).toEqual([
      '4 Entry out of order: 2023/05 belongs after line 14 (this section is newest first)',
    ]);
  });

  const table = (rows: ReadonlyArray<[string, string]>) =>
    `| Paper | Publication | Link |\n| --- | --- | --- |\n${rows
      .map(
        ([written, id], i) =>
          `| Survey ${i + 1} of Recommender Systems | ${written} | [[Link]](https://arxiv.org/abs/${id}) |`,
      )
      .join('\n')}\n`;

  it('follows the ids where the written dates tie: every entry `Arxiv 2024`, kept newest first by id', () => {
    const rows: Array<[string, string]> = [
      ['Arxiv 2025', '2503.00001'],
      ['Arxiv 2025', '2502.00001'],
      ['Arxiv 2025', '2501.00001'],
      ['Arxiv 2024', '2412.00001'],
      ['Arxiv 2024', '2410.00001'],
      ['KDD 2024', '2404.00001'],
      ['Arxiv 2024', '2407.00001'],
      ['Arxiv 2024', '2406.00001'],
      ['Arxiv 2024', '2402.00001'],
      ['Arxiv 2024', '2401.00001'],
      ['Arxiv 2023', '2312.00001'],
      ['Arxiv 2023', '2311.00001'],
    ];
    expect(lint(table(rows)).map((f) => `${f.line} ${f.message}`)).toEqual([
      '8 Entry out of order: 2024/04 belongs before line 11 (this section is newest first)',
    ]);
  });

  it("leaves a list sorted by year alone when one year's ids are in no order", () => {
    const rows: Array<[string, string]> = [
      ['2014', '1406.02661'],
      ['2015', '1511.06434'],
      ['2016', '1611.07004'],
      ['2016', '1609.04802'],
      ['2017', '1701.07875'],
      ['2017', '1703.10593'],
      ['2018', '1812.04948'],
      ['2019', '1912.04958'],
      ['2020', '2006.11239'],
    ];
    expect(lint(table(rows))).toEqual([]);
  });
});

describe('entry-order: when no order is clear', () => {
  it('says nothing on a section in no order', () => {
    const dates = ['2023/05', '2021/02', '2024/01', '2022/07', '2023/11', '2020/03', '2024/06', '2021/09'];
    expect(lint(section(dates.map((date) => `arxiv ${date}`)))).toEqual([]);
  });

  it('says nothing under five dated entries, or under four neighbouring pairs that differ', () => {
    expect(lint(section(['arxiv 2024/04', 'arxiv 2024/03', 'arxiv 2024/05', 'arxiv 2024/01']))).toEqual([]);
    const mostlyTied = [
      'arxiv 2024/02',
      'arxiv 2024/02',
      'arxiv 2024/01',
      'arxiv 2024/01',
      'arxiv 2024/03',
      'arxiv 2024/03',
    ];
    expect(lint(section(mostlyTied))).toEqual([]);
  });

  it('says nothing below 90 % agreement: one break in nine steps is 89 %', () => {
    const dates = monthsDown(2024, 12, 9);
    dates.splice(4, 0, 'arxiv 2023/01');
    expect(lint(section(dates))).toEqual([]);
  });

  it('says nothing about a run of entries out of place together: a second ordered part', () => {
    const dates = [...monthsDown(2024, 12, 12), ...monthsDown(2024, 11, 2)];
    expect(lint(section(dates))).toEqual([]);
  });
});

describe('entry-order: what is ordered together', () => {
  it('orders each section apart', () => {
    // Read as one sequence, the second section's entry would stand out of the first's order.
    const newest = section(monthsDown(2024, 12, 11), '## Newest first');
    const next = section(['arxiv 2025/01'], '## Agents');
    expect(lint(`${newest}\n${next}`)).toEqual([]);
    expect(lint(`${newest}${next.split('\n').slice(1).join('\n')}`)).toHaveLength(1);
  });

  it('orders sub-entries under their parent apart from the entries around it', () => {
    const lines = monthsDown(2023, 12, 12)
      .reverse()
      .map(
        (date, i) =>
          `- Paper ${i + 1} on Sequential Recommendation, ${date}, [[paper]](https://example.org/p${i + 1}.pdf)`,
      );
    lines.splice(
      6,
      0,
      '  - Follow-up on Sequential Recommendation, arxiv 2024/06, [[paper]](https://example.org/f.pdf)',
    );
    const markdown = `## Papers\n${lines.join('\n')}\n`;
    expect(listOf(markdown).entries).toHaveLength(13);
    expect(lint(markdown)).toEqual([]);
    expect(lint(markdown.replace('  - Follow-up', '- Follow-up'))).toHaveLength(1);
  });
});

describe('entry-order: by title', () => {
  const names = [
    'Airflow',
    'Beam',
    'Cassandra',
    'Dagster',
    'Elasticsearch',
    'Feast',
    'Great Expectations',
    'Hudi',
    'Iceberg',
    'Jupyter',
    'Kafka',
    'Luigi',
  ];
  const titled = (order: readonly string[]) =>
    `## Papers\n${order.map((name) => `- ${name}: Learning to Rank with Graphs, [[paper]](https://example.org/${name}.pdf)`).join('\n')}\n`;

  it('reports an entry out of A-to-Z order, case aside', () => {
    const order = names.map((name, i) => (i === 4 ? name.toLowerCase() : name));
    order.splice(2, 0, 'Metaflow');
    expect(lint(titled(order))).toEqual([
      {
        line: 4,
        severity: 'warning',
        message:
          "Entry out of order: 'Metaflow: Learning to Rank with Graphs' belongs after line 14 (this section is sorted by title)",
      },
    ]);
  });

  it('says nothing on titles in no order', () => {
    expect(
      lint(titled([...names].sort((a, b) => (a.length % 3) - (b.length % 3) || b.localeCompare(a)))),
    ).toEqual([]);
  });
});

describe.skipIf(!hasCorpus)('entry-order on the corpus lists', () => {
  const lists = path.join(CORPUS, 'lists');
  const files = hasCorpus ? readdirSync(lists).filter((name) => name.endsWith('.md')) : [];
  const findings = new Map(
    files.map((name) => {
      const list = listOf(readFileSync(path.join(lists, name), 'utf8'));
      return [
        name,
        { entries: list.entries.length, found: entryOrder.check(list, entryOrder.defaults, ON_TODAY) },
      ];
    }),
  );

  it('fires on at most 2 % of the entries of any list', () => {
    console.log(
      [...findings]
        .map(([name, { entries, found }]) => `${name}: ${found.length} of ${entries} entries`)
        .join('\n'),
    );
    for (const [name, { entries, found }] of findings)
      expect(found.length, name).toBeLessThanOrEqual(0.02 * entries);
  });

  it('finds the survey filed among later ones in a newest-first table', () => {
    const { found } = findings.get('CHIANGEL__Awesome-LLM-for-RecSys.md')!;
    expect(found.map((f) => `${f.span.start.line} ${f.message}`)).toContain(
      '318 Entry out of order: 2024/04 belongs before line 321 (this section is newest first)',
    );
  });
});

describe('entry-order: the arXiv month before a venue year', () => {
  it('places papers that share a venue year by their ids’ months', () => {
    const months = ['01', '02', '03', '04', '05', '06', '03', '08', '09', '10', '11'];
    const ids = months.map((month, i) => `24${month}.${10001 + i}`);
    const md = [
      '## Papers',
      ...ids.map(
        (id, i) =>
          `- Paper ${i + 1} on Sequential Recommendation, NeurIPS 2024, [[paper]](https://arxiv.org/abs/${id})`,
      ),
      '',
    ].join('\n');
    expect(lint(md)).toEqual([
      {
        line: 8,
        severity: 'warning',
        message: expect.stringContaining('2024/03'),
      },
    ]);
  });
});
