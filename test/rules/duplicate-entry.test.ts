import { describe, expect, it } from 'vitest';
import type { RuleSetting } from '../../src/config/validate.js';
import { lintText } from '../../src/lint.js';
import duplicateEntry from '../../src/rules/duplicate-entry.js';
import { entryKeys, pairEntries } from '../../src/rules/entry-pairs.js';
import type { PaperList } from '../../src/types.js';
import { listOf, ON_TODAY } from '../helpers/list.js';
import { type EntrySketch, handBuiltList } from './hand-built-entries.js';

/** Paper `i` of a synthetic list, filed under `section`. */
function rankingPaper(i: number, section: string): EntrySketch {
  return {
    title: `Paper number ${i} on ranking`,
    section: [section],
    arxiv: [`2301.${String(i).padStart(5, '0')}`],
  };
}

function lint(list: PaperList, options: Partial<typeof duplicateEntry.defaults> = {}) {
  return duplicateEntry
    .check(list, { ...duplicateEntry.defaults, ...options }, ON_TODAY)
    .map((f) => ({ line: f.span.start.line, severity: f.severity, message: f.message, related: f.related }));
}

describe('duplicate-entry on hand-built entries', () => {
  it('pairs entries by arXiv id and reports the later one with the earlier as related', () => {
    const list = handBuiltList([
      { title: 'LARR: Large Language Model Aided Real-time Scene Recommendation', arxiv: ['2408.11523'] },
      { title: 'Something Else Entirely About Graphs', arxiv: ['2401.00001'] },
      { title: 'LARR: Large Language Model Aided Real-time Scene Recommendation', arxiv: ['2408.11523'] },
    ]);
    expect(lint(list)).toEqual([
      {
        line: 3,
        severity: 'error',
        message: 'Duplicate entry: same arXiv id 2408.11523 as line 1',
        related: [{ line: 1, column: 1, message: 'Duplicate entry: same arXiv id 2408.11523 as line 3' }],
      },
    ]);
  });

  it('pairs by DOI case-insensitively, by paper URL and by title', () => {
    const list = handBuiltList([
      { title: 'Paper A on Ranking Things', dois: ['10.1145/3580305.3599519'] },
      { title: 'Paper A on Ranking Things', dois: ['10.1145/3580305.3599519'.toUpperCase()] },
      {
        title: 'Paper B on Graph Things',
        links: [{ label: 'paper', url: 'https://openreview.net/forum?id=abc' }],
      },
      {
        title: 'Paper B on Graph Things (extended)',
        links: [{ label: 'PDF', url: 'http://openreview.net/forum?id=abc&utm_source=x' }],
      },
      { title: 'Paper C: Only the Title Repeats' },
      { title: 'paper c — only the title repeats!' },
    ]);
    expect(lint(list).map((f) => f.message)).toEqual([
      'Duplicate entry: same DOI 10.1145/3580305.3599519 as line 1',
      'Duplicate entry: same URL openreview.net/forum?id=abc as line 3',
      'Duplicate entry: same title as line 5',
    ]);
  });

  it('does not pair entries that only share a code repository or a project page', () => {
    const list = handBuiltList([
      {
        title: 'First Paper From The Lab',
        links: [{ label: 'code', url: 'https://github.com/lab/toolkit' }],
      },
      {
        title: 'Second Paper From The Lab',
        links: [{ label: 'code', url: 'https://github.com/lab/toolkit' }],
      },
      { title: 'Third Paper', links: [{ label: 'project', url: 'https://lab.example.org/' }] },
      { title: 'Fourth Paper', links: [{ label: 'project', url: 'https://lab.example.org/' }] },
    ]);
    expect(lint(list)).toEqual([]);
  });

  it("treats a code link on the entry's own title as the entry's identity (awesome lists of tools)", () => {
    const list = handBuiltList([
      { title: 'ruff', links: [{ label: 'ruff', url: 'https://github.com/astral-sh/ruff' }] },
      { title: 'ruff', links: [{ label: 'ruff', url: 'https://github.com/astral-sh/ruff/' }] },
    ]);
    expect(lint(list).map((f) => f.message)).toEqual([
      'Duplicate entry: same URL github.com/astral-sh/ruff as line 1',
    ]);
  });

  it('reports a shared id under clearly different titles as a conflict, not a duplicate', () => {
    const list = handBuiltList([
      { title: 'UP5: Unbiased Foundation Model for Fairness-aware Recommendation', arxiv: ['2305.12090'] },
      { title: 'VIP5: Towards Multimodal Foundation Models for Recommendation', arxiv: ['2305.12090'] },
    ]);
    expect(lint(list)).toEqual([]);
    expect(pairEntries(list.entries).map((p) => p.relation)).toEqual(['conflict']);
  });

  it('still reports a duplicate when an entry without a title shares an id', () => {
    const list = handBuiltList([
      { title: 'A Paper With A Title', arxiv: ['2305.00001'] },
      { title: '', arxiv: ['2305.00001'] },
    ]);
    expect(lint(list).map((f) => f.line)).toEqual([2]);
  });

  it('prefers the earlier copy with a matching title when a group also holds a wrong link', () => {
    const list = handBuiltList([
      { title: 'UP5: Unbiased Foundation Model for Fairness-aware Recommendation', arxiv: ['2305.12090'] },
      { title: 'VIP5: Towards Multimodal Foundation Models for Recommendation', arxiv: ['2305.12090'] },
      { title: 'VIP5: Towards Multimodal Foundation Models for Recommendation', arxiv: ['2305.12090'] },
    ]);
    expect(lint(list).map((f) => f.message)).toEqual(['Duplicate entry: same arXiv id 2305.12090 as line 2']);
  });

  it('lowers the severity across sections, or drops it with crossSection "off"', () => {
    const list = handBuiltList([
      { title: 'Dynaboard: Moving Beyond Accuracy', section: ['NLP'], arxiv: ['2106.06052'] },
      { title: 'Dynaboard: Moving Beyond Accuracy', section: ['Evaluation'], arxiv: ['2106.06052'] },
    ]);
    expect(lint(list).map((f) => [f.severity, f.message, f.related?.[0].message])).toEqual([
      [
        'warning',
        'Duplicate entry: same arXiv id 2106.06052 as line 1 (in another section)',
        'Duplicate entry: same arXiv id 2106.06052 as line 2 (in another section)',
      ],
    ]);
    expect(lint(list, { crossSection: 'error' }).map((f) => f.severity)).toEqual(['error']);
    expect(lint(list, { crossSection: 'off' })).toEqual([]);
  });

  /** `papers` distinct papers under heading A, then the first `copies` of them again under heading B. */
  function crossListed(papers: number, copies: number, extra: EntrySketch[] = []) {
    return handBuiltList([
      ...Array.from({ length: papers }, (_, i) => rankingPaper(i, 'A')),
      ...Array.from({ length: copies }, (_, i) => rankingPaper(i, 'B')),
      ...extra,
    ]);
  }
  const severities = (list: PaperList, options = {}) => [
    ...new Set(lint(list, options).map((f) => f.severity)),
  ];

  it('reads cross-section copies of 3 % of the entries or more as deliberate: infos, not warnings', () => {
    // 3 copies among 100 entries: 3 %.
    expect(severities(crossListed(97, 3))).toEqual(['info']);
    // 2 copies among 100 entries: 2 %.
    expect(severities(crossListed(98, 2))).toEqual(['warning']);
    // One copy is no convention, even in a list of 10.
    expect(severities(crossListed(9, 1))).toEqual(['warning']);
    expect(severities(crossListed(8, 2))).toEqual(['info']);
  });

  it('keeps a copy within one section an error in a list that cross-lists on purpose', () => {
    // Paper 0 under A (line 1), again under B (line 11), and a third time under B (line 14).
    const list = crossListed(10, 3, [rankingPaper(0, 'B')]);
    expect(lint(list).map((f) => [f.line, f.severity, f.related?.[0].line])).toEqual([
      [11, 'info', 1],
      [12, 'info', 2],
      [13, 'info', 3],
      [14, 'error', 11],
    ]);
  });

  it('is less sure of a copy written as a name: a warning in its own section, an info in another', () => {
    const list = handBuiltList([
      { title: 'AlexNet', titleKind: 'name', section: ['Videos'], arxiv: ['1404.05997'] },
      { title: 'AlexNet', titleKind: 'name', section: ['Videos'], arxiv: ['1404.05997'] },
      {
        title: 'Amazon-M2: A Multilingual Multi-locale Shopping Session Dataset',
        section: ['Papers'],
        arxiv: ['2307.09688'],
      },
      { title: 'Amazon-M2', titleKind: 'name', section: ['Datasets'], arxiv: ['2307.09688'] },
      ...Array.from({ length: 96 }, (_, i) => rankingPaper(i, 'Papers')),
    ]);
    expect(lint(list).map((f) => [f.line, f.severity])).toEqual([
      [2, 'warning'],
      [4, 'info'],
    ]);
  });

  it('lets an explicit crossSection override what it infers', () => {
    expect(severities(crossListed(10, 3), { crossSection: 'warning' })).toEqual(['warning']);
    expect(severities(crossListed(98, 2), { crossSection: 'info' })).toEqual(['info']);
    expect(lint(crossListed(10, 3), { crossSection: 'off' })).toEqual([]);
  });

  it('reports each later copy once even when it shares several keys', () => {
    const list = handBuiltList([
      { title: 'Same Paper Everywhere Here', arxiv: ['2305.00002'], dois: ['10.1/x'] },
      { title: 'Same Paper Everywhere Here', arxiv: ['2305.00002'], dois: ['10.1/x'] },
      { title: 'Same Paper Everywhere Here', arxiv: ['2305.00002'], dois: ['10.1/x'] },
    ]);
    expect(lint(list).map((f) => f.message)).toEqual([
      'Duplicate entry: same arXiv id 2305.00002 as line 1',
      'Duplicate entry: same arXiv id 2305.00002 as line 1',
    ]);
  });

  it('tells papers apart by their short names: ISS and ISS++ are two papers, Llama-2 and LLaMA 2 one', () => {
    const body = 'Image as Stepping Stone for Text-Guided 3D Shape Generation';
    const list = handBuiltList([
      { title: `ISS: ${body}`, shortName: 'ISS', arxiv: ['2209.04145'] },
      { title: `ISS++: ${body}`, shortName: 'ISS++', arxiv: ['2303.15181'] },
      { title: 'Llama-2: Open Foundation and Fine-Tuned Chat Models', shortName: 'Llama-2' },
      { title: 'LLaMA 2: Open Foundation and Fine-Tuned Chat Models', shortName: 'LLaMA 2' },
    ]);
    expect(lint(list).map((f) => f.message)).toEqual(['Duplicate entry: same title as line 3']);
  });

  it('reads a name under the same arXiv id as the same paper, not as a different title', () => {
    const list = handBuiltList([
      { title: 'MoCo', titleKind: 'name', arxiv: ['1911.05722'] },
      { title: 'Momentum Contrast for Unsupervised Visual Representation Learning', arxiv: ['1911.05722'] },
      { title: 'MoCov1', titleKind: 'name', arxiv: ['1911.05722'] },
    ]);
    expect(lint(list).map((f) => f.message)).toEqual([
      'Duplicate entry: same arXiv id 1911.05722 as line 1',
      'Duplicate entry: same arXiv id 1911.05722 as line 1',
    ]);
    expect(pairEntries(list.entries).every((pair) => pair.relation === 'duplicate')).toBe(true);
  });

  it('keys short one-word titles only through their links', () => {
    const [entry] = handBuiltList([{ title: 'Langroid' }]).entries;
    expect(entryKeys(entry)).toEqual([]);
  });

  // Speed is `npm run bench`'s job (a quadratic grouping would blow its 20,000-entry ratio); this checks the result.
  it('groups a 20,000-entry list sharing code links into the one real duplicate', () => {
    const sketches = Array.from({ length: 20_000 }, (_, i) => ({
      title: `Paper number ${i} about topic ${i % 97}`,
      arxiv: [`23${String(1 + (i % 12)).padStart(2, '0')}.${String(i).padStart(5, '0')}`],
      links: [{ label: 'code', url: `https://github.com/lab/repo${i % 50}` }],
    }));
    sketches.push({ ...sketches[10] });
    const findings = lint(handBuiltList(sketches));
    expect(findings.map((f) => f.line)).toEqual([20_001]);
  });
});

function lintMarkdown(markdown: string, options: Partial<typeof duplicateEntry.defaults> = {}) {
  return lint(listOf(markdown), options).map((f) => `${f.line}: ${f.message}`);
}

describe('duplicate-entry on Markdown', () => {
  it('matches one arXiv id across abs, pdf, .pdf, versioned and arXiv: forms', () => {
    const markdown = [
      '- Recommendation as Instruction Following, arxiv 2023, [[paper]](https://arxiv.org/pdf/2305.07001.pdf).',
      '- Recommendation as Instruction Following, arxiv 2023, [[paper]](https://arxiv.org/abs/2305.07001).',
      '- Recommendation as Instruction Following, arxiv 2023, [[paper]](http://arxiv.org/abs/2305.07001v2)',
      '- Recommendation as Instruction Following, arXiv:2305.07001',
      '- A Different Paper About Graphs, arxiv 2023, [[paper]](https://arxiv.org/abs/2305.07002)',
    ].join('\n');
    expect(lintMarkdown(markdown)).toEqual([
      '2: Duplicate entry: same arXiv id 2305.07001 as line 1',
      '3: Duplicate entry: same arXiv id 2305.07001 as line 1',
      '4: Duplicate entry: same arXiv id 2305.07001 as line 1',
    ]);
  });

  it('matches DOIs from doi.org, dx.doi.org and publisher /doi/ URLs, whatever their case', () => {
    const markdown = [
      '- Shop The Look: A Visual Shopping System, KDD 2020, [[paper]](https://doi.org/10.1145/3394486.3403372)',
      '- Shop The Look: A Visual Shopping System, KDD 2020, [[paper]](https://dl.acm.org/doi/abs/10.1145/3394486.3403372)',
      '- Shop the look: a visual shopping system, KDD 2020, [[paper]](http://dx.doi.org/10.1145/3394486.3403372)',
    ].join('\n');
    expect(lintMarkdown(markdown)).toEqual([
      '2: Duplicate entry: same DOI 10.1145/3394486.3403372 as line 1',
      '3: Duplicate entry: same DOI 10.1145/3394486.3403372 as line 1',
    ]);
  });

  it('finds duplicate table rows and points at the row', () => {
    const markdown = [
      '| **Paper** | **Venue** | **Year** |',
      '| --- | --- | --- |',
      '| [Large Language Models for Generative Recommendation: A Survey](https://arxiv.org/abs/2309.01157) | arxiv | 2023 |',
      '| [Robust Recommender System: A Survey and Future Directions](https://arxiv.org/abs/2309.02057) | arxiv | 2023 |',
      '| [Large Language Models for Generative Recommendation: A Survey](https://arxiv.org/abs/2309.01157) | arxiv | 2023 |',
    ].join('\n');
    expect(lintMarkdown(markdown)).toEqual(['5: Duplicate entry: same arXiv id 2309.01157 as line 3']);
  });

  it('finds a paper listed by title only, and tells sections apart', () => {
    const markdown = [
      '## Graphs',
      '- Improving Graph Collaborative Filtering with Neighborhood-enriched Contrastive Learning. WWW 2022',
      '- Simplifying and Powering Graph Convolution Network for Recommendation. SIGIR 2020',
      '- Improving Graph Collaborative Filtering with Neighborhood-enriched Contrastive Learning. WWW 2022',
      '## Contrastive learning',
      '- Improving graph collaborative filtering with neighborhood-enriched contrastive learning. WWW 2022',
    ].join('\n');
    expect(lintMarkdown(markdown)).toEqual([
      '4: Duplicate entry: same title as line 2',
      '6: Duplicate entry: same title as line 2 (in another section)',
    ]);
    expect(lintMarkdown(markdown, { crossSection: 'off' })).toEqual([
      '4: Duplicate entry: same title as line 2',
    ]);
  });

  it('needs equal titles when the shared arXiv link only cites another work', () => {
    const markdown = [
      '- [Multitask Prompted Training Enables Zero-Shot Task Generalization](https://arxiv.org/abs/2110.08207)',
      '- [T5](https://arxiv.org/abs/1910.10683) - Text-to-Text Transfer Transformer, see also [T0](https://arxiv.org/abs/2110.08207)',
      '- [Multitask Prompted Training Enables Zero-Shot Task Generalization](https://arxiv.org/pdf/2110.08207)',
    ].join('\n');
    expect(lintMarkdown(markdown)).toEqual(['3: Duplicate entry: same arXiv id 2110.08207 as line 1']);
  });

  it('does not take a paper and its ++ version for one paper', () => {
    const markdown = [
      '- ISS: Image as Stepping Stone for Text-Guided 3D Shape Generation. ICLR 2023',
      '- ISS++: Image as Stepping Stone for Text-Guided 3D Shape Generation. TPAMI 2024',
      '- ISS: Image as Stepping Stone for Text-Guided 3D Shape Generation. ICLR 2023',
    ].join('\n');
    expect(lintMarkdown(markdown)).toEqual(['3: Duplicate entry: same title as line 1']);
  });

  it('calls a conference paper and its journal version an info, the same date twice an error', () => {
    const markdown = [
      '- Learning to Track at 100 FPS with Deep Regression Networks, BMVC 2016, [[paper]](https://arxiv.org/abs/1604.01802)',
      '- Learning to Track at 100 FPS with Deep Regression Networks, IJCV 2018, [[paper]](https://doi.org/10.1007/s11263-018-1101-7)',
      '- Retrieval Augmented Generation for Dialog Systems, [2024-08] [[paper]](https://aclanthology.org/2024.acl-long.1)',
      '- Retrieval Augmented Generation for Dialog Systems, [2024-08] [[paper]](https://arxiv.org/abs/2408.01234)',
      '- Retrieval Augmented Generation for Dialog Systems, ACL 2024, [[paper]](https://arxiv.org/abs/2408.01234)',
    ].join('\n');
    expect(lint(listOf(markdown)).map((f) => [f.line, f.severity])).toEqual([
      [2, 'info'],
      [4, 'error'],
      [5, 'error'],
    ]);
  });

  it('reads the two versions in a citation layout whose venue is no date label', () => {
    const markdown = [
      '- Reinbacher, C., Graber, G., Pock, T.,',
      '*[Real-Time Intensity-Image Reconstruction for Event Cameras Using Manifold Regularisation](http://www.bmva.org/bmvc/2016/papers/paper009/)*,',
      'British Machine Vision Conf. (BMVC), 2016.',
      '- Munda, G., Reinbacher, C., Pock, T.,',
      '*[Real-Time Intensity-Image Reconstruction for Event Cameras Using Manifold Regularisation](https://doi.org/10.1007/s11263-018-1106-2)*,',
      'Int. J. of Computer Vision (IJCV), 2018.',
    ].join('\n');
    expect(lint(listOf(markdown)).map((f) => [f.line, f.severity])).toEqual([[4, 'info']]);
    // The same years: a duplicate.
    expect(lint(listOf(markdown.replace('2018.', '2016.'))).map((f) => [f.line, f.severity])).toEqual([
      [4, 'error'],
    ]);
  });

  it('does not pair benchmark rows that name different methods of one paper', () => {
    const markdown = [
      '| Model | ROUGE-1 | ROUGE-2 | Paper / Source |',
      '| --- | --- | --- | --- |',
      '| ABS+ (Rush et al., 2015) | 29.76 | 11.88 | [A Neural Attention Model for Sentence Summarization](https://www.aclweb.org/anthology/D15-1044.pdf) |',
      '| ABS (Rush et al., 2015) | 29.55 | 11.32 | [A Neural Attention Model for Sentence Summarization](https://www.aclweb.org/anthology/D15-1044.pdf) |',
      '| rnn-ext + RL (Chen and Bansal, 2018) | 41.47 | 18.72 | [Fast Abstractive Summarization with Reinforce-Selected Sentence Rewriting](http://aclweb.org/anthology/P18-1063) |',
      '| rnn-ext + abs + RL + rerank (Chen and Bansal, 2018) | 40.88 | 17.80 | [Fast Abstractive Summarization with Reinforce-Selected Sentence Rewriting](http://aclweb.org/anthology/P18-1063) |',
      '| ABS (Rush et al., 2015) | 29.55 | 11.32 | [A Neural Attention Model for Sentence Summarization](https://www.aclweb.org/anthology/D15-1044.pdf) |',
    ].join('\n');
    expect(listOf(markdown).entries.map((entry) => entry.shortName)).toEqual([
      'ABS+',
      'ABS',
      'rnn-ext + RL',
      'rnn-ext + abs + RL + rerank',
      'ABS',
    ]);
    expect(lintMarkdown(markdown)).toEqual([
      '7: Duplicate entry: same URL aclweb.org/anthology/D15-1044.pdf as line 4',
    ]);
  });

  it('does not pair papers that only share a code repository', () => {
    const markdown = [
      '- Parameter-Efficient Transfer from Sequential Behaviors, SIGIR 2020, [[paper]](https://arxiv.org/pdf/2001.04253.pdf), [[code]](https://github.com/yuangh-x/2022-NIPS-Tenrec)',
      '- Learning Continual User Representation without Forgetting, SIGIR 2021, [[paper]](https://arxiv.org/pdf/2009.13724.pdf), [[code]](https://github.com/yuangh-x/2022-NIPS-Tenrec)',
    ].join('\n');
    expect(lintMarkdown(markdown)).toEqual([]);
  });
});

describe('duplicate-entry through the configuration', () => {
  const markdown = [
    '## Surveys',
    '- Recommender Systems in the Era of Large Language Models, [[paper]](https://arxiv.org/abs/2307.02046)',
    '- Recommender Systems in the Era of Large Language Models, [[paper]](https://arxiv.org/pdf/2307.02046)',
    '## Fine-tuning',
    '- Recommender Systems in the Era of Large Language Models, [[paper]](https://arxiv.org/abs/2307.02046v3)',
  ].join('\n');
  const severitiesWith = (setting: RuleSetting) =>
    lintText(markdown, 'README.md', { config: { rules: { 'duplicate-entry': setting } }, ...ON_TODAY })
      .findings.filter((f) => f.rule === 'duplicate-entry')
      .map((f) => [f.line, f.severity]);

  it('keeps the crossSection severity a user chose under the severity configured for the rule', () => {
    expect(severitiesWith(['warning', { crossSection: 'info' }])).toEqual([
      [3, 'warning'],
      [5, 'info'],
    ]);
  });

  it('applies a configured severity to every finding whose severity the rule inferred', () => {
    expect(severitiesWith('warning')).toEqual([
      [3, 'warning'],
      [5, 'warning'],
    ]);
  });
});
