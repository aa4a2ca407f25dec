import { describe, expect, it } from 'vitest';
import arxivUrl from '../../src/rules/arxiv-url.js';
import type { Fix, PaperList } from '../../src/types.js';
import { linkList } from '../arxiv/hand-built.js';
import { listOf, ON_TODAY } from '../helpers/list.js';
import { beforeText, fixRecords } from '../helpers/shared.js';

function lint(list: PaperList, options: Partial<typeof arxivUrl.defaults> = {}) {
  return arxivUrl.check(list, { ...arxivUrl.defaults, ...options }, ON_TODAY);
}

function applyFix(source: string, fix: Fix): string {
  return source.slice(0, fix.start) + fix.replacement + source.slice(fix.end);
}

describe('arxiv-url on hand-built entries', () => {
  it('reports the contract example: the link span, its URL and the canonical URL as fix', () => {
    const line = '- Title, [[paper]](https://arxiv.org/abd/2304.03516)';
    const list = linkList([{ line }]);
    const [finding, ...rest] = lint(list);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: 'error',
      message: "Malformed arXiv link: unknown path 'abd'",
      url: 'https://arxiv.org/abd/2304.03516',
      span: list.entries[0].links[0].span,
      fix: { replacement: 'https://arxiv.org/abs/2304.03516' },
    });
    expect(applyFix(list.source, finding.fix!)).toBe(
      '- Title, [[paper]](https://arxiv.org/abs/2304.03516)\n',
    );
  });

  it('makes one finding per link; the most severe problem decides and all are listed', () => {
    const list = linkList([
      { line: '- T, [p](http://www.arxiv.org/abd/2304.03516) [q](http://arxiv.org/abs/2304.03516)' },
    ]);
    expect(lint(list).map((f) => [f.severity, f.message])).toEqual([
      [
        'error',
        "Malformed arXiv link: unknown path 'abd'; 'http:', expected 'https:'; host 'www.arxiv.org', expected 'arxiv.org'",
      ],
      ['warning', "Non-canonical arXiv link: 'http:', expected 'https:'"],
    ]);
  });

  it('fixes replace exactly the URL text, and the fixed source is clean', () => {
    const list = linkList([
      { line: '- A, [[paper]](http://arxiv.org/abs/2305.11700v2/) [[code]](https://github.com/a/b)' },
      {
        line: '- B, [x](https://arxiv.org/ftp/arxiv/papers/2312/2312.00752.pdf), [y](https://arxiv.org//2405.07314)',
      },
      { line: '- C, [[paper]](https://arxiv.org/abs/2102.01192?fbclid=IwAR3sDu4x6p7oDZ)' },
    ]);
    const findings = lint(list);
    expect(findings.map((f) => f.severity)).toEqual(['warning', 'error', 'error', 'warning']);
    let fixed = list.source;
    for (const finding of [...findings].sort((a, b) => b.fix!.start - a.fix!.start)) {
      expect(list.source.slice(finding.fix!.start, finding.fix!.end)).toBe(finding.url);
      fixed = applyFix(fixed, finding.fix!);
    }
    expect(fixed).toBe(
      [
        '- A, [[paper]](https://arxiv.org/abs/2305.11700v2) [[code]](https://github.com/a/b)',
        '- B, [x](https://arxiv.org/pdf/2312.00752), [y](https://arxiv.org/abs/2405.07314)',
        '- C, [[paper]](https://arxiv.org/abs/2102.01192)',
        '',
      ].join('\n'),
    );
    expect(
      lint(
        linkList(
          fixed
            .trimEnd()
            .split('\n')
            .map((line) => ({ line })),
        ),
      ),
    ).toEqual([]);
  });

  it('gives no fix when the id cannot be told', () => {
    const list = linkList([
      { line: '- A, [[paper]](https://arxiv.org/abs/)' },
      { line: '- B, [[paper]](https://arxiv.org/abs/2313.00001)' },
      { line: '- C, [[paper]](https://arxiv.org/abs/2607.00001)' },
    ]);
    expect(lint(list).map((f) => [f.severity, f.message, f.fix])).toEqual([
      ['error', 'Malformed arXiv link: empty id', undefined],
      ['error', "Malformed arXiv link: impossible id '2313.00001': month 13 does not exist", undefined],
      ['error', "Malformed arXiv link: impossible id '2607.00001': month 2026-07 is after today", undefined],
    ]);
  });

  it('gives no fix when the URL text cannot be located', () => {
    const list = linkList([{ line: '- A, [[paper]](http://arxiv.org/abs/2305.11700)' }]);
    delete list.entries[0].links[0].urlSpan;
    expect(lint(list)).toMatchObject([{ severity: 'warning' }]);
    expect(lint(list)[0].fix).toBeUndefined();
  });

  it('leaves other hosts and canonical links alone', () => {
    const list = linkList([
      {
        line: '- A, [a](https://arxiv.org/abs/2305.11700) [b](https://arxiv.org/pdf/2305.11700v1.pdf) [c](https://openreview.net/forum?id=x) [d](https://ar5iv.labs.arxiv.org/html/2305.11700) [e](https://github.com/arxiv/abs/1)',
      },
    ]);
    expect(lint(list)).toEqual([]);
  });

  it('applies the style options only when asked', () => {
    const list = linkList([
      { line: '- A, [pdf](https://arxiv.org/pdf/2305.04518.pdf) [abs](https://arxiv.org/abs/2305.04518v2)' },
    ]);
    expect(lint(list)).toEqual([]);
    expect(lint(list, { prefer: 'abs' }).map((f) => [f.message, f.fix?.replacement])).toEqual([
      ["Non-canonical arXiv link: '/pdf/', expected '/abs/'", 'https://arxiv.org/abs/2305.04518'],
    ]);
    expect(
      lint(list, { prefer: 'pdf', versions: 'unpinned' }).map((f) => [f.message, f.fix?.replacement]),
    ).toEqual([
      [
        "Non-canonical arXiv link: '/abs/', expected '/pdf/'; pinned version 'v2', expected none",
        'https://arxiv.org/pdf/2305.04518',
      ],
    ]);
  });
});

describe('arxiv-url: a list that writes http: links', () => {
  /** One entry per scheme-and-host prefix, numbered ids. */
  const links = (prefixes: readonly string[]) =>
    linkList(
      prefixes.map((prefix, i) => ({ line: `- Paper ${i}, [[paper]](${prefix}/abs/1706.0${3762 + i})` })),
    );
  const http = 'http://arxiv.org';
  const https = 'https://arxiv.org';

  it('makes http: an info, fix kept, when a third of the arXiv links and five or more use it', () => {
    const findings = lint(links([http, http, http, http, http, https, https, https, https, https]));
    expect(findings.map((f) => f.severity)).toEqual(['info', 'info', 'info', 'info', 'info']);
    expect(findings.every((f) => f.fix?.replacement.startsWith('https://arxiv.org/abs/'))).toBe(true);
  });

  it('keeps the warning for http: links of a list that mostly writes https:, or for a handful', () => {
    const few = lint(links([http, http, http, http, http, ...Array(11).fill(https)]));
    expect(few.map((f) => f.severity)).toEqual(Array(5).fill('warning'));
    expect(lint(links([http, http, http, http])).map((f) => f.severity)).toEqual(Array(4).fill('warning'));
  });

  it('keeps the warning for a link with another problem besides http:', () => {
    const findings = lint(links([http, http, http, http, http, 'http://www.arxiv.org']));
    expect(findings.map((f) => f.severity)).toEqual(['info', 'info', 'info', 'info', 'info', 'warning']);
  });
});

describe('arxiv-url on Markdown', () => {
  it('reports links in bullets and tables with their positions', () => {
    const source = [
      '# Papers',
      '',
      '- Title, arxiv 2023/05, [[paper]](https://arxiv.org/abd/2304.03516)',
      '',
      '| Paper | Link |',
      '| --- | --- |',
      '| Title | [link](http://arxiv.org/abs/2304.03516) |',
      '',
    ].join('\n');
    const findings = lint(listOf(source));
    expect(findings.map((f) => [f.span.start.line, f.span.start.column, f.severity])).toEqual([
      [3, 25, 'error'],
      [7, 11, 'warning'],
    ]);
    let fixed = source;
    for (const finding of [...findings].reverse()) fixed = applyFix(fixed, finding.fix!);
    expect(fixed).toContain('[[paper]](https://arxiv.org/abs/2304.03516)');
    expect(fixed).toContain('[link](https://arxiv.org/abs/2304.03516)');
    expect(lint(listOf(fixed))).toEqual([]);
  });
});

/** What each recorded defect looks like in a message, and the options it needs (pdf→abs is style). */
const REASONS: Record<string, { fragment: string; options?: Partial<typeof arxivUrl.defaults> }> = {
  'legacy-ftp-path': { fragment: "legacy path '/ftp/'" },
  'empty-id': { fragment: 'empty id' },
  'double-slash-missing-abs': { fragment: "'//' in the path" },
  'tracking-query-param': { fragment: "query parameter 'fbclid'" },
  'pdf-to-abs-normalization': { fragment: "'/pdf/', expected '/abs/'", options: { prefer: 'abs' } },
};

const records = fixRecords((record) => record.kind === 'misformatted-arxiv-url');

describe.skipIf(records.length === 0)(
  'arxiv-url on misformatted arXiv links fixed by list maintainers',
  () => {
    it('knows every subkind of the corpus', () => {
      for (const record of records) expect(REASONS[record.subkind], record.subkind).toBeDefined();
    });

    for (const record of records) {
      it(`${record.id} (${record.subkind})`, () => {
        const { fragment, options } = REASONS[record.subkind];
        const source = beforeText(record);
        const lines = source.split('\n');
        expect(lines[record.line_parent - 1].trimEnd()).toBe(record.before.trimEnd());
        const text = (src: string) => lint(listOf(src), options);
        const onLine = (findings: ReturnType<typeof lint>) =>
          findings.filter((f) => f.span.start.line === record.line_parent && f.message.includes(fragment));
        expect(onLine(text(source)).length, 'before is flagged').toBeGreaterThan(0);
        if (record.after !== null) {
          lines[record.line_parent - 1] = record.after;
          expect(onLine(text(lines.join('\n'))), 'after is not flagged for the same reason').toEqual([]);
        }
      });
    }
  },
);
