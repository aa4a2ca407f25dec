import { describe, expect, it } from 'vitest';
import { findAuthors, writeAuthors } from '../../src/add/authors.js';
import { arxivUrlLike } from '../../src/add/compose.js';
import { dateLike } from '../../src/add/dates.js';
import { insertionDiff } from '../../src/add/diff.js';
import { AddError, addPaper, lineListing, type PaperToAdd } from '../../src/add/index.js';
import { venueFromComment } from '../../src/arxiv/published.js';
import { arxivIdOfArgument } from '../../src/cli/add.js';
import { TODAY } from '../helpers/list.js';

const PAPER: PaperToAdd = {
  id: '2406.01234',
  title: 'GraphRAG-Rec: Retrieval-Augmented Generation over Graphs for Recommendation',
  authors: ['Ada Lovelace', 'Alan Turing', 'Grace Hopper'],
  date: { year: 2024, month: 6, day: 3 },
  code: 'https://github.com/ada/graphrag-rec',
  abstract: 'Recommendation with graphs and retrieval.',
};
const published = (comment: string): PaperToAdd => ({ ...PAPER, venue: venueFromComment(comment) });

/** The added entry's text, or why not. */
function added(list: string, paper: PaperToAdd = PAPER, section?: string) {
  const { output, outcome } = addPaper(list, paper, { today: TODAY, ...(section && { section }) });
  return { output, outcome, entry: outcome.kind === 'added' ? outcome.entry : outcome.reason };
}

describe('paperlint add: the entry in the list’s own style', () => {
  it('copies a bullet list’s separators, date form, label and link form', () => {
    const list = [
      '## Recommendation',
      '',
      '- LLaRA: Aligning Large Language Models with Sequential Recommenders, arxiv 2023/12, [[paper]](https://arxiv.org/pdf/2312.02445.pdf), [[code]](https://github.com/ljy0ustc/LLaRA)',
      '- MicroLens: A Content-Driven Micro-Video Recommendation Dataset at Scale, arxiv 2023/09, [[paper]](https://arxiv.org/pdf/2309.15379.pdf)',
      '',
    ].join('\n');
    expect(added(list).entry).toBe(
      '- GraphRAG-Rec: Retrieval-Augmented Generation over Graphs for Recommendation, arxiv 2024/06, [[paper]](https://arxiv.org/pdf/2406.01234.pdf), [[code]](https://github.com/ada/graphrag-rec)',
    );
    // No repository named: the code link goes, with its separator.
    expect(added(list, { ...PAPER, code: undefined }).entry).toBe(
      '- GraphRAG-Rec: Retrieval-Augmented Generation over Graphs for Recommendation, arxiv 2024/06, [[paper]](https://arxiv.org/pdf/2406.01234.pdf)',
    );
  });

  it('writes the venue of a published paper as the list writes venues', () => {
    const list = [
      '## Graph Reasoning',
      "- (*NeurIPS'23*) Can Language Models Solve Graph Problems in Natural Language? [[paper](https://arxiv.org/abs/2305.10037)][[code](https://github.com/Arthur-Heng/NLGraph)]![GitHub Repo stars](https://img.shields.io/github/stars/Arthur-Heng/NLGraph?style=social)",
      "- (*ICLR'24*) Talk like a Graph: Encoding Graphs for Large Language Models [[paper](https://arxiv.org/abs/2310.04560)]",
      "- (*NeurIPS'24*) TEG-DB: A Comprehensive Dataset and Benchmark of Textual-Edge Graphs [[paper](https://arxiv.org/abs/2406.10310)]",
      "- (*KDD'24*) GraphWiz: An Instruction-Following Language Model for Graph Problems [[paper](https://arxiv.org/abs/2402.16029)]",
      "- (*ACL'24*) GraphInstruct: Empowering Large Language Models with Graph Understanding [[paper](https://arxiv.org/abs/2403.04483)]",
      '- (*arXiv 2024.02*) Graph Language Models [[paper](https://arxiv.org/abs/2401.07105)]',
      '',
    ].join('\n');
    expect(added(list, published('Accepted at ICML 2025')).entry).toBe(
      "- (*ICML'25*) GraphRAG-Rec: Retrieval-Augmented Generation over Graphs for Recommendation [[paper](https://arxiv.org/abs/2406.01234)][[code](https://github.com/ada/graphrag-rec)]![GitHub Repo stars](https://img.shields.io/github/stars/ada/graphrag-rec?style=social)",
    );
    expect(added(list).entry).toBe(
      '- (*arXiv 2024.06*) GraphRAG-Rec: Retrieval-Augmented Generation over Graphs for Recommendation [[paper](https://arxiv.org/abs/2406.01234)][[code](https://github.com/ada/graphrag-rec)]![GitHub Repo stars](https://img.shields.io/github/stars/ada/graphrag-rec?style=social)',
    );
  });

  it('writes a table row, leaving empty the cells it cannot know and escaping a title’s bar', () => {
    const list = [
      '| Name | Paper | LLM | Tuning | Venue | Link |',
      '| --- | --- | --- | --- | --- | --- |',
      '| RLMRec | Representation Learning with Large Language Models for Recommendation | ChatGPT | Frozen | WWW 2024 | [[Link]](https://arxiv.org/abs/2310.15950) |',
      '| LLM4Vis | LLM4Vis: Explainable Visualization Recommendation using ChatGPT | ChatGPT | Frozen | EMNLP 2023 | [[Link]](https://arxiv.org/abs/2310.07652) |',
      '',
    ].join('\n');
    expect(added(list).entry).toBe(
      '| GraphRAG-Rec | GraphRAG-Rec: Retrieval-Augmented Generation over Graphs for Recommendation | | | arXiv 2024 | [[Link]](https://arxiv.org/abs/2406.01234) |',
    );
    expect(added(list, { ...PAPER, title: 'Rank | Retrieve: A Study of Recommenders' }).entry).toContain(
      '| Rank \\| Retrieve: A Study of Recommenders |',
    );
  });

  it('writes authors and citation wording as the list does, and leaves out per-paper notes', () => {
    const list = [
      '## NLP',
      '',
      '**[1]** Mikolov, Tomas, et al. "**Distributed representations of words and phrases and their compositionality**." arXiv preprint arXiv:1310.4546 (2013). [[pdf]](https://arxiv.org/pdf/1310.4546.pdf) **(word2vec)** :star::star:',
      '',
      '**[2]** Sutskever, Ilya, et al. "**Sequence to sequence learning with neural networks**." arXiv preprint arXiv:1409.3215 (2014). [[pdf]](https://arxiv.org/pdf/1409.3215.pdf) :star::star::star:',
      '',
      '**[3]** Bahdanau, Dzmitry, et al. "**Neural machine translation by jointly learning to align and translate**." arXiv preprint arXiv:1409.0473 (2014). [[pdf]](https://arxiv.org/pdf/1409.0473.pdf) :star::star:',
      '',
    ].join('\n');
    const { entry, output } = added(list);
    expect(entry).toBe(
      'Lovelace, Ada, et al. "**GraphRAG-Rec: Retrieval-Augmented Generation over Graphs for Recommendation**." arXiv preprint arXiv:2406.01234 (2024). [[pdf]](https://arxiv.org/pdf/2406.01234.pdf) :star::star:',
    );
    // A block of its own, after the last one, separated by a blank line (oldest first: 2024 goes last).
    expect(output.endsWith(`\n\n${entry}\n`)).toBe(true);
  });

  it('rewrites an author list written out in full and keeps the list’s own wording', () => {
    const list = [
      '- [Multi-Modal Self-Supervised Learning for Recommendation](https://arxiv.org/abs/2302.10632) - Wei Wei, Chao Huang, Lianghao Xia, Chuxu Zhang. **arxiv, Feb 2023**',
      '- [Bootstrap Latent Representations for Multi-modal Recommendation](https://arxiv.org/abs/2207.05969) - Xin Zhou, Hongyu Zhou, Yong Liu. **arxiv, Jul 2022**',
      '',
    ].join('\n');
    expect(added(list).entry).toBe(
      '- [GraphRAG-Rec: Retrieval-Augmented Generation over Graphs for Recommendation](https://arxiv.org/abs/2406.01234) - Ada Lovelace, Alan Turing, Grace Hopper. **arxiv, Jun 2024**',
    );
  });
});

describe('paperlint add: where the entry goes', () => {
  const sections = [
    '# Papers',
    '## Surveys',
    '- A Survey on Large Language Models for Recommendation, arxiv 2023/05, [[paper]](https://arxiv.org/abs/2305.19860)',
    '## Graph Retrieval',
    '- Graph Retrieval-Augmented Generation: A Survey, arxiv 2024/08, [[paper]](https://arxiv.org/abs/2408.08921)',
    '- From Local to Global: A Graph RAG Approach to Query-Focused Summarization, arxiv 2024/04, [[paper]](https://arxiv.org/abs/2404.16130)',
    '- G-Retriever: Retrieval-Augmented Generation for Textual Graph Understanding, arxiv 2024/02, [[paper]](https://arxiv.org/abs/2402.07630)',
    '- GRAG: Graph Retrieval-Augmented Generation, arxiv 2024/05, [[paper]](https://arxiv.org/abs/2405.16506)',
    '- HybridRAG: Integrating Knowledge Graphs and Vector Retrieval, arxiv 2024/08, [[paper]](https://arxiv.org/abs/2408.04948)',
    '',
  ].join('\n');

  it('chooses the section whose heading shares the paper’s words, and says so', () => {
    const { outcome } = added(sections);
    expect(outcome).toMatchObject({ kind: 'added', section: ['Papers', 'Graph Retrieval'] });
    expect(outcome.kind === 'added' && outcome.why).toBe(
      "its heading shares 'graph', 'retrieval' with the paper",
    );
  });

  it('takes the section --section names, and refuses an unknown or ambiguous one', () => {
    expect(added(sections, PAPER, 'surveys').outcome).toMatchObject({
      section: ['Papers', 'Surveys'],
      why: '--section',
    });
    expect(() => added(sections, PAPER, 'Benchmarks')).toThrow(
      "no section is called 'Benchmarks' (sections with papers: 'Surveys', 'Graph Retrieval')",
    );
    expect(() => added(sections, PAPER, 'Benchmarks')).toThrow(AddError);
  });

  it('keeps a section newest first, oldest first or sorted by title; at its end where no order holds', () => {
    const dated = (dates: string[]) =>
      [
        '## Papers',
        ...dates.map(
          (date, i) =>
            `- ${['Kappa', 'Alpha', 'Zeta', 'Beta', 'Omega', 'Delta'][i]} Study of Things, arxiv ${date}, [[paper]](https://arxiv.org/abs/${date.replace('/', '').slice(2)}.0000${i + 1})`,
        ),
        '',
      ].join('\n');
    const lines = (list: string) => added(list).output.split('\n');
    const newest = lines(dated(['2024/09', '2024/08', '2024/07', '2024/05', '2024/04', '2024/01']));
    expect(newest[4]).toMatch(/^- GraphRAG-Rec.*arxiv 2024\/06/);
    const oldest = lines(dated(['2024/01', '2024/04', '2024/05', '2024/07', '2024/08', '2024/09']));
    expect(oldest[4]).toMatch(/^- GraphRAG-Rec/);
    const titled = [
      '## Papers',
      ...['Alpha', 'Beta', 'Delta', 'Epsilon', 'Zeta'].map(
        (title, i) =>
          `- ${title} Study of Things, arxiv 2020/0${[5, 1, 4, 2, 3][i]}, [[paper]](https://arxiv.org/abs/200${[5, 1, 4, 2, 3][i]}.00001)`,
      ),
      '',
    ].join('\n');
    expect(added(titled, { ...PAPER, title: 'Gamma Study of Things' }).output.split('\n')[5]).toMatch(
      /^- Gamma Study/,
    );
    const unordered = dated(['2024/05', '2024/01', '2024/09', '2024/03', '2024/08', '2024/02']);
    expect(lines(unordered)[7]).toMatch(/^- GraphRAG-Rec/);
  });

  it('numbers an ordered list and keeps its indentation and line endings', () => {
    const list =
      '## Papers\r\n\r\n1. [Semantic Product Search](https://arxiv.org/abs/1907.00937) `Amazon` `2019`\r\n2. [Real-time Data Infrastructure at Uber](https://arxiv.org/pdf/2104.00087.pdf) `Uber` `2021`\r\n';
    const { output, entry } = added(list);
    expect(entry).toBe(
      '3. [GraphRAG-Rec: Retrieval-Augmented Generation over Graphs for Recommendation](https://arxiv.org/pdf/2406.01234.pdf) `2024`',
    );
    expect(output).toBe(`${list}${entry}\r\n`.replace(/\r\n\r\n$/, '\r\n'));
  });
});

describe('paperlint add: refusals', () => {
  const list = [
    '- LLaRA: Aligning Large Language Models with Sequential Recommenders, arxiv 2023/12, [[paper]](https://arxiv.org/pdf/2312.02445v3.pdf)',
    '- MicroLens: A Content-Driven Micro-Video Recommendation Dataset at Scale, [[paper]](https://doi.org/10.1145/3580305.3599519)',
    '',
    'See also [the survey](http://export.arxiv.org/abs/2305.19860).',
    '',
  ].join('\n');

  it('refuses a paper already listed under any link form, its DOI or its title, and says where', () => {
    expect(lineListing(list, '2312.02445')).toBe(1);
    expect(lineListing(list, '2305.19860')).toBe(4);
    expect(lineListing(list, '2406.01234')).toBeUndefined();
    expect(added(list, { ...PAPER, id: '2312.02445' }).entry).toBe(
      'already listed (arXiv 2312.02445) at line 1',
    );
    expect(added(list, { ...PAPER, doi: '10.1145/3580305.3599519' }).entry).toBe(
      'already listed (DOI 10.1145/3580305.3599519) at line 2',
    );
    expect(
      added(list, {
        ...PAPER,
        title: 'MicroLens: a content-driven micro-video recommendation dataset at scale',
      }).entry,
    ).toBe('already listed (its title) at line 2');
    expect(added(list, { ...PAPER, id: '2312.02445' }).output).toBe(list);
  });

  it('refuses a list without paper entries to learn from', () => {
    expect(() => added('# Tools\n\n- [jq](https://jqlang.org) - A JSON processor.\n')).toThrow(
      'the list has no paper entries to take a style from',
    );
  });
});

describe('paperlint add: pieces', () => {
  it('reads an arXiv id from an id, a prefixed id or any arXiv URL, and refuses anything else', () => {
    expect(arxivIdOfArgument('2305.11700')).toBe('2305.11700');
    expect(arxivIdOfArgument('arXiv:2305.11700v2')).toBe('2305.11700');
    expect(arxivIdOfArgument('https://arxiv.org/pdf/2305.11700v1.pdf')).toBe('2305.11700');
    expect(arxivIdOfArgument('arxiv.org/abs/hep-th/9901001')).toBe('hep-th/9901001');
    expect(arxivIdOfArgument('hep-th/9901001')).toBe('hep-th/9901001');
    for (const bad of ['2399.11700', 'https://example.org/abs/2305.11700', 'paper', '']) {
      expect(() => arxivIdOfArgument(bad)).toThrow('is not an arXiv id or arXiv URL');
    }
  });

  it('writes arXiv addresses in the sample’s form at the canonical origin', () => {
    expect(arxivUrlLike('http://arxiv.org/pdf/1602.02410', '2406.01234')).toBe(
      'https://arxiv.org/pdf/2406.01234',
    );
    expect(arxivUrlLike('https://www.arxiv.org/abs/2305.11700v2', '2406.01234')).toBe(
      'https://arxiv.org/abs/2406.01234',
    );
    expect(arxivUrlLike('https://arxiv.org/pdf/2305.11700.pdf', '2406.01234')).toBe(
      'https://arxiv.org/pdf/2406.01234.pdf',
    );
  });

  it('writes dates in the sample’s form, or says it cannot', () => {
    const june = { year: 2024, month: 6, day: 3 };
    expect(
      [
        'arxiv 2023/05',
        '2023/5',
        'arXiv 2023.10',
        '2017-06',
        'arXiv, May 2025',
        'September 2020',
        '(2015)',
        '2024年9月',
        '8/05/24',
        "NeurIPS'23",
      ].map((sample) => dateLike(sample, june)),
    ).toEqual([
      'arxiv 2024/06',
      '2024/6',
      'arXiv 2024.06',
      '2024-06',
      'arXiv, Jun 2024',
      'June 2024',
      '(2024)',
      '2024年6月',
      '6/03/24',
      "NeurIPS'24",
    ]);
    expect(dateLike('Feb 2023', { year: 2024 })).toBeUndefined();
  });

  it('reads and writes author lists', () => {
    const authors = ['Geoffrey Hinton', 'Oriol Vinyals', 'Jeff Dean'];
    const write = (text: string) => writeAuthors(authors, findAuthors(text)!.style);
    expect(write('Hongyu Zhou, Xin Zhou, Zhiqi Shen.')).toBe('Geoffrey Hinton, Oriol Vinyals, Jeff Dean');
    expect(write('G. Hinton et al.')).toBe('G. Hinton et al.');
    expect(write('Simonyan, Karen, and Andrew Zisserman')).toBe(
      'Hinton, Geoffrey, Oriol Vinyals, and Jeff Dean',
    );
    expect(write('H. Wang and Bhiksha Raj')).toBe('G. Hinton, O. Vinyals and J. Dean');
    expect(findAuthors('ChatGPT | Frozen')).toBeUndefined();
    expect(findAuthors('Large Language Models')).toBeUndefined();
    // Title words are no names, whatever their commas (the entry model's classifier).
    expect(findAuthors('Deep Learning, Big Data and Graph Mining')).toBeUndefined();
  });

  it('prints insertions as a unified diff with three lines of context', () => {
    const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].join('\n');
    const after = ['a', 'b', 'c', 'd', 'new', 'e', 'f', 'g', 'h'].join('\n');
    expect(insertionDiff('README.md', before, after)).toBe(
      [
        '--- a/README.md',
        '+++ b/README.md',
        '@@ -2,6 +2,7 @@',
        ' b',
        ' c',
        ' d',
        '+new',
        ' e',
        ' f',
        ' g',
        '',
      ].join('\n'),
    );
    expect(insertionDiff('README.md', before, before)).toBe('');
  });
});
