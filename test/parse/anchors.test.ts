import { describe, expect, it } from 'vitest';
import { documentAnchors } from '../../src/parse/anchors.js';
import { parseMarkdown } from '../../src/parse/index.js';

const read = (markdown: string) => documentAnchors(parseMarkdown(markdown), markdown);

describe('documentAnchors', () => {
  it('gives headings GitHub’s anchors: lower case, punctuation and emoji dropped, repeats numbered', () => {
    const { headings, anchors } = read(
      [
        '# Hello World',
        '## Hello World',
        '## Hello World',
        '## Q&A / C++',
        '## 🚀 Quick start',
        '## Installation 📦',
        '## 中文 标题',
        '## `code` and **bold** [link](https://x.org)',
      ].join('\n'),
    );
    expect(headings.map((h) => h.slug)).toEqual([
      'hello-world',
      'hello-world-1',
      'hello-world-2',
      'qa--c',
      '-quick-start',
      'installation-',
      '中文-标题',
      'code-and-bold-link',
    ]);
    expect(headings.map((h) => h.depth)).toEqual([1, 2, 2, 2, 2, 2, 2, 2]);
    expect(headings[4].text).toBe('🚀 Quick start');
    expect(anchors.has('hello-world-2')).toBe(true);
  });

  it('keeps the space before a badge as GitHub does, and takes the trimmed spelling too', () => {
    const { headings, anchors } = read(
      '# Awesome-LLM [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n',
    );
    expect(headings[0]).toMatchObject({ slug: 'awesome-llm-', text: 'Awesome-LLM' });
    expect(anchors.has('awesome-llm')).toBe(true);
  });

  it('takes an emoji shortcode as its name and as the emoji dropped', () => {
    const { headings, anchors } = read(
      '## :books: Reading\n## Public Datasets (Link verified :heavy_check_mark:)\n',
    );
    expect(headings.map((h) => h.slug)).toEqual([
      'books-reading',
      'public-datasets-link-verified-heavy_check_mark',
    ]);
    expect(anchors.has('-reading')).toBe(false);
    expect(anchors.has('reading')).toBe(true);
  });

  it('collects HTML ids and names, HTML headings and footnotes as anchors', () => {
    const { anchors, headings } = read(
      [
        '<a name="legacy"></a>',
        '',
        "Text <span id='inline-id'>here</span> and <a id=bare>there</a>.",
        '',
        '<h1 align="center">The Practical Guide </h1>',
        '',
        'A note.[^one]',
        '',
        '[^one]: The note.',
      ].join('\n'),
    );
    for (const anchor of [
      'legacy',
      'inline-id',
      'bare',
      'the-practical-guide-',
      'the-practical-guide',
      'fn-one',
      'fnref-one',
    ])
      expect(anchors.has(anchor), anchor).toBe(true);
    // An HTML heading never enters the heading list (no table of contents is held to it).
    expect(headings).toEqual([]);
  });

  it('lists every destination with its kind and where its text is written', () => {
    const markdown = [
      '[doc](docs/a.md "Title") ![fig](img/x.png) [ref][r]',
      '<img src="img/y.png"> <a href="docs/b.md#top">b</a>',
      '',
      '[r]: docs/c.md',
    ].join('\n');
    const { references } = read(markdown);
    expect(references.map((r) => [r.kind, r.url])).toEqual([
      ['link', 'docs/a.md'],
      ['image', 'img/x.png'],
      ['html', 'img/y.png'],
      ['html', 'docs/b.md#top'],
      ['definition', 'docs/c.md'],
    ]);
    for (const reference of references) {
      const span = reference.urlSpan!;
      expect(markdown.slice(span.start.offset, span.end.offset)).toBe(reference.url);
    }
    expect(references[2].span.start).toMatchObject({ line: 2, column: 11 });
  });

  it('reads attributes unquoted, in either quotes, in any case, and stops at an unclosed quote', () => {
    const { anchors, references } = read(
      '<p ID=one data-x="a b" NAME=\'two\'><img src=img/a.png alt="x> <a id="three>\n',
    );
    expect([...anchors]).toEqual(['one', 'two']);
    expect(references.map((r) => r.url)).toEqual(['img/a.png']);
  });

  it('skips HTML comments: what they hold is not on the page', () => {
    const { anchors, references } = read(
      '<!-- <a name="old"></a> <img src="img/old.png"> -->\n\n<a id="new"></a>\n',
    );
    expect([...anchors]).toEqual(['new']);
    expect(references).toEqual([]);
  });

  it('leaves out the destination span where the source spells it otherwise (entities)', () => {
    const { references } = read('<a href="docs/a&amp;b.md">x</a> [y](docs/a%20b.md)\n');
    expect(references[0].url).toBe('docs/a&b.md');
    expect(references[0].urlSpan).toBeUndefined();
    expect(references[1].urlSpan).toBeDefined();
  });

  it('finds lists of anchor links (tables of contents), with nesting and each item’s prefix', () => {
    const markdown = [
      '## Contents',
      '* [One](#one)',
      '  * [One A](#one-a)',
      '* [Two](#two)',
      '* [Three](#three)',
      '',
      '- [a paper](https://arxiv.org/abs/2305.11700)',
      '- [another](https://arxiv.org/abs/2305.11701)',
      '- [a third](https://arxiv.org/abs/2305.11702)',
    ].join('\n');
    const { anchorLists } = read(markdown);
    expect(anchorLists).toHaveLength(1);
    expect(anchorLists[0].map((item) => [item.fragment, item.level, item.prefix])).toEqual([
      ['one', 0, '* '],
      ['one-a', 1, '  * '],
      ['two', 0, '* '],
      ['three', 0, '* '],
    ]);
    expect(anchorLists[0][0].itemSpan.end.line).toBe(3);
  });

  it('does not take a list of two anchor links or a list of mostly other items for a table', () => {
    expect(read('- [One](#one)\n- [Two](#two)\n').anchorLists).toEqual([]);
    expect(read('- [One](#one)\n- [Two](#two)\n- [Three](#three)\n- x\n- y\n').anchorLists).toEqual([]);
  });
});
