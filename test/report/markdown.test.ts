import fc from 'fast-check';
import type { Root } from 'mdast';
import { toString as plainText } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, formatReport } from '../../src/report/index.js';
import { emptyReport, report, reportWith } from './sample.js';

const options = { color: false, cwd: '/work/list' };
const ZWJ = '\u200d';

describe('markdown', () => {
  it('prints the counts, the link summary and one table row per finding', () => {
    expect(formatReport(report, 'markdown', options)).toBe(
      [
        '**paperlint** found 3 problems (1 error, 1 warning, 1 info) in 2 files (180 entries).',
        '',
        'Links: 10 checked, 8 alive, 1 dead, 1 unverified.',
        '',
        '| Severity | Rule | Location | Message |',
        '| --- | --- | --- | --- |',
        '| \u26a0\ufe0f warning | `duplicate-entry` | README.md:12:1 | Duplicate entry: same arXiv id as line 30 |',
        "| \u274c error | `arxiv-url` | README.md:86:60 | Malformed arXiv link: unknown path 'abd' |",
        '| \u2139\ufe0f info | `dead-link` | docs/more papers.md:3:5 | Link answered 404 Not Found |',
        '',
      ].join('\n'),
    );
  });

  it('says so when there is nothing to report', () => {
    expect(formatReport(emptyReport, 'markdown', options)).toBe(
      '**paperlint** found no problems in 1 file (1 entry).\n',
    );
  });

  it('links locations when asked, with a destination that cannot break the cell', () => {
    const linkTo = (file: string, line: number) => `https://github.com/o/r/blob/abc/${file}#L${line}`;
    const text = formatReport(report, 'markdown', { ...options, linkTo });
    expect(text).toContain('| [README.md:86:60](https://github.com/o/r/blob/abc/README.md#L86) |');
    expect(text).toContain(
      '| [docs/more papers.md:3:5](https://github.com/o/r/blob/abc/docs/more%20papers.md#L3) |',
    );
    const odd = formatReport(reportWith('m', 'a|(b)_c.md'), 'markdown', { ...options, linkTo });
    expect(odd).toContain('| [a\\|(b)\\_c.md:86:60](https://github.com/o/r/blob/abc/a%7C%28b%29_c.md#L86) |');
  });

  it('escapes messages so that every row stays one row with four cells', () => {
    const text = formatReport(
      reportWith('a | b\nc `d` <script>alert(1)</script> @user'),
      'markdown',
      options,
    );
    const row = text.trimEnd().split('\n').at(-1)!;
    expect(row).toBe(
      `| \u274c error | \`arxiv-url\` | README.md:86:60 | a \\| b<br>c \\\`d\\\` &lt;script&gt;alert(1)&lt;/script&gt; @${ZWJ}user |`,
    );
    expect(row.split(/(?<!\\)\|/)).toHaveLength(6);
  });
});

describe('markdown maxLength', () => {
  const many = {
    ...report,
    findings: Array.from({ length: 100 }, (_, i) => ({
      ...report.findings[0],
      line: i + 1,
      message: `problem ${i}`,
    })),
  };

  it('stops adding rows before the limit and says how many were left out', () => {
    for (const maxLength of [600, 2000, 5000]) {
      const text = formatReport(many, 'markdown', { ...options, maxLength });
      expect(text.length).toBeLessThanOrEqual(maxLength);
      const shown = text.split('\n').filter((line) => line.startsWith('| \u274c')).length;
      expect(shown).toBeGreaterThan(0);
      expect(text.endsWith(`\n\n_${100 - shown} more findings not shown._\n`)).toBe(true);
    }
  });

  it('shows every row when they fit', () => {
    const text = formatReport(many, 'markdown', { ...options, maxLength: 65536 });
    expect(text).toBe(formatReport(many, 'markdown', options));
    expect(text).not.toContain('not shown');
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['pipes', 'a|b', 'a\\|b'],
    ['backticks', '`code`', '\\`code\\`'],
    ['HTML', '<script>x</script>', '&lt;script&gt;x&lt;/script&gt;'],
    ['ampersands first', '&lt; & >', '&amp;lt; &amp; &gt;'],
    ['mentions', '@octocat and @org/team', `@${ZWJ}octocat and @${ZWJ}org/team`],
    ['issue references', 'see #123', `see #${ZWJ}123`],
    ['an e-mail-like @ stays readable', 'a@b.org', `a@${ZWJ}b.org`],
    ['a lone @ or #', '@ # 100%', '@ # 100%'],
    ['links', '[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
    ['images', '![x](y)', '!\\[x\\](y)'],
    ['emphasis', '*a* _b_ **c** ~~d~~', '\\*a\\* \\_b\\_ \\*\\*c\\*\\* \\~\\~d\\~\\~'],
    ['backslashes', 'a\\|b', 'a\\\\\\|b'],
    ['newlines', 'a\nb\r\nc\rd', 'a<br>b<br>c<br>d'],
    ['plain text unchanged', 'Malformed arXiv link: 2023.05', 'Malformed arXiv link: 2023.05'],
  ])('%s', (_name, input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe('escapeMarkdown under a real GFM parser', () => {
  const processor = unified().use(remarkParse).use(remarkGfm);
  const alphabet = [...'ab Z09|`*_~[]()<>&@#!\\\n\r:/.-=+\'"{}$%^;?,'];
  const FORBIDDEN = new Set([
    'emphasis',
    'strong',
    'delete',
    'inlineCode',
    'image',
    'imageReference',
    'linkReference',
    'footnoteReference',
    'break',
  ]);

  /** Parses a one-row table whose second cell holds `escaped` and returns that cell. */
  function cellOf(escaped: string) {
    const tree = processor.parse(`| a | b |\n| --- | --- |\n| x | ${escaped} |\n`) as Root;
    const table = tree.children[0];
    if (table?.type !== 'table') throw new Error(`not a table: ${table?.type}`);
    expect(table.children).toHaveLength(2);
    expect(table.children[1].children).toHaveLength(2);
    return table.children[1].children[1];
  }

  it('keeps any text inside one cell, as plain text that reads the same', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
        const input = chars.join('');
        const cell = cellOf(escapeMarkdown(input));
        visit(cell, (node) => {
          expect(FORBIDDEN.has(node.type), `${node.type} in ${JSON.stringify(input)}`).toBe(false);
          if (node.type === 'html') expect(node.value).toBe('<br>');
        });
        // Line breaks become <br> (html, left out here); the cell's outer whitespace is not content.
        const shown = plainText(cell, { includeHtml: false }).replaceAll(ZWJ, '').trim();
        expect(shown).toBe(input.replace(/\r\n|\r|\n/g, '').trim());
      }),
      { numRuns: 500 },
    );
  });
});
