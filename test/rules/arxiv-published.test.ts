import { Agent } from 'undici';
import { afterAll, describe, expect, it } from 'vitest';
import { readRuleDocs } from '../../scripts/rule-docs.js';
import { applyFixes } from '../../src/fix.js';
import rule from '../../src/rules/arxiv-published.js';
import type { PaperList } from '../../src/types.js';
import type { ArxivRecord } from '../../src/verify/types.js';
import { listOf } from '../helpers/list.js';
import { arxivResultsFromFake, brief, resultsOf } from './registry-results.js';

const dispatcher = new Agent();
afterAll(() => dispatcher.close());

/** Results in which each id's record has the given fields (title `T<id>` unless given). */
function recordsOf(records: Record<string, Partial<ArxivRecord>>) {
  return resultsOf({
    arxiv: Object.fromEntries(
      Object.entries(records).map(([id, record]) => [
        id,
        { status: 'found' as const, record: { id, title: `Paper ${id}`, withdrawn: false, ...record } },
      ]),
    ),
  });
}

/** The list after the rule's fixes. */
function fixed(list: PaperList, findings: ReturnType<typeof rule.check>): string {
  return applyFixes(
    list.source,
    findings.flatMap((finding) => (finding.fix ? [finding.fix] : [])),
  ).output;
}

/** Five published entries in the list's style, then what a test adds. */
const published = (style: (venue: string, year: number) => string) =>
  [
    ['Survey One', 'RecSys', 2023, '2305.19860'],
    ['Survey Two', 'TOIS', 2024, '2306.05817'],
    ['Survey Three', 'TKDE', 2024, '2307.02046'],
    ['Survey Four', 'COLING', 2024, '2309.01157'],
    ['Survey Five', 'WWW', 2024, '2311.12338'],
  ].map(
    ([title, venue, year, id]) =>
      `- ${title}, ${style(venue as string, year as number)}, [[paper]](https://arxiv.org/abs/${id})`,
  );

describe('arxiv-published', () => {
  it('runs the examples of its documentation against the fake arXiv', async () => {
    const doc = readRuleDocs().find((d) => d.id === 'arxiv-published');
    expect(doc?.examples.map((example) => example.kind)).toEqual(['ok', 'not-ok']);
    for (const example of doc?.examples ?? []) {
      const list = listOf(example.markdown);
      const findings = rule.check(list, await arxivResultsFromFake(list, dispatcher));
      const expected = example.expect.map((e) => `${e.line}:${e.column} ${e.severity} ${e.message}`);
      expect(brief(findings.map((f) => (f.fix ? { ...f, span: spanOfFix(list, f.fix) } : f)))).toEqual(
        expected,
      );
    }
  });

  it('names the venue and where arXiv says it, and rewrites the arXiv date in the list’s style', () => {
    for (const [style, expected] of [
      [(venue: string, year: number) => `${venue} ${year}`, 'ICLR 2024'],
      [(venue: string, year: number) => `${venue}'${String(year).slice(2)}`, "ICLR'24"],
      [(venue: string, year: number) => `${venue}${year}`, 'ICLR2024'],
    ] as const) {
      const markdown = [
        '# Papers',
        ...published(style),
        '- A Preprint Paper, arxiv 2024/02, [[paper]](https://arxiv.org/abs/2402.00202)',
        '',
      ].join('\n');
      const list = listOf(markdown);
      const findings = rule.check(
        list,
        recordsOf({ '2402.00202': { title: 'A Preprint Paper', comment: 'Accepted at ICLR 2024' } }),
      );
      expect(findings.map((f) => f.message)).toEqual([
        'arXiv lists this paper as published: ICLR 2024 (comment)',
      ]);
      expect(fixed(list, findings).split('\n')[6]).toBe(
        `- A Preprint Paper, ${expected}, [[paper]](https://arxiv.org/abs/2402.00202)`,
      );
    }
  });

  it('writes the venue as the list spells it, and the journal reference before the comment', () => {
    const markdown = [
      ...published((venue, year) => `${venue === 'RecSys' ? 'Recsys' : venue} ${year}`),
      '- Sixth Paper, Arxiv 2023, [[paper]](https://arxiv.org/abs/2308.00001)',
      '',
    ].join('\n');
    const list = listOf(markdown);
    const findings = rule.check(
      list,
      recordsOf({
        '2308.00001': { title: 'Sixth Paper', journalRef: 'RecSys 2023', comment: 'Accepted at CIKM 2023' },
      }),
    );
    expect(findings.map((f) => f.message)).toEqual([
      'arXiv lists this paper as published: RecSys 2023 (journal_ref)',
    ]);
    expect(fixed(list, findings)).toContain('- Sixth Paper, Recsys 2023, [[paper]]');
  });

  it('gives no fix where the list has no clear venue style, the venue is long, has no year or is a track', () => {
    const mixed = [
      '- One, RecSys 2023, [[paper]](https://arxiv.org/abs/2305.19860)',
      "- Two, TOIS'24, [[paper]](https://arxiv.org/abs/2306.05817)",
      '- Three, TKDE2024, [[paper]](https://arxiv.org/abs/2307.02046)',
      '- Four, arxiv 2024/02, [[paper]](https://arxiv.org/abs/2402.00202)',
      '',
    ].join('\n');
    const noStyle = rule.check(
      listOf(mixed),
      recordsOf({ '2402.00202': { title: 'Four', comment: 'Accepted at ICLR 2024' } }),
    );
    expect(noStyle.map((f) => [f.message, f.fix])).toEqual([
      ['arXiv lists this paper as published: ICLR 2024 (comment)', undefined],
    ]);
    const styled = listOf(
      [
        ...published((venue, year) => `${venue} ${year}`),
        '- Four, arxiv 2024/02, [[paper]](https://arxiv.org/abs/2402.00202)',
        '',
      ].join('\n'),
    );
    for (const [record, message] of [
      [{ comment: 'Accepted in Computers & Security, 2023' }, 'Computers & Security 2023 (comment)'],
      [{ comment: 'Accepted to Transactions on Machine Learning Research (TMLR)' }, 'TMLR (comment)'],
      [{ comment: 'Accepted by ACL 2025 Findings' }, 'ACL 2025 Findings (comment)'],
      [{ journalRef: 'Phys. Rev. B 61, 13484 (2000)' }, 'Phys. Rev. B 61, 13484 (2000) (journal_ref)'],
      [{ doi: '10.1109/LRA.2025.3636032' }, 'DOI 10.1109/LRA.2025.3636032 (doi)'],
    ] as const) {
      const findings = rule.check(styled, recordsOf({ '2402.00202': { title: 'Four', ...record } }));
      expect(findings.map((f) => [f.message, f.fix])).toEqual([
        [`arXiv lists this paper as published: ${message}`, undefined],
      ]);
    }
  });

  it('says nothing of preprints, workshops, submissions, pinned versions and links to another paper', () => {
    const markdown = [
      ...published((venue, year) => `${venue} ${year}`),
      '- Six, arxiv 2024, [[paper]](https://arxiv.org/abs/2401.00006)',
      '- Seven, arxiv 2024, [[paper]](https://arxiv.org/abs/2401.00007)',
      '- Eight, arxiv 2024, [[paper]](https://arxiv.org/abs/2401.00008)',
      '- Nine, arxiv 2024, [[v1]](https://arxiv.org/abs/2401.00009v1)',
      '- Completely Different Words About Graph Neural Networks for Planning, arxiv 2024, [[paper]](https://arxiv.org/abs/2401.00010)',
      '',
    ].join('\n');
    const results = recordsOf({
      '2401.00006': { title: 'Six', comment: '12 pages, 3 figures' },
      '2401.00007': { title: 'Seven', comment: 'Accepted at NeurIPS 2023 Workshop on Robot Learning' },
      '2401.00008': { title: 'Eight', comment: 'Submitted to ICML 2024' },
      '2401.00009v1': { title: 'Nine', version: 1, comment: 'Accepted at ICML 2024' },
      '2401.00010': { title: 'Attention Is All You Need', comment: 'Accepted at NeurIPS 2017' },
    });
    expect(rule.check(listOf(markdown), results)).toEqual([]);
  });

  it('reports a venue the entry writes that is not the one arXiv names, spellings of one venue aside', () => {
    const markdown = [
      '- One, ICLR 2024, [[paper]](https://arxiv.org/abs/2401.00001)',
      '- Two, NIPS 2023, [[paper]](https://arxiv.org/abs/2401.00002)',
      '- Three, ACMMM 2024, [[paper]](https://arxiv.org/abs/2401.00003)',
      '- Four, CVPR 2024, [[paper]](https://arxiv.org/abs/2401.00004)',
      '- Five, Flan 2022 Collection, [[paper]](https://arxiv.org/abs/2401.00005)',
      '',
    ].join('\n');
    const results = recordsOf({
      '2401.00001': { title: 'One', comment: 'Accepted at ICRA 2024' },
      '2401.00002': { title: 'Two', comment: 'NeurIPS 2023 camera-ready' },
      '2401.00003': { title: 'Three', journalRef: 'ACM MM 2024' },
      '2401.00004': {
        title: 'Four',
        journalRef: 'IEEE Transactions on Pattern Analysis and Machine Intelligence, 2024',
      },
    });
    results.arxiv.set('2401.00005', {
      status: 'found',
      record: { id: '2401.00005', title: 'Five', comment: 'Accepted at ICML 2023', withdrawn: false },
    });
    // `Flan 2022` is a model's name before its year, not a venue the record contradicts.
    expect(brief(rule.check(listOf(markdown), results))).toEqual([
      '1:19 info The entry says ICLR; arXiv lists this paper as published: ICRA 2024 (comment)',
    ]);
  });

  it('asks an entry without any venue for one only in a list that writes venues', () => {
    const records = recordsOf({ '2401.00001': { title: 'One', comment: 'Accepted at ICML 2024' } });
    const bare =
      '- One, [[paper]](https://arxiv.org/abs/2401.00001)\n- Two, [[paper]](https://arxiv.org/abs/2401.00002)\n';
    expect(rule.check(listOf(bare), records)).toEqual([]);
    const withVenues = [
      '- One, [[paper]](https://arxiv.org/abs/2401.00001)',
      '- Two, ICLR 2024, [[paper]](https://arxiv.org/abs/2401.00002)',
      '- Three, CVPR 2023, [[paper]](https://arxiv.org/abs/2401.00003)',
      '- Four, AAAI 2024, [[paper]](https://arxiv.org/abs/2401.00004)',
      '',
    ].join('\n');
    expect(brief(rule.check(listOf(withVenues), records))).toEqual([
      '1:8 info arXiv lists this paper as published: ICML 2024 (comment)',
    ]);
  });

  it('takes DBLP’s venue for a paper arXiv says nothing about, and says so', () => {
    const markdown = [
      ...published((venue, year) => `${venue} ${year}`),
      '- Graph Neural Prompting with Large Language Models, arxiv 2023/09, [[paper]](https://arxiv.org/abs/2309.15427)',
      '',
    ].join('\n');
    const list = listOf(markdown);
    const title = 'Graph Neural Prompting with Large Language Models';
    const results = {
      ...recordsOf({ '2309.15427': { title, authors: ['Yijun Tian', 'Huan Song'], comment: '12 pages' } }),
      dblp: new Map([
        [
          title,
          {
            status: 'found' as const,
            hits: [
              {
                title,
                venue: 'AAAI',
                year: 2024,
                type: 'Conference and Workshop Papers',
                authors: ['Huan Song 0001'],
              },
            ],
          },
        ],
      ]),
    };
    const findings = rule.check(list, results);
    expect(findings.map((f) => f.message)).toEqual(['DBLP lists this paper as published: AAAI 2024 (dblp)']);
    expect(fixed(list, findings)).toContain(`- ${title}, AAAI 2024, [[paper]]`);
    // Another author: not this paper.
    results.dblp.get(title)!.hits[0].authors = ['Someone Else'];
    expect(rule.check(list, results)).toEqual([]);
  });

  it('says nothing when the entry already links the published version’s DOI', () => {
    const markdown =
      '- One, arxiv 2024, [[paper]](https://arxiv.org/abs/2401.00001), [[doi]](https://doi.org/10.1109/LRA.2025.3636032)\n';
    const results = recordsOf({ '2401.00001': { title: 'One', doi: '10.1109/LRA.2025.3636032' } });
    expect(rule.check(listOf(markdown), results)).toEqual([]);
  });
});

function spanOfFix(list: PaperList, fix: { start: number; end: number }) {
  const before = list.source.slice(0, fix.start).split('\n');
  const start = { line: before.length, column: before.at(-1)!.length + 1, offset: fix.start };
  return { start, end: start };
}
