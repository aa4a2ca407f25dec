import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRuleDocs } from '../../scripts/rule-docs.js';
import rule from '../../src/rules/arxiv-title-mismatch.js';
import type { PaperList } from '../../src/types.js';
import { verify } from '../../src/verify/index.js';
import type { ArxivResult } from '../../src/verify/types.js';
import { arxivRequestOf, type FakeArxiv, startFakeArxiv } from '../helpers/fake-arxiv.js';
import { listOf } from '../helpers/list.js';
import { testOptions, testTuning } from '../verify/setup.js';
import { handBuiltList } from './hand-built-entries.js';
import { brief, resultsOf } from './registry-results.js';

let fake: FakeArxiv;
beforeAll(async () => {
  fake = await startFakeArxiv();
});
afterAll(() => fake.close());

/** The rule's findings on a list, its arXiv ids verified on the fake as a run verifies them. */
async function check(list: PaperList) {
  const results = await verify(arxivRequestOf(list), testOptions({ arxivApi: fake.api }), testTuning());
  return brief(rule.check(list, results));
}

const found = (id: string, title: string): ArxivResult => ({
  status: 'found',
  record: { id, version: 1, title, withdrawn: false },
});

describe('arxiv-title-mismatch', () => {
  it('compares each title with the arXiv title of the version the link names', async () => {
    const markdown = [
      '# Papers',
      '- Heat-Bath Random Walks with Markov Bases, [[paper]](https://arxiv.org/abs/1605.08386)',
      '- Scaling O(n) Attention: Linear Transformers for Very Long Sequences, arXiv:2402.00202',
      '- A Content-Driven Micro-Video Recommendation Dataset at Scale, [[paper]](https://arxiv.org/abs/2403.00303)',
      '- Learning to Rank Micro-Videos from Raw Frames, [[v1]](https://arxiv.org/abs/2403.00303v1)',
      '- Learning to Rank Micro-Videos from Raw Frames, [[paper]](https://arxiv.org/abs/2403.00303)',
      '- Quantum Computers and Quantum Computer Langauges: Quantum Assembly Language and Quantum C Language, arXiv:quant-ph/0201082',
      '- Attention Is All You Need, [[paper]](https://arxiv.org/abs/1707.08567)',
      '',
    ].join('\n');
    expect(await check(listOf(markdown))).toEqual([
      '6:50 info Title is the first title of arXiv 2403.00303, since renamed "MicroClip: A Content-Driven Micro-Video Recommendation Dataset at Scale"',
      '7:103 info Title differs slightly from arXiv quant-ph/0201082: "Quantum Computers and Quantum Computer Languages: Quantum Assembly Language and Quantum C Language"',
      '8:30 error Title does not match arXiv 1707.08567: "Proceedings of Workshop AEW10: Concepts in Information Theory and Communications"',
    ]);
  });

  it('runs the examples of its documentation against papers the fake arXiv knows', async () => {
    const doc = readRuleDocs().find((d) => d.id === 'arxiv-title-mismatch');
    expect(doc?.examples.map((example) => example.kind)).toEqual(['ok', 'not-ok']);
    for (const example of doc?.examples ?? []) {
      const expected = example.expect.map((e) => `${e.line}:${e.column} ${e.severity} ${e.message}`);
      expect(await check(listOf(example.markdown)), example.markdown).toEqual(expected);
    }
  });

  it('says nothing about an entry whose title is a name', () => {
    const list = handBuiltList([
      { title: 'MusicGen', arxiv: ['2306.05284'] },
      { title: 'Chain of Thought Reasoning', titleKind: 'name', arxiv: ['2201.11903'] },
      { title: 'Where to Go Next for Recommender Systems', arxiv: ['2303.13835'] },
    ]);
    const results = resultsOf({
      arxiv: {
        '2306.05284': found('2306.05284', 'Simple and Controllable Music Generation'),
        '2201.11903': found('2201.11903', 'Language Models are Few-Shot Learners'),
        '2303.13835': found(
          '2303.13835',
          'Where to Go Next for Recommender Systems? ID- vs. Modality-based Recommender Models Revisited',
        ),
      },
    });
    expect(rule.check(list, results)).toEqual([]);
  });

  it('says nothing in a list that writes names, where most titles are not their arXiv titles', () => {
    const papers: Array<[string, string, string]> = [
      ['2306.05284', 'MusicGen: a controllable model for music', 'Simple and Controllable Music Generation'],
      [
        '2405.21060',
        'Mamba-2 with structured state space duality',
        'Transformers are SSMs: Generalized Models',
      ],
      [
        '2303.11366',
        'Reflexion agents that learn by reflecting',
        'Reflexion: Language Agents with Verbal RL',
      ],
      [
        '2305.10601',
        'Tree of Thoughts for deliberate problem solving',
        'Tree of Thoughts: Deliberate Problem Solving',
      ],
      ['2309.15427', 'Graph Neural Prompting with LLMs', 'Graph Neural Prompting with Large Language Models'],
      ['2310.06825', 'Mistral 7B, an efficient open model', 'Mistral 7B'],
    ];
    const list = handBuiltList(papers.map(([id, title]) => ({ title, arxiv: [id] })));
    const results = resultsOf({
      arxiv: Object.fromEntries(papers.map(([id, , title]) => [id, found(id, title)])),
    });
    expect(rule.check(list, results)).toEqual([]);
  });

  it('errs on a wrong link in a list that writes full titles', () => {
    const titles = ['Alpha Networks for Ranking', 'Beta Models of Search', 'Gamma Graphs for Retrieval'];
    const list = handBuiltList([
      ...titles.map((title, n) => ({ title, arxiv: [`2401.0000${n + 1}`] })),
      { title: 'Delta Transformers for Speech Recognition', arxiv: ['2401.00004'] },
      { title: 'Epsilon Agents in Open Worlds', arxiv: ['2401.00005'] },
    ]);
    const results = resultsOf({
      arxiv: {
        ...Object.fromEntries(
          titles.map((title, n) => [`2401.0000${n + 1}`, found(`2401.0000${n + 1}`, title)]),
        ),
        '2401.00004': found('2401.00004', 'Delta Transformers for Speech Recognition'),
        '2401.00005': found('2401.00005', 'Knowledge Graph Completion with Rule Mining'),
      },
    });
    expect(brief(rule.check(list, results))).toEqual([
      '5:1 error Title does not match arXiv 2401.00005: "Knowledge Graph Completion with Rule Mining"',
    ]);
  });

  it('never compares a translated title: another script than the arXiv title', () => {
    const papers: Array<[string, string, string]> = [
      [
        '2307.15818',
        'RT-2: 视觉语言动作模型将网络知识转移到机器人控制',
        'RT-2: Vision-Language-Action Models',
      ],
      ['2303.03378', '具身多模态语言模型', 'PaLM-E: An Embodied Multimodal Language Model'],
      ['2401.00001', 'Alpha Networks for Ranking', 'Alpha Networks for Ranking'],
      ['2401.00002', 'Beta Models of Search', 'Beta Models of Search'],
      ['2401.00003', 'Gamma Graphs for Retrieval', 'Gamma Graphs for Retrieval'],
      ['2401.00004', 'Delta Transformers for Speech', 'Delta Transformers for Speech'],
      ['2401.00005', 'Epsilon Agents in Open Worlds', 'Knowledge Graph Completion with Rule Mining'],
      ['2401.00006', 'Zeta: A Benchmark', 'Zeta：面向中文的基准'],
    ];
    const list = handBuiltList(papers.map(([id, title]) => ({ title, arxiv: [id] })));
    const results = resultsOf({
      arxiv: Object.fromEntries(papers.map(([id, , title]) => [id, found(id, title)])),
    });
    expect(brief(rule.check(list, results))).toEqual([
      '7:1 error Title does not match arXiv 2401.00005: "Knowledge Graph Completion with Rule Mining"',
    ]);
  });

  it('needs a title and a found paper', () => {
    const list = listOf('- [[paper]](https://arxiv.org/abs/1605.08386)\n- Some Title, arXiv:1605.08387\n');
    const results = resultsOf({
      arxiv: {
        '1605.08386': { status: 'found', record: { id: '1605.08386', title: 'Other', withdrawn: false } },
        '1605.08387': { status: 'not-found' },
      },
    });
    expect(rule.check(list, results)).toEqual([]);
  });
});

describe('arxiv-title-mismatch: a name kept across a renaming', () => {
  it('calls titles that share a distinctive lead before the colon a renamed paper, an info, never an error', () => {
    const list = listOf(
      [
        '- Reflexion: an autonomous agent with dynamic memory and self-reflection, [[paper]](https://arxiv.org/abs/2303.11366)',
        '- Survey: Large Language Models for Recommendation, [[paper]](https://arxiv.org/abs/2305.19860)',
        '',
      ].join('\n'),
    );
    const results = resultsOf({
      arxiv: {
        '2303.11366': found('2303.11366', 'Reflexion: Language Agents with Verbal Reinforcement Learning'),
        '2305.19860': found('2305.19860', 'Survey: Graph Neural Networks in Chemistry'),
      },
    });
    expect(brief(rule.check(list, results))).toEqual([
      '1:75 info Title shares its name with arXiv 2303.11366 but not the rest: "Reflexion: Language Agents with Verbal Reinforcement Learning"; renamed?',
      '2:53 error Title does not match arXiv 2305.19860: "Survey: Graph Neural Networks in Chemistry"',
    ]);
  });
});
