import { describe, expect, it } from 'vitest';
import { extractEntries } from '../../src/parse/entries.js';
import { parseMarkdown } from '../../src/parse/index.js';
import type { Entry, Span } from '../../src/types.js';
import { listOf } from '../helpers/list.js';

function entriesOf(markdown: string): Entry[] {
  return extractEntries(parseMarkdown(markdown), markdown);
}

function only(markdown: string): Entry {
  const entries = entriesOf(markdown);
  expect(entries).toHaveLength(1);
  return entries[0];
}

function slice(source: string, span: Span | undefined): string | undefined {
  return span && source.slice(span.start.offset, span.end.offset);
}

describe('list entries', () => {
  it.each(['-', '+', '*'])(
    'reads a `%s` bullet: title before `, venue`, dates, links, arXiv ids',
    (marker) => {
      const md = `## Survey\n${marker} Exploring the Upper Limits of Text-Based Collaborative Filtering, arxiv 2023/05, [[paper]](https://arxiv.org/pdf/2305.11700.pdf) [[code]](https://github.com/x/y)\n`;
      const entry = only(md);
      expect(entry).toMatchObject({
        index: 0,
        kind: 'bullet',
        section: ['Survey'],
        title: 'Exploring the Upper Limits of Text-Based Collaborative Filtering',
      });
      expect(slice(md, entry.titleSpan)).toBe(entry.title);
      expect(entry.dates).toMatchObject([{ text: 'arxiv 2023/05', label: 'arxiv', year: 2023, month: 5 }]);
      expect(slice(md, entry.dates[0].span)).toBe('arxiv 2023/05');
      expect(entry.links.map((l) => [l.label, l.url])).toEqual([
        ['[paper]', 'https://arxiv.org/pdf/2305.11700.pdf'],
        ['[code]', 'https://github.com/x/y'],
      ]);
      for (const link of entry.links) expect(slice(md, link.urlSpan)).toBe(link.url);
      expect(entry.arxiv).toMatchObject([{ id: '2305.11700', link: entry.links[0] }]);
      expect(entry.span.start).toEqual({ line: 2, column: 1, offset: 10 });
      expect(entry.span.end.line).toBe(2);
    },
  );

  it('reads a numbered list with link-text titles and inline-code tags', () => {
    const md =
      '1. [Real-time Data Infrastructure at Uber](https://arxiv.org/pdf/2104.00087.pdf) `Uber` `2021`\n' +
      '2. [Learning to Diagnose with LSTM](https://arxiv.org/abs/1511.03677) ([Paper](https://arxiv.org/pdf/1511.03677.pdf)) `Google` `2017`\n';
    const entries = entriesOf(md);
    expect(entries.map((e) => [e.kind, e.title, e.dates.map((d) => [d.label, d.year])])).toEqual([
      ['ordered', 'Real-time Data Infrastructure at Uber', [['', 2021]]],
      ['ordered', 'Learning to Diagnose with LSTM', [['', 2017]]],
    ]);
    expect(entries[1].arxiv.map((a) => a.id)).toEqual(['1511.03677', '1511.03677']);
    expect(slice(md, entries[0].titleSpan)).toBe('Real-time Data Infrastructure at Uber');
  });

  it('takes bold and italic titles', () => {
    const md =
      '- **Attention Is All You Need** Vaswani et al. NeurIPS 2017 [pdf](https://arxiv.org/abs/1706.03762)\n' +
      '- *Deep Residual Learning*, CVPR 2016, [paper](https://arxiv.org/abs/1512.03385)\n';
    const entries = entriesOf(md);
    expect(entries.map((e) => e.title)).toEqual(['Attention Is All You Need', 'Deep Residual Learning']);
    expect(entries.map((e) => e.venue)).toEqual(['NeurIPS', 'CVPR']);
  });

  it('skips a venue prefix in brackets and a link label after the title', () => {
    const md =
      "- (*NeurIPS'23*) Can Language Models Solve Graph Problems in Natural Language? [[paper](https://arxiv.org/abs/2305.10037)][[code](https://github.com/Arthur-Heng/NLGraph)]\n" +
      '- [2023/10] Tree of Thoughts: Deliberate Problem Solving [[paper]](https://arxiv.org/abs/2305.10601)\n';
    const entries = entriesOf(md);
    expect(entries.map((e) => e.title)).toEqual([
      'Can Language Models Solve Graph Problems in Natural Language?',
      'Tree of Thoughts: Deliberate Problem Solving',
    ]);
    expect(entries[0].dates).toMatchObject([{ text: "NeurIPS'23", label: 'neurips', year: 2023 }]);
    expect(entries[0].venue).toBe('NeurIPS');
    expect(entries[1].dates).toMatchObject([{ text: '[2023/10]', label: '', year: 2023, month: 10 }]);
  });

  it('takes quoted titles and skips a venue tag in inline code', () => {
    const entries = entriesOf(
      '- "Quoted Title Here" arXiv 2023 [paper](https://arxiv.org/abs/2301.00001)\n' +
        '- `NeurIPS 2022` Code Prefixed Title [paper](https://arxiv.org/abs/2301.00002)\n',
    );
    expect(entries.map((e) => [e.title, e.venue, e.dates.map((d) => d.label)])).toEqual([
      ['Quoted Title Here', undefined, ['arxiv']],
      ['Code Prefixed Title', 'NeurIPS', ['neurips']],
    ]);
  });

  it('splits a short name from the title and keeps the whole title', () => {
    const entry = only(
      '- MicroLens: A Content-Driven Micro-Video Recommendation Dataset at Scale, arxiv 2023, [[paper]](https://arxiv.org/pdf/2309.15379)\n',
    );
    expect(entry.title).toBe('MicroLens: A Content-Driven Micro-Video Recommendation Dataset at Scale');
    expect(entry.shortName).toBe('MicroLens');
    const plain = only(
      '- Breaking the Barrier: Utilizing Large Language Models, arxiv 2024, [[paper]](https://arxiv.org/abs/2402.13750)\n',
    );
    expect(plain.shortName).toBeUndefined();
  });

  it('ends the title at `. Venue Year` and at ` - authors`', () => {
    const entries = entriesOf(
      '- A Hybrid Bandit Framework for Diversified Recommendation. AAAI 2021. [PDF](https://arxiv.org/pdf/2012.13245) 【多样性】\n' +
        '- [IISAN: Efficiently Adapting Multimodal Representation\n](https://arxiv.org/abs/2404.02059) - Junchen Fu. **SIGIR, April 2024** | [`[pdf]`](https://arxiv.org/pdf/2404.02059)\n',
    );
    expect(entries.map((e) => e.title)).toEqual([
      'A Hybrid Bandit Framework for Diversified Recommendation',
      'IISAN: Efficiently Adapting Multimodal Representation',
    ]);
    expect(entries[1].dates).toMatchObject([{ label: 'sigir', year: 2024, month: 4 }]);
    expect(entries[1].venue).toBe('SIGIR');
  });

  it('treats a text-only bullet with sub-bullets as a grouping', () => {
    const md =
      '## Models\n- Sequential\n  - SASRec: Self-Attentive Sequential Recommendation, ICDM 2018, [paper](https://arxiv.org/abs/1808.09781)\n  - BERT4Rec: Sequential Recommendation with BERT, CIKM 2019, [paper](https://arxiv.org/abs/1904.06690)\n';
    const entries = entriesOf(md);
    expect(entries.map((e) => [e.title, e.section])).toEqual([
      ['SASRec: Self-Attentive Sequential Recommendation', ['Models', 'Sequential']],
      ['BERT4Rec: Sequential Recommendation with BERT', ['Models', 'Sequential']],
    ]);
    expect(entries[0].span.start.line).toBe(3);
    expect(entries.map((e) => e.index)).toEqual([0, 1]);
  });

  it('treats a year bullet with papers below as a grouping', () => {
    const md = '- 2023\n  - First Paper Title, KDD 2023, [paper](https://arxiv.org/abs/2301.00001)\n';
    expect(entriesOf(md).map((e) => [e.title, e.section])).toEqual([['First Paper Title', ['2023']]]);
  });

  it('merges sub-bullets that hold links and notes into their paper', () => {
    const md =
      '- Attention Is All You Need, NeurIPS 2017\n  - [paper](https://arxiv.org/abs/1706.03762)\n  - Code: [github](https://github.com/tensorflow/tensor2tensor)\n- Another Paper Title, ICML 2020\n  - [paper](https://arxiv.org/abs/2002.00001)\n';
    const entries = entriesOf(md);
    expect(entries.map((e) => [e.title, e.links.length, e.arxiv.map((a) => a.id)])).toEqual([
      ['Attention Is All You Need', 2, ['1706.03762']],
      ['Another Paper Title', 1, ['2002.00001']],
    ]);
    expect(entries[0].span.end.line).toBe(3);
  });

  it('keeps sub-bullets that are papers as entries of their own', () => {
    const md =
      '- [Survey of LLMs](https://arxiv.org/abs/2303.18223), arXiv 2023\n  - [Follow-up Study of Surveys](https://arxiv.org/abs/2401.00001), arXiv 2024\n';
    const entries = entriesOf(md);
    expect(entries.map((e) => [e.title, e.span.start.line, e.arxiv.map((a) => a.id)])).toEqual([
      ['Survey of LLMs', 1, ['2303.18223']],
      ['Follow-up Study of Surveys', 2, ['2401.00001']],
    ]);
  });

  it('reads arXiv ids and DOIs written in the text', () => {
    const md = '- Some Paper Title, KDD 2023, arXiv:2305.11700v2, doi:10.1145/3580305.3599519\n';
    const entry = only(md);
    expect(entry.arxiv).toMatchObject([{ id: '2305.11700', version: 2 }]);
    expect(entry.arxiv[0].link).toBeUndefined();
    expect(slice(md, entry.arxiv[0].span)).toBe('arXiv:2305.11700v2');
    expect(entry.dois).toMatchObject([{ doi: '10.1145/3580305.3599519' }]);
    expect(slice(md, entry.dois[0].span)).toBe('doi:10.1145/3580305.3599519');
  });

  it('reads DOIs from publisher links and arXiv ids from malformed arXiv links', () => {
    const entry = only(
      '- Title of a Paper, arxiv 2023/04, [[paper]](https://arxiv.org/abd/2304.03516) [[acm]](https://dl.acm.org/doi/abs/10.1145/3543507.3583251)\n',
    );
    expect(entry.arxiv.map((a) => a.id)).toEqual(['2304.03516']);
    expect(entry.dois.map((d) => d.doi)).toEqual(['10.1145/3543507.3583251']);
  });

  it('counts bare URLs and <autolinks> as links, with their URL spans', () => {
    const md =
      '- A Paper on Something, ICLR 2024, https://arxiv.org/abs/2401.12345 <https://github.com/a/b>\n';
    const entry = only(md);
    expect(entry.links.map((l) => l.url)).toEqual([
      'https://arxiv.org/abs/2401.12345',
      'https://github.com/a/b',
    ]);
    for (const link of entry.links) expect(slice(md, link.urlSpan)).toBe(link.url);
    expect(entry.title).toBe('A Paper on Something');
  });

  it('resolves reference links', () => {
    const md = '- [A Referenced Paper][p], ICML 2021\n\n[p]: https://arxiv.org/abs/2101.00001\n';
    const entry = only(md);
    expect(entry.links).toMatchObject([
      { label: 'A Referenced Paper', url: 'https://arxiv.org/abs/2101.00001' },
    ]);
    expect(slice(md, entry.links[0].urlSpan)).toBe('https://arxiv.org/abs/2101.00001');
    expect(entry.title).toBe('A Referenced Paper');
  });

  it('keeps a name before a dash in the title but ends a long title at a dash', () => {
    const md =
      '- (arXiv 2024.10) GRS-QA - Graph Reasoning-Structured Question Answering Dataset [paper](https://arxiv.org/abs/2411.00369)\n' +
      '- A Long Enough Paper Title - Alice Smith, Bob Jones [paper](https://arxiv.org/abs/2411.00370)\n';
    expect(entriesOf(md).map((e) => e.title)).toEqual([
      'GRS-QA - Graph Reasoning-Structured Question Answering Dataset',
      'A Long Enough Paper Title',
    ]);
  });

  it('keeps positions right with CRLF line endings', () => {
    const md =
      '# Papers\r\n\r\n- First Paper Title, arxiv 2023/05, [[paper]](https://arxiv.org/abs/2305.11700)\r\n- Second Paper Title, NeurIPS 2022, [[paper]](https://arxiv.org/abs/2205.00001)\r\n';
    const entries = entriesOf(md);
    expect(entries.map((e) => e.title)).toEqual(['First Paper Title', 'Second Paper Title']);
    expect(entries[1].span.start).toMatchObject({ line: 4, column: 1 });
    for (const entry of entries) {
      expect(slice(md, entry.titleSpan)).toBe(entry.title);
      expect(slice(md, entry.links[0].urlSpan)).toBe(entry.links[0].url);
      expect(entry.dates[0].span.start.line).toBe(entry.span.start.line);
    }
  });
});

describe('table entries', () => {
  it('finds the title column by its header and labels the year with the venue column', () => {
    const md =
      '| **Name** | **Paper** | **Venue** | **Year** | **Code** |\n| --- | --- | --- | --- | --- |\n' +
      '| LLMRec | [LLMRec: Large Language Models with Graph Augmentation](https://arxiv.org/abs/2311.00423) | WSDM | 2024 | [Python](https://github.com/HKUDS/LLMRec) |\n' +
      '| N/A | [Zero-Shot Recommendations with Pre-Trained Models](https://arxiv.org/abs/2309.01026) | arxiv | 2023 | N/A |\n';
    const entries = entriesOf(md);
    expect(
      entries.map((e) => [e.kind, e.title, e.venue, e.dates.map((d) => [d.text, d.label, d.year])]),
    ).toEqual([
      ['table', 'LLMRec: Large Language Models with Graph Augmentation', 'WSDM', [['2024', 'wsdm', 2024]]],
      ['table', 'Zero-Shot Recommendations with Pre-Trained Models', undefined, [['2023', 'arxiv', 2023]]],
    ]);
    expect(entries[0].shortName).toBe('LLMRec');
    expect(entries[0].span.start.line).toBe(3);
  });

  it('reads a plain-text title cell and a publication column', () => {
    const md =
      '| **Name** | **Paper** | **LLM Backbone** | **Publication** | **Link** |\n|:---:|:---|:---:|:---:|:---:|\n' +
      '| TagGPT | TagGPT: Large Language Models are Zero-shot Multimodal Taggers | ChatGPT | Arxiv 2023 | [[Link]](https://arxiv.org/abs/2304.03022v1) |\n';
    const entry = only(md);
    expect(entry.title).toBe('TagGPT: Large Language Models are Zero-shot Multimodal Taggers');
    expect(slice(md, entry.titleSpan)).toBe(entry.title);
    expect(entry.dates).toMatchObject([{ text: 'Arxiv 2023', label: 'arxiv', year: 2023 }]);
    expect(entry.arxiv).toMatchObject([{ id: '2304.03022', version: 1 }]);
  });

  it('finds the title column by content when no header names it', () => {
    const md =
      '| When | Who | What |\n| --- | --- | --- |\n| 2017-06 | Google | [Attention Is All You Need](https://arxiv.org/pdf/1706.03762.pdf) |\n| 2020-01 | OpenAI | [Scaling Laws for Neural Language Models](https://arxiv.org/pdf/2001.08361.pdf) |\n';
    const entries = entriesOf(md);
    expect(entries.map((e) => [e.title, e.dates[0]?.text])).toEqual([
      ['Attention Is All You Need', '2017-06'],
      ['Scaling Laws for Neural Language Models', '2020-01'],
    ]);
  });

  it('leaves out tables of repositories', () => {
    const md =
      '## Related Repositories\n\n| **Repo Name** | **Maintainer** |\n|:---:|:---:|\n| [rs-llm-paper-list](https://github.com/wwliu555/rs-llm-paper-list) | [wwliu555](https://github.com/wwliu555) |\n| [LLM4Rec](https://github.com/WLiK/LLM4Rec) | [WLiK](https://github.com/WLiK) |\n';
    expect(entriesOf(md)).toEqual([]);
  });
});

describe('multi-line blocks', () => {
  it('reads a title line, an authors line and a links line', () => {
    const md =
      '## Papers\n\n**Language Models are Few-Shot Learners**  \nTom Brown, Benjamin Mann, et al.  \nNeurIPS 2020 [[paper]](https://arxiv.org/abs/2005.14165) [[code]](https://github.com/openai/gpt-3)\n';
    const entry = only(md);
    expect(entry).toMatchObject({
      kind: 'block',
      title: 'Language Models are Few-Shot Learners',
      venue: 'NeurIPS',
    });
    expect(entry.arxiv.map((a) => a.id)).toEqual(['2005.14165']);
    expect(entry.span.start.line).toBe(3);
    expect(entry.span.end.line).toBe(5);
  });

  it('reads blocks whose lines end with soft breaks', () => {
    const md =
      '## P\n\nGraph Neural Networks for Recommendation\nAlice Smith, Bob Jones\nKDD 2021 [[paper]](https://arxiv.org/abs/2101.00001)\n\nAnother Block Title\nCarol\n[pdf](https://dl.acm.org/doi/pdf/10.1145/3447548.3467108)\n';
    expect(entriesOf(md).map((e) => [e.kind, e.title, e.venue, e.dois.map((d) => d.doi)])).toEqual([
      ['block', 'Graph Neural Networks for Recommendation', 'KDD', []],
      ['block', 'Another Block Title', undefined, ['10.1145/3447548.3467108']],
    ]);
  });

  it('does not take prose with a paper link for an entry', () => {
    expect(
      entriesOf('We wrote a survey, see [our paper](https://arxiv.org/abs/2305.19860) for details.\n'),
    ).toEqual([]);
  });
});

describe('what is not a paper', () => {
  it('leaves out tables of contents', () => {
    const md = '## Table of Contents\n- [Survey](#survey)\n  - [Models](#models)\n- [Datasets](#datasets)\n';
    expect(entriesOf(md)).toEqual([]);
  });

  it('leaves out badges', () => {
    expect(entriesOf('- [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n')).toEqual([]);
  });

  it('leaves out news bullets but not papers whose title starts with News', () => {
    const md =
      '## Papers\n- [2024/01] We released the v2 of our survey [[paper]](https://arxiv.org/abs/2305.19860)\n' +
      '- 🔥 News: our paper is accepted by KDD [[paper]](https://arxiv.org/abs/2305.19861)\n' +
      '- News Recommendation with Category Description, arxiv 2024, [[paper]](http://arxiv.org/pdf/2405.13007)\n';
    expect(entriesOf(md).map((e) => e.title)).toEqual(['News Recommendation with Category Description']);
  });

  it('keeps a news section news under its <summary> and bold sub-headings', () => {
    const md = [
      '# News 🚀',
      '',
      '1. [06-06] Thanks to [**CMRI**](https://cmri.example.com/), [**JT-VL-Chat**](https://github.com/a/b) is added.',
      '',
      '<details><summary> <b>2023</b> </summary>',
      '',
      '**[2023-12]**',
      '',
      '1. [12-18] Thanks to [**Jinze Bai**](https://github.com/j), a new model [**Qwen-VL-Plus**](https://help.aliyun.com/x) is added.',
      '2. [12-18] Thanks to [**Junbum Cha**](https://scholar.google.com/c), [**Honeybee**](https://arxiv.org/pdf/2312.06742.pdf) joins our leaderboards.',
      '',
      '</details>',
      '',
      '## Papers',
      '',
      '- Honeybee: Locality-enhanced Projector for Multimodal LLM [[paper]](https://arxiv.org/abs/2312.06742)',
      '',
    ].join('\n');
    expect(entriesOf(md).map((e) => [e.section, e.title])).toEqual([
      [['News 🚀', 'Papers'], 'Honeybee: Locality-enhanced Projector for Multimodal LLM'],
    ]);
  });

  it('leaves a paper section under a `Table of Contents` top heading a paper section', () => {
    const md =
      '# Table of Contents\n- [Survey](#survey)\n\n## Survey\n- A Survey of Large Language Models, arxiv 2023, [[paper]](https://arxiv.org/abs/2303.18223)\n';
    expect(entriesOf(md).map((e) => e.title)).toEqual(['A Survey of Large Language Models']);
  });

  it('reads `[12-18] Thanks to …` and `[12/18] We …` as news anywhere, and a month-day prefix as no title', () => {
    const md = [
      '## Papers',
      '- [12-18] Thanks to [Alice](https://github.com/alice), [Honeybee](https://arxiv.org/abs/2312.06742) joins our leaderboards.',
      '- [12/01] We released the code of [our paper](https://arxiv.org/abs/2305.19860).',
      '- [2023.12.18] Our survey is accepted by TKDE [[paper]](https://arxiv.org/abs/2305.19861)',
      '- [12-18] Honeybee: Locality-enhanced Projector for Multimodal LLM [[paper]](https://arxiv.org/abs/2312.06742)',
      '',
    ].join('\n');
    expect(entriesOf(md).map((e) => e.title)).toEqual([
      'Honeybee: Locality-enhanced Projector for Multimodal LLM',
    ]);
  });

  it('leaves out resource lists of bare links but keeps the papers among them', () => {
    const md =
      '## Other Lists\n- [Awesome-LLM](https://github.com/Hannibal046/Awesome-LLM) - A curated list.\n- [Awesome-RecSys](https://github.com/x/awesome-recsys) - Another list.\n- [LLM Survey](https://arxiv.org/abs/2303.18223) - A survey of LLMs.\n- [Tooling](https://example.com) - Tools.\n';
    expect(entriesOf(md).map((e) => e.title)).toEqual(['LLM Survey']);
  });

  it('leaves out contributor and citation sections', () => {
    const md =
      '## Contributors\n- [Alice](https://github.com/alice), 2023\n- [Bob](https://github.com/bob), 2024\n\n## Citation\n- Our Survey, arxiv 2023, [[paper]](https://arxiv.org/abs/2305.19860)\n';
    expect(entriesOf(md)).toEqual([]);
  });
});

describe('sections', () => {
  it('follows headings, <summary> titles and bold-only paragraphs', () => {
    const md =
      '# List\n## 1. Papers\n<details><summary><b>1.1 LLM for Features</b></summary>\n<p>\n\n<b>1.1.1 Augmentation</b>\n\n- Paper A Title, KDD 2023, [paper](https://arxiv.org/abs/2301.00001)\n\n**Encoders**\n\n- Paper B Title, KDD 2023, [paper](https://arxiv.org/abs/2301.00002)\n\n</p>\n</details>\n\n## 2. Datasets\n- Paper C Title, KDD 2023, [paper](https://arxiv.org/abs/2301.00003)\n';
    expect(entriesOf(md).map((e) => e.section)).toEqual([
      ['List', '1. Papers', '1.1 LLM for Features', '1.1.1 Augmentation'],
      ['List', '1. Papers', '1.1 LLM for Features', 'Encoders'],
      ['List', '2. Datasets'],
    ]);
  });
});

describe('all links of a file', () => {
  it("lists links outside entries too, sharing the entries' link objects", () => {
    const md =
      '# [List](https://github.com/a/list)\n\nPlease check out our survey [Survey](https://arxiv.org/abd/2305.19860).\n\n' +
      '- [Survey](#survey)\n\n## Survey\n- A Paper Title, KDD 2023, [paper](https://arxiv.org/abs/2301.00001) www.example.com\n';
    const list = listOf(md);
    expect(list.links?.map((l) => l.url)).toEqual([
      'https://github.com/a/list',
      'https://arxiv.org/abd/2305.19860',
      '#survey',
      'https://arxiv.org/abs/2301.00001',
      'http://www.example.com',
    ]);
    expect(list.entries).toHaveLength(1);
    for (const link of list.entries[0].links) expect(list.links).toContain(link);
    const literal = list.links?.at(-1);
    expect(slice(md, literal?.span)).toBe('www.example.com');
  });
});

describe("a list's template", () => {
  it('reads a title again where most entries open with their authors, with the same link objects', () => {
    const authored = Array.from(
      { length: 5 },
      (_, i) =>
        `- Alice Smith, Bob Jones. Learning Sparse Representations ${i} for Graphs. [paper](https://arxiv.org/abs/2101.${10000 + i})`,
    );
    const md = `# Papers\n\n${authored.join('\n')}\n- Joshua Goodman: A bit of progress in language modeling [paper](https://arxiv.org/abs/cs/0108005)\n`;
    const list = listOf(md);
    const last = list.entries.at(-1)!;
    // The entry's flat text is built again for the second reading: its links stay the ones the model lists.
    expect(last.title).toBe('A bit of progress in language modeling');
    expect(last.arxiv).toMatchObject([{ id: 'cs/0108005', link: last.links[0] }]);
    expect(list.links).toContain(last.links[0]);
  });
});
