// parseDocument must give remark's tree exactly (positions included) while reading most sections itself.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { generateList } from '../../bench/generate.js';
import { lintText } from '../../src/lint.js';
import { parseDocument, parseMarkdown, stripBom } from '../../src/parse/index.js';
import { readSimpleSection } from '../../src/parse/simple-section.js';
import { CORPUS, hasCorpus } from '../helpers/shared.js';

const corpusLists = hasCorpus
  ? readdirSync(path.join(CORPUS, 'lists'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => [name, stripBom(readFileSync(path.join(CORPUS, 'lists', name), 'utf8'))] as const)
  : [];
const fixtureDir = path.resolve(import.meta.dirname, '../fixtures/lists');
const fixtureLists = readdirSync(fixtureDir).map(
  (name) => [name, stripBom(readFileSync(path.join(fixtureDir, name), 'utf8'))] as const,
);

/** The share of the document's bytes that readSimpleSection takes (the rest goes to remark). */
function simpleShare(source: string): number {
  const starts = [0, ...Array.from(source.matchAll(/^#{1,6}(?:[ \t]|$)/gm), (m) => m.index).filter(Boolean)];
  let simple = 0;
  starts.forEach((start, k) => {
    const end = starts[k + 1] ?? source.length;
    if (readSimpleSection(source, start, end, 1)) simple += end - start;
  });
  return simple / source.length;
}

describe('parseDocument', () => {
  it.skipIf(!hasCorpus).each(corpusLists)('gives remark’s tree for corpus list %s', (_name, source) => {
    expect(parseDocument(source)).toEqual(parseMarkdown(source));
  });

  it.each(fixtureLists)('gives remark’s tree for fixture list %s', (_name, source) => {
    expect(parseDocument(source)).toEqual(parseMarkdown(source));
  });

  it('gives remark’s tree for the generated list of the bench, reading all of it itself', () => {
    const source = generateList(3000);
    expect(simpleShare(source)).toBe(1);
    expect(parseDocument(source)).toEqual(parseMarkdown(source));
  });

  it.skipIf(!hasCorpus)('reads most of a large awesome list itself', () => {
    const source = corpusLists.find(([name]) => name.startsWith('awesome-selfhosted'))![1];
    expect(simpleShare(source)).toBeGreaterThan(0.6);
  });

  it.each([
    ['an unclosed fence that takes the headings after it', '# A\n\n- a\n\n```\n# B\n\n- b\n# C\n- c\n'],
    ['an HTML block that takes the heading after it', '# A\n\n<div>\n# B\n- b\n\n# C\n\n- c\n'],
    ['a comment over two sections', '# A\n<!--\n# B\n- b\n-->\n# C\n- c\n'],
    ['a fence in a list item', '# A\n- ```\n# B\n- b\n'],
    ['a setext underline', '# A\n\nText\n---\n# B\n- b\n'],
    ['a definition far from its reference', '# A\n- [x]\n# B\n- b\n\n[x]: https://a.org\n'],
    ['a loose list', '# A\n- a\n\n- b\n# B\n- c\n'],
    ['a lazy line', '# A\n- a\nb\n# B\n- c\n'],
    ['an empty document', ''],
    ['blank lines only', '\n\n  \n'],
    ['no final newline', '# A\n- [a](b)'],
    ['emphasis around a line', '# A\n\n**[`x`](#a)**\n\n_See: [a](b), [c](d)_\n\n---\n\n- **a** b\n'],
  ])('gives remark’s tree for %s', (_name, source) => {
    expect(parseDocument(source)).toEqual(parseMarkdown(source));
  });

  it.each([
    ['links', `- x ${'[a](b) '.repeat(40_000)}x\n`],
    ['emphasis pairs', `- x ${'**a** '.repeat(40_000)}x\n`],
    ['openers before links', `- x${'['.repeat(40_000)}${'[a](b)'.repeat(40_000)}\n`],
    ['code spans before brackets', `- x${'`a`'.repeat(40_000)}${']'.repeat(40_000)}\n`],
  ])('reads a line of 40,000 %s in linear time', (_name, source) => {
    const start = performance.now();
    expect(readSimpleSection(source, 0, source.length, 1)).toBeDefined();
    // Quadratic work on this line takes tens of seconds.
    expect(performance.now() - start).toBeLessThan(5000);
  });

  // Documents mostly of the pieces the simple reader takes, with now and then one it must decline.
  const taken = fc.constantFrom(
    '![a](b.png)',
    '[![b](c)](d)',
    '![x [y] z](u)',
    '![`c`](u)',
    '![](u)',
    '![[a](b)](c)',
    '*',
    '**',
    '***',
    '**a**',
    '*b*',
    'x**y',
    "(*NeurIPS'23*)",
    '**Title**: ',
    '**[a](b)**',
    '[**a**](b)',
    '[a **b](c)** d',
    '**`c`**',
    '(*',
    '*.',
    '🔎',
    'Title',
    ' ',
    'a, b',
    ': ',
    '(',
    ')',
    '[',
    ']',
    'x]',
    '#',
    '.',
    '-',
    '=',
    '+',
    '|',
    '!',
    '⚠',
    'R&D',
    '2023/05',
    '[paper](https://arxiv.org/abs/2301.00001)',
    '[[code]](https://github.com/a/b_c)',
    '[a [b] c](d)',
    '[a](b)[c](d)',
    '`MIT`',
    '` a `',
    '``',
    '`',
  );
  const declined = fc.constantFrom(
    '[x](<a b>)',
    '[x](a "t")',
    '[x](a(b))',
    '[x]()',
    '_',
    '~',
    '\\',
    '<b>',
    '&amp;',
    'https://x.org',
    'www.x.org',
    'a@b.org',
    '[^1]',
    '\u00a0',
    '\t',
    '  ',
    '`a]`',
    '[x] ',
    '1. ',
    '* ',
  );
  const content = fc
    .array(fc.oneof({ weight: 12, arbitrary: taken }, { weight: 1, arbitrary: declined }), { maxLength: 7 })
    .map((parts) => parts.join(''));
  const line = fc.oneof(
    { weight: 6, arbitrary: content.map((text) => `- ${text}`) },
    content.map((text) => `* ${text}`),
    content.map((text) => `+ ${text}`),
    {
      weight: 3,
      arbitrary: fc
        .tuple(
          fc.constantFrom('1. ', '2. ', '1) ', '01. ', '-   ', '*  ', '-     ', '3.    ', '1234567890. '),
          content,
        )
        .map(([marker, text]) => marker + text),
    },
    { weight: 2, arbitrary: content.map((text) => `## ${text}`) },
    content.map((text) => `# ${text}`),
    content.map((text) => `**${text}**`),
    content.map((text) => `_${text}_`),
    content.map((text) => `*${text}*`),
    content,
    { weight: 3, arbitrary: fc.constantFrom('', ' ') },
    fc.constantFrom(
      '---',
      '***',
      '  - nested',
      '1. one',
      '> quote',
      '```',
      '<div>',
      '<!--',
      '-->',
      '|-|-|',
      '===',
      '##',
    ),
  );
  const document = fc.array(line, { maxLength: 14 }).map((lines) => `${lines.join('\n')}\n`);

  it('gives remark’s tree for generated documents', () => {
    fc.assert(
      fc.property(document, (source) => {
        expect(parseDocument(source)).toEqual(parseMarkdown(source));
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});

describe.skipIf(!hasCorpus)('lintText on parseDocument', () => {
  const today = new Date('2026-06-30T00:00:00Z');
  /** lintText as it was before parseDocument: remark reads the whole document. */
  let remarkOnly: typeof lintText;
  let remarkParses = 0;
  beforeAll(async () => {
    vi.resetModules();
    vi.doMock('../../src/parse/document.js', () => ({
      parseDocument: (source: string) => {
        remarkParses++;
        return parseMarkdown(source);
      },
    }));
    remarkOnly = (await import('../../src/lint.js')).lintText;
    vi.doUnmock('../../src/parse/document.js');
  });

  it.each([...corpusLists, ['generated', generateList(2000)] as const])(
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
