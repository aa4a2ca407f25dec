import { describe, expect, it } from 'vitest';
import { stripBom } from '../../src/parse/index.js';
import entryFormat, { type EntryFormatOptions } from '../../src/rules/entry-format/index.js';
import type { RuleFinding } from '../../src/types.js';
import { listOf, ON_TODAY } from '../helpers/list.js';
import { beforeText, fixRecords } from '../helpers/shared.js';

function check(markdown: string, options: Partial<EntryFormatOptions> = {}): RuleFinding[] {
  const source = stripBom(markdown);
  return entryFormat.check(listOf(source), { ...entryFormat.defaults, ...options }, ON_TODAY);
}

function messages(markdown: string, options: Partial<EntryFormatOptions> = {}): string[] {
  return check(markdown, options).map((f) => `${f.span.start.line}: ${f.message}`);
}

/** Applies non-overlapping fixes from the end of the text backwards, as `--fix` does. */
function applyFixes(source: string, findings: RuleFinding[]): string {
  const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : [])).sort((a, b) => b.start - a.start);
  let text = source;
  let limit = Number.POSITIVE_INFINITY;
  for (const fix of fixes) {
    if (fix.end > limit) continue;
    text = text.slice(0, fix.start) + fix.replacement + text.slice(fix.end);
    limit = fix.start;
  }
  return text;
}

const paper = (
  n: number,
  rest = `arxiv 2023/0${1 + (n % 9)}, [[paper]](https://arxiv.org/abs/2305.${String(10000 + n)})`,
) => `- Paper Title Number ${n}, ${rest}`;

describe('entry-format: spacing', () => {
  it('reports double spaces (info), spaces before commas and missing spaces after commas, each with a fix', () => {
    const markdown = [
      paper(1),
      paper(2),
      '- Paper  Title Three , arxiv 2023/03,[[paper]](https://arxiv.org/abs/2305.20003)',
      '- Paper Title Four,arxiv 2023/04, [[paper]](https://arxiv.org/abs/2305.20004)',
      paper(5),
      paper(6),
    ].join('\n');
    const findings = check(markdown);
    expect(findings.map((f) => `${f.span.start.line}: ${f.severity} ${f.message}`)).toEqual([
      "3: info Expected one space in 'Paper  Title' (whitespace)",
      "3: warning Expected no space before ',' in 'Three ,' (spacing)",
      "4: warning Expected a space after ',' in 'Four,arxiv' (spacing)",
    ]);
    expect(findings.every((f) => f.fix)).toBe(true);
    expect(applyFixes(markdown, findings).split('\n').slice(2, 4)).toEqual([
      '- Paper Title Three, arxiv 2023/03,[[paper]](https://arxiv.org/abs/2305.20003)',
      '- Paper Title Four, arxiv 2023/04, [[paper]](https://arxiv.org/abs/2305.20004)',
    ]);
  });

  it('ignores list-marker padding, table cell padding, hard line breaks and link destinations', () => {
    const markdown = [
      '| Paper | Venue |',
      '| ----- | ----- |',
      '| [Paper Title One](https://arxiv.org/abs/2305.10001)      | arxiv   |',
      '| [Paper Title Two](https://arxiv.org/abs/2305.10002)  | arxiv |',
      '',
      '-   Paper Title Three, arxiv 2023/03, [[paper]](https://arxiv.org/abs/2305.10003)  ',
      '-   Paper Title Four, arxiv 2023/04, [[paper]](https://example.org/a%20%20b,c)',
    ].join('\n');
    expect(messages(markdown)).toEqual([]);
  });

  it('follows a list whose own convention is a space before commas', () => {
    const markdown = Array.from(
      { length: 6 },
      (_, i) => `- Paper Title ${i} , arxiv 2023/05 , [[paper]](https://arxiv.org/abs/2305.1000${i})`,
    );
    expect(messages(markdown.join('\n'))).toEqual([]);
  });
  it('makes one finding with one fix of several places of one kind in an entry', () => {
    const markdown = [
      paper(1),
      paper(2),
      '- [Paper Title Three](https://example.org/3) - Cai Xu , Ziyu Guan , Member, IEEE, Wei Zhao , Quanzhou Wu, Meng Yan, Long Chen. arxiv 2023/03',
      paper(4),
    ].join('\n');
    const findings = check(markdown);
    expect(findings.map((f) => f.message)).toEqual([
      "Expected no space before ',' in 'Xu ,', 'Guan ,' and 'Zhao ,' (spacing)",
    ]);
    expect(applyFixes(markdown, findings).split('\n')[2]).toContain(
      'Cai Xu, Ziyu Guan, Member, IEEE, Wei Zhao, Quanzhou Wu,',
    );
  });

  it('quotes at most three places of one kind and counts the rest', () => {
    const markdown = [
      paper(1),
      paper(2),
      '- Paper  Title  Three  on  Long  Weekly  Digests, arxiv 2023/03, [[paper]](https://arxiv.org/abs/2305.20003)',
      ...[4, 5, 6, 7, 8].map((n) => paper(n)),
    ].join('\n');
    const findings = check(markdown);
    expect(findings.map((f) => `${f.span.start.line}: ${f.message}`)).toEqual([
      "3: Expected one space in 'Paper  Title', 'Title  Three', 'Three  on' and 3 more (whitespace)",
    ]);
    expect(applyFixes(markdown, findings).split('\n')[2]).toBe(
      '- Paper Title Three on Long Weekly Digests, arxiv 2023/03, [[paper]](https://arxiv.org/abs/2305.20003)',
    );
  });

  it('keeps two spaces where the list always writes two (after a full stop)', () => {
    const markdown = Array.from(
      { length: 6 },
      (_, i) => `- Paper Title ${i}.  RecSys 2023.  [[paper]](https://arxiv.org/abs/2305.1000${i})`,
    );
    expect(messages(markdown.join('\n'))).toEqual([]);
  });
});

describe('entry-format: full-width punctuation', () => {
  it('reports a full-width comma among ASCII commas and fixes it to ", "', () => {
    const markdown = [
      paper(1),
      paper(2),
      '- Paper Title Three，arxiv 2023/03, [[paper]](https://arxiv.org/abs/2305.20003)',
      paper(4),
    ].join('\n');
    const findings = check(markdown);
    expect(findings.map((f) => f.message)).toEqual([
      "Expected ',' instead of full-width '，' in 'Three，arxiv' (fullwidth)",
    ]);
    expect(applyFixes(markdown, findings).split('\n')[2]).toBe(
      '- Paper Title Three, arxiv 2023/03, [[paper]](https://arxiv.org/abs/2305.20003)',
    );
  });

  it('leaves full-width punctuation inside CJK notes alone', () => {
    const markdown = [
      paper(1),
      paper(2),
      '- Anchor-based Collaborative Filtering, arxiv 2023/03, [[paper]](https://arxiv.org/abs/2305.20003) 【短文，Graph-based推荐】',
      '- Re4: Learning to Re-contrast, arxiv 2023/04, [[paper]](https://arxiv.org/abs/2305.20004) 【通过re-rank,re-score来增强】',
    ].join('\n');
    expect(messages(markdown)).toEqual([]);
  });

  it('reports a full-width parenthesis opening an ASCII one (fix-080 shape) and fixes it', () => {
    const markdown = [
      '- (*arXiv 2023.09*) Paper Title One [[paper](https://arxiv.org/abs/2309.10001)]',
      '- (*arXiv 2023.09*) Paper Title Two [[paper](https://arxiv.org/abs/2309.10002)]',
      '- （*arXiv 2023.10*) Graph Neural Architecture Search with GPT-4 [[paper](https://arxiv.org/abs/2310.01436)]',
      '- (*arXiv 2023.11*) Paper Title Four [[paper](https://arxiv.org/abs/2311.10004)]',
    ].join('\n');
    const findings = check(markdown);
    expect(findings.map((f) => `${f.span.start.line}: ${f.message}`)).toEqual([
      "3: Expected '(' instead of full-width '（' in '（*arXiv' (fullwidth)",
    ]);
    expect(applyFixes(markdown, findings).split('\n')[2]).toMatch(/^- \(\*arXiv 2023\.10\*\) Graph/);
  });
});

describe('entry-format: dates', () => {
  it('reports the minority padding and fixes it to the majority', () => {
    const markdown = [
      paper(1),
      paper(2),
      paper(3),
      '- Paper Title Four, arxiv 2023/7, [[paper]](https://arxiv.org/abs/2307.20004)',
    ].join('\n');
    const findings = check(markdown);
    expect(findings.map((f) => f.message)).toEqual([
      "Expected '2023/07', like most dates of the list, instead of '2023/7' (date)",
    ]);
    expect(applyFixes(markdown, findings)).toContain('- Paper Title Four, arxiv 2023/07, [[paper]]');
  });

  it('keeps a list that consistently writes single-digit months', () => {
    const markdown = Array.from(
      { length: 5 },
      (_, i) =>
        `- Paper Title ${i}, arxiv 2023/${i + 1}, [[paper]](https://arxiv.org/abs/230${i + 1}.1000${i})`,
    );
    expect(messages(markdown.join('\n'))).toEqual([]);
  });

  it('reports a separator that differs from the majority', () => {
    const markdown = [
      paper(1),
      paper(2),
      paper(3),
      '- Paper Title Four, arxiv 2023.07, [[paper]](https://arxiv.org/abs/2307.20004)',
    ].join('\n');
    expect(messages(markdown)).toEqual([
      "4: Expected '2023/07', like most dates of the list, instead of '2023.07' (date)",
    ]);
  });
});

describe('entry-format: labels and separators', () => {
  it('reports a label spelled differently from the majority of the same label and respells it', () => {
    const markdown = [
      paper(1),
      paper(2),
      paper(3),
      '- Paper Title Four, arxiv 2023/04, [[Paper]](https://arxiv.org/abs/2304.20004)',
    ].join('\n');
    const findings = check(markdown);
    expect(findings.map((f) => `${f.span.start.line}: ${f.message}`)).toEqual([
      "4: Expected link label '[paper]', like most entries, instead of '[Paper]' (label)",
    ]);
    expect(applyFixes(markdown, findings).split('\n')[3]).toContain(
      '[[paper]](https://arxiv.org/abs/2304.20004)',
    );
  });

  it('reports the minority separator between links and fixes it', () => {
    const code = (n: number) => `[[code]](https://github.com/o/r${n})`;
    const markdown = [1, 2, 3, 4].map((n) => `${paper(n)}${n === 4 ? '' : ', '}${code(n)}`).join('\n');
    const findings = check(markdown);
    expect(findings.map((f) => f.message)).toEqual([
      "Expected ', ' between links, like most entries, instead of nothing after '[paper]' (separator)",
    ]);
    expect(applyFixes(markdown, findings).split('\n')[3]).toContain(
      '(https://arxiv.org/abs/2305.10004), [[code]]',
    );
  });
  it('compares separators as Markdown shows them and fixes with the spelling most entries use', () => {
    const code = (n: number) => `[[code]](https://github.com/o/r${n})`;
    const gaps = ['  ', '  ', '   ', ', ', '  '];
    const markdown = gaps.map((gap, i) => `${paper(i)}${gap}${code(i)}`).join('\n');
    const findings = check(markdown);
    expect(findings.map((f) => `${f.span.start.line}: ${f.message}`)).toEqual([
      "4: Expected a space between links, like most entries, instead of ', ' after '[paper]' (separator)",
    ]);
    expect(applyFixes(markdown, findings).split('\n')[3]).toContain('2305.10003)  [[code]]');
  });
});

describe('entry-format: entries without link or title', () => {
  it('reports an entry without a link when most entries have one', () => {
    const markdown = [paper(1), paper(2), '- Paper Title Three, RecSys 2023', paper(4), paper(5)].join('\n');
    expect(messages(markdown)).toEqual(['3: Expected a link, as most entries have (no-link)']);
  });

  it('leaves a section whose entries carry no links alone (a legend above the papers)', () => {
    const legend = [
      '## Criteria',
      ...[2016, 2015, 2014, 2013, 2012].map((year) => `- **${year}** : +60 citations`),
    ];
    const papers = ['## Papers', ...Array.from({ length: 8 }, (_, i) => paper(i))];
    expect(messages([...legend, ...papers].join('\n')).filter((m) => m.endsWith('(no-link)'))).toEqual([]);
  });

  it('reads a link whose text is a title as the title: a field label before it is no missing title', () => {
    const markdown = [
      '## Instruction tuning',
      '- paper: [Crosslingual Generalization through Multitask Finetuning](https://arxiv.org/abs/2211.01786)',
      '- Paper - [ProsocialDialog: A Prosocial Backbone for Conversational Agents](https://arxiv.org/abs/2205.12688)',
      '- [paper](https://arxiv.org/abs/2212.10561)',
      '- [[Code]](https://github.com/example/data)',
    ].join('\n');
    expect(messages(markdown).filter((m) => m.includes('(empty-title)'))).toEqual([
      '4: Expected a title besides the links (empty-title)',
      '5: Expected a title besides the links (empty-title)',
    ]);
  });

  it('stays quiet in a list where entries carry no links', () => {
    const markdown = Array.from({ length: 4 }, (_, i) => `- Paper Title ${i}. RecSys 202${i}`).join('\n');
    expect(messages(markdown)).toEqual([]);
  });
});

describe('entry-format: broken link syntax', () => {
  // The defect shapes of awesome-selfhosted's fixes 081–085 (own text, that list is CC-BY-SA), in a paper list.
  const inPaperList = (line: string) => [paper(1), paper(2), line].join('\n');

  it('reports and fixes a space between link text and URL (fix-081 shape)', () => {
    const markdown = inPaperList(
      '- [Toolkit] (https://example.org/toolkit) - A toolkit, arxiv 2023/03, [[paper]](https://arxiv.org/abs/2303.10003)',
    );
    const findings = check(markdown);
    expect(findings.map((f) => f.message)).toEqual([
      "Expected no space between ']' and '(' in '[Toolkit] (' (link-syntax)",
    ]);
    expect(applyFixes(markdown, findings)).toContain('- [Toolkit](https://example.org/toolkit) - A toolkit');
  });

  it("reports and fixes a missing '(' (fix-082 shape)", () => {
    const markdown = inPaperList(
      '- A platform by [example.org]https://www.example.org/), arxiv 2023/03, [[paper]](https://arxiv.org/abs/2303.10003)',
    );
    const findings = check(markdown);
    expect(findings.map((f) => f.message)).toEqual([
      "Expected '(' between ']' and the URL after '[example.org]' (link-syntax)",
    ]);
    expect(applyFixes(markdown, findings)).toContain('[example.org](https://www.example.org/)');
  });

  it("reports a missing ')' after a URL", () => {
    expect(
      messages(
        inPaperList(
          '- Paper Title Three, arxiv 2023/03, [[paper]](https://arxiv.org/abs/2303.10003 and more',
        ),
      ),
    ).toEqual([
      "3: Expected ')' after the URL in '[[paper]](https://arxiv.org/abs/2303.10003' (link-syntax)",
    ]);
  });

  it('reports unbalanced parentheses (fixes 083–085 shapes)', () => {
    const cases: [string, string][] = [
      [
        '- Paper Three, arxiv 2023/03, a system. ([Demo](https://example.org/demo)), [Source Code](https://github.com/o/r)) `Go`',
        "Expected '(' to open the ')' in 'Code]…)' (link-syntax)",
      ],
      [
        '- Paper Three, arxiv 2023/03, a server. ([Source Code](https://github.com/o/r) `PHP`',
        "Expected ')' to close the '(' in '([Source' (link-syntax)",
      ],
      [
        '- Paper Three, arxiv 2023/03, a shop. [Source Code](https://github.com/o/r)) `Python`',
        "Expected '(' to open the ')' in 'Code]…)' (link-syntax)",
      ],
    ];
    for (const [line, message] of cases) expect(messages(inPaperList(line))).toEqual([`3: ${message}`]);
  });

  it('leaves balanced parentheses inside URLs and text alone', () => {
    const markdown = inPaperList(
      '- Paper (Extended), arxiv 2023/03, [[paper]](https://en.wikipedia.org/wiki/Foo_(bar)) (see `a)b`)',
    );
    expect(messages(markdown)).toEqual([]);
  });
  it('leaves a URL followed by a space before its closing parenthesis alone', () => {
    expect(
      messages(
        inPaperList('- Paper Title Three, arxiv 2023/03, [[pdf]](https://arxiv.org/pdf/2303.10003.pdf )'),
      ),
    ).toEqual([]);
  });

  it('reads parentheses inside link text as prose and numbering as no parenthesis', () => {
    const lines = [
      '- Paper Three, arxiv 2023/03, [Beyond the 5 stars (Part 1](https://example.org/p1) ([Part 2](https://example.org/p2))',
      '- Paper Three, arxiv 2023/03, we add 1) a model and 2) a dataset, [[paper]](https://arxiv.org/abs/2303.10003)',
    ];
    for (const line of lines) expect(messages(inPaperList(line))).toEqual([]);
    const table = [
      '| Paper | Links |',
      '| --- | --- |',
      '| 4) **MusicGen** - a simple model (text to music) | [Paper](https://arxiv.org/abs/2306.05284), [Tweet](https://x.com/a/status/1) |',
      '| 5) **Segment Anything** - a promptable model | [Paper](https://arxiv.org/abs/2304.02643), [Tweet](https://x.com/a/status/2) |',
    ].join('\n');
    expect(listOf(table).entries).toHaveLength(2);
    expect(messages(table)).toEqual([]);
  });

  it('reports only the first unbalanced bracket of an entry', () => {
    expect(
      messages(
        inPaperList(
          '38. [Network Experimentation at Scale](https://example.org/n)([Paper](https://arxiv.org/abs/2012.08591)] `2021`',
        ),
      ),
    ).toEqual(["3: Expected '[' to open the ']' in 'Scale]…([Paper]…]' (link-syntax)"]);
  });
});

describe('entry-format: options and nesting', () => {
  it('turns each sub-check off by its name', () => {
    const markdown = [
      paper(1),
      paper(2),
      '- Paper  Title Three, arxiv 2023/3, [[Paper]](https://arxiv.org/abs/2303.20003)',
      paper(4),
      paper(5),
    ].join('\n');
    expect(messages(markdown).length).toBe(3);
    expect(messages(markdown, { whitespace: false, date: false, label: false })).toEqual([]);
  });

  it('checks a parent entry only up to its first nested entry', () => {
    const markdown = [
      '- Parent Paper Title, arxiv 2023/01, [[paper]](https://arxiv.org/abs/2301.10001)',
      '  - Child  Paper Title One, arxiv 2023/02, [[paper]](https://arxiv.org/abs/2302.10002)',
      '  - Child Paper Title Two, arxiv 2023/03, [[paper]](https://arxiv.org/abs/2303.10003)',
      paper(4),
      paper(5),
    ].join('\n');
    expect(messages(markdown)).toEqual(["2: Expected one space in 'Child  Paper' (whitespace)"]);
  });

  // Speed is `npm run bench`'s job; this checks that a long list of well-formed entries yields nothing.
  it('finds nothing wrong in a 3,000-entry list of well-formed entries', () => {
    const source = Array.from({ length: 3_000 }, (_, i) => paper(i)).join('\n');
    const list = listOf(source);
    expect(list.entries.length).toBe(3_000);
    expect(entryFormat.check(list, entryFormat.defaults, ON_TODAY)).toEqual([]);
  });
});

const formatRecords = fixRecords((record) => record.kind === 'format');

/** Format defects in lists that are not paper lists (awesome-selfhosted): no entries, so no entry rule runs there. */
const OUTSIDE_ENTRY_MODEL = new Set(['fix-081', 'fix-082', 'fix-083', 'fix-084', 'fix-085']);

describe.skipIf(formatRecords.length === 0)('entry-format on fixes.jsonl format defects', () => {
  for (const record of formatRecords) {
    it(`${record.id} ${record.subkind}`, () => {
      const source = beforeText(record);
      const lines = source.split('\n');
      expect(lines[record.line_parent - 1]).toBe(record.before);
      const flaggedAt = (text: string) =>
        check(text)
          .filter((f) => /\((link-syntax|fullwidth)\)$/.test(f.message))
          .some((f) => f.span.start.line <= record.line_parent && record.line_parent <= f.span.end.line);
      if (OUTSIDE_ENTRY_MODEL.has(record.id)) {
        expect(flaggedAt(source)).toBe(false);
        return;
      }
      expect(flaggedAt(source)).toBe(true);
      lines[record.line_parent - 1] = record.after ?? '';
      expect(flaggedAt(lines.join('\n'))).toBe(false);
    });
  }
});

describe('entry-format: one defect, one finding', () => {
  it('reports the full-width brackets of one aside once, with one fix', () => {
    const aside = (n: number) =>
      paper(n, `(Workshop), arxiv 2023/0${n}, [[paper]](https://arxiv.org/abs/2305.1000${n})`);
    const markdown = [
      aside(1),
      aside(2),
      aside(3),
      aside(4),
      '- Paper Title Number 5, （Workshop）, arxiv 2023/05, [[paper]](https://arxiv.org/abs/2305.10005)',
    ].join('\n');
    const findings = check(markdown);
    expect(findings.map((f) => `${f.span.start.line}: ${f.message}`)).toEqual([
      "5: Expected ASCII punctuation instead of full-width in '（Workshop）,' (fullwidth)",
    ]);
    expect(applyFixes(markdown, findings).split('\n')[4]).toBe(
      '- Paper Title Number 5, (Workshop), arxiv 2023/05, [[paper]](https://arxiv.org/abs/2305.10005)',
    );
  });

  it('leaves a label’s case to the fix of the broken link it stands in', () => {
    const markdown = [
      paper(1),
      paper(2),
      paper(3),
      '- Paper Title Number 4, arxiv 2023/04, [[Paper]] (https://arxiv.org/abs/2305.10004)',
    ].join('\n');
    expect(messages(markdown).filter((m) => m.startsWith('4:'))).toHaveLength(1);
  });
});
