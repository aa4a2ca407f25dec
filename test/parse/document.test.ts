// parseDocument must give remark's tree exactly (positions included) while reading most sections itself.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { generateList, SHAPES } from '../../bench/generate.js';
import { lintText } from '../../src/lint.js';
import { readBlocks } from '../../src/parse/blocks.js';
import { blockStarts } from '../../src/parse/document.js';
import { parseDocument, parseMarkdown, stripBom } from '../../src/parse/index.js';
import { CORPUS, hasCorpus } from '../helpers/shared.js';
import { documents } from './documents.js';

const corpusLists = hasCorpus
  ? readdirSync(path.join(CORPUS, 'lists'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => [name, stripBom(readFileSync(path.join(CORPUS, 'lists', name), 'utf8'))] as const)
  : [];
const fixtureDir = path.resolve(import.meta.dirname, '../fixtures/lists');
const fixtureLists = readdirSync(fixtureDir).map(
  (name) => [name, stripBom(readFileSync(path.join(fixtureDir, name), 'utf8'))] as const,
);

/**
 * The share of the document's bytes that readBlocks takes (the rest goes to remark), the pieces holding
 * definitions (`]:`) left out: remark reads those by design.
 */
function simpleShare(source: string): number {
  const starts = blockStarts(source);
  let simple = 0;
  let total = 0;
  starts.forEach((start, k) => {
    const end = starts[k + 1] ?? source.length;
    if (source.slice(start, end).includes(']:')) return;
    total += end - start;
    if (readBlocks(source, start, end, 1)) simple += end - start;
  });
  return total === 0 ? 1 : simple / total;
}

describe('parseDocument', () => {
  it.skipIf(!hasCorpus).each(corpusLists)('gives remark’s tree for corpus list %s', (_name, source) => {
    expect(parseDocument(source)).toStrictEqual(parseMarkdown(source));
  });

  it.each(fixtureLists)('gives remark’s tree for fixture list %s', (_name, source) => {
    expect(parseDocument(source)).toStrictEqual(parseMarkdown(source));
  });

  it.each(SHAPES)(
    'gives remark’s tree for the bench’s generated list in %s, reading all of it itself',
    (shape) => {
      // 600 entries: two sections (one every 500) and numbers that start again at 1, as in 20,000.
      const source = generateList(600, shape);
      expect(simpleShare(source)).toBe(1);
      expect(parseDocument(source)).toStrictEqual(parseMarkdown(source));
    },
  );

  it.skipIf(!hasCorpus)('reads most of a large awesome list itself', () => {
    const source = corpusLists.find(([name]) => name.startsWith('awesome-selfhosted'))![1];
    expect(simpleShare(source)).toBeGreaterThan(0.9);
  });

  it.skipIf(!hasCorpus).each([
    ['RUCAIBox', 0.9],
    ['eugeneyan', 0.9],
    ['WLiK', 0.5],
    ['enoche', 0.5],
  ])('reads most of %s (tables, nested lists, HTML) itself', (prefix, share) => {
    const source = corpusLists.find(([name]) => name.startsWith(prefix))![1];
    expect(simpleShare(source)).toBeGreaterThan(share);
  });

  it.each([
    ['a table', '| a | b |\n|:-|--:|\n| x \\| y | `c\\|d` |\n| only |\n| 1 | 2 | 3 |\nno pipe\n'],
    ['a table with empty cells and trailing spaces', '| a ||\n|-|-|\n| x |  |  \n'],
    ['a table without outer pipes', 'x | y\n--|--\n1|2\n'],
    ['nested lists', '* a\n   * b\n      * c\n      * d\n   * e\n* f\n'],
    ['nested lists indented with tabs', '- a\n\t- b\n\t\t- c\n\t  more\n\t- d\n- e\n'],
    ['a loose list', '- a\n\n- b\n\n\nfoo\n'],
    ['an item of two paragraphs', '- a\n\n  b\n- c\n'],
    ['lazy lines', '- a\nb\n> c\nd\n'],
    ['a paragraph over lines, with breaks', 'a  \nb\\\nc \n   [x](y) \nfoo\n'],
    ['HTML blocks', '<details><summary>x</summary>\n<p>\n\n<!-- a\nb -->\n<img src="a">\n\n</details>\n'],
    ['inline HTML', '**Title**<br>A. Author, <b>NeurIPS</b> <img src="x.png" width="20">\n'],
    [
      'a heading per paper',
      '### Title one\n\n- [paper](https://arxiv.org/abs/2301.00001)\n\n### Title two\nText _x_ __y__.\n',
    ],
    [
      'GFM autolink literals',
      '| a | b |\n|-|-|\n| www.x.org, me@x.org | [[Link(https://arxiv.org/abs/2504.16454) |\n\n- (https://a.b/c_(d)).\n',
    ],
    ['headings with closing sequences and setext underlines', '#### Review ####\n\nTask\n----\n\n# #\n'],
    ['links with titles and parentheses', '- [[paper]]((http://a.org/x)) [a](b "t") [c](d(e) ) [](f)\n'],
    ['an unclosed code span before lines of a quote', '> a `b\n> [c](d)  \n> e\n'],
    ['a footnote call and a [bracket] in a document with footnotes', '- a [^1] [b] c\n\n[^1]: A note.\n'],
    [
      'emphasis that does not pair off in order (terryum, enoche)',
      '2. (usually from *More Papers from 2016" section)\n\n***code first***: _messy_ **a *b** c*\n',
    ],
    ['runs the rule of three keeps apart, then pairs among themselves', '___x*y*****a**\\*___ a*_b_*\n'],
    ['one tilde (terryum)', '*(~2014)*\n- **~2012** : *Old Papers*\n'],
    [
      'fenced code, with a blank line and a heading inside',
      '# Cite\n\n```bibtex x\n@article{a,\n\ttitle={A}}\n\n# b\n```\n\n- ~~~\n  c\n\n  ~~~\n',
    ],
  ])('gives remark’s tree for %s, reading it itself', (_name, source) => {
    expect(simpleShare(source)).toBe(1);
    expect(parseDocument(source)).toStrictEqual(parseMarkdown(source));
  });

  it.each([
    ['an unclosed fence that takes the headings after it', '# A\n\n- a\n\n```\n# B\n\n- b\n# C\n- c\n'],
    ['an HTML block that takes the heading after it', '# A\n\n<div>\n# B\n- b\n\n# C\n\n- c\n'],
    ['a comment over two sections', '# A\n<!--\n# B\n- b\n-->\n# C\n- c\n'],
    ['a fence in a list item', '# A\n- ```\n# B\n- b\n'],
    ['a setext underline', '# A\n\nText\n---\n# B\n- b\n'],
    ['a definition far from its reference', '# A\n- [x]\n# B\n- b\n\n[x]: https://a.org\n'],
    ['a definition in a list item', '# A\n- [x]\n# B\n- b\n\n  [x]: https://a.org\n'],
    ['definitions before an indented first line', '    code [x]\n\n[x]: https://a.org\n[^1]: b\n'],
    ['a definition in a comment cut by a blank line', '<!--\n\n[x]: https://a.org\n-->\n\n- [x] [y](z)\n'],
    ['a loose list', '# A\n- a\n\n- b\n# B\n- c\n'],
    ['a lazy line', '# A\n- a\nb\n# B\n- c\n'],
    ['an empty document', ''],
    ['blank lines only', '\n\n  \n'],
    ['no final newline', '# A\n- [a](b)'],
    // Found by random documents: each once differed from remark.
    ['a list interrupting a paragraph, inline HTML last', 'x\n1) 2. a\n1) # <!-- c -->\n## y\n'],
    ['a list interrupting a paragraph, a fence taking the heading after it', 'x\n1) 2. a\n```\n# B\n- b\n'],
    ['an escaped pipe ending a row', '|.\\|\n|-|\n'],
    ['a thematic break with tabs', '**\t**\n- a\n'],
    ['a lone HTML tag after a table', '| a |\n|-|\n| `c`\n<br>\n\nx é]*a__<br>\n'],
    ['emphasis around a line', '# A\n\n**[`x`](#a)**\n\n_See: [a](b), [c](d)_\n\n---\n\n- **a** b\n'],
  ])('gives remark’s tree for %s', (_name, source) => {
    expect(parseDocument(source)).toStrictEqual(parseMarkdown(source));
  });

  it.each([
    ['links', `- x ${'[a](b) '.repeat(40_000)}x\n`],
    ['emphasis pairs', `- x ${'**a** '.repeat(40_000)}x\n`],
    ['openers before links', `- x${'['.repeat(40_000)}${'[a](b)'.repeat(40_000)}\n`],
    ['code spans before brackets', `- x${'`a`'.repeat(40_000)}${']'.repeat(40_000)}\n`],
  ])('reads a line of 40,000 %s in linear time', (_name, source) => {
    const start = performance.now();
    expect(readBlocks(source, 0, source.length, 1)).toBeDefined();
    // Quadratic work on this line takes tens of seconds.
    expect(performance.now() - start).toBeLessThan(5000);
  });

  it('gives remark’s tree for generated documents', () => {
    fc.assert(
      fc.property(documents, (source) => {
        expect(parseDocument(source)).toStrictEqual(parseMarkdown(source));
      }),
      { numRuns: 1000, seed: 15 },
    );
  }, 120_000);
});

// lintText's findings are a function of the tree and the source, and parseDocument gives remark's tree (strictly
// equal) on every corpus and fixture list above: the corpus lists under 50 KB (half of them, with findings of
// their own) are enough to prove that lintText reads through parseDocument, once, and reports what remark's own
// parse reports. Linting the large ones twice more here doubled this file's time; test/corpus/ lints them all.
const smallLists = corpusLists.filter(([, source]) => source.length < 50_000);

describe.skipIf(!hasCorpus)('lintText on parseDocument', () => {
  const today = new Date('2026-06-30T00:00:00Z');
  /** lintText as it was before parseDocument: remark reads the whole document. */
  let remarkOnly: typeof lintText;
  let remarkParses = 0;
  beforeAll(async () => {
    vi.resetModules();
    vi.doMock('../../src/parse/document.js', async (importOriginal) => ({
      ...(await importOriginal<typeof import('../../src/parse/document.js')>()),
      parseDocument: (source: string) => {
        remarkParses++;
        return parseMarkdown(source);
      },
    }));
    remarkOnly = (await import('../../src/lint.js')).lintText;
    vi.doUnmock('../../src/parse/document.js');
  });

  it.each([...smallLists, ['generated', generateList(500)] as const])(
    'reports what remark’s own parse reports on %s',
    (name, source) => {
      const parses = remarkParses;
      expect(lintText(source, name, { today }).findings).toEqual(
        remarkOnly(source, name, { today }).findings,
      );
      expect(remarkParses).toBe(parses + 1);
    },
    120_000,
  );
});

describe('hostile sizes', () => {
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };

  it('lints one paragraph of 10,000 and 40,000 lines in linear time', () => {
    const paragraph = (lines: number) =>
      `${Array.from({ length: lines }, (_, i) => `word ${i} | more text and [a link](https://example.org/${i})`).join('\n')}\n`;
    const cost = (lines: number) => {
      const text = paragraph(lines);
      const start = cpuMs();
      lintText(text, 'long.md');
      return cpuMs() - start;
    };
    cost(2000);
    // The faster of two runs of each size: one garbage collection of the earlier tests' heap once made it 8.5.
    const small = Math.min(cost(10_000), cost(10_000));
    const large = Math.min(cost(40_000), cost(40_000));
    // Four times the lines: micromark's table check made it sixteen times the time (4 s, then 63 s).
    expect(large / small).toBeLessThan(8);
  }, 120_000);

  it('refuses a line of 50 MB with one line instead of running out of memory', () => {
    const text = `# List\n\n- ${'[a](b) '.repeat(7_200_000)}\n`;
    expect(() => lintText(text, 'huge.md')).toThrow(
      'huge.md: line 3 is 50,400,002 characters long; paperlint reads lines of up to 10,000,000',
    );
  });
});
