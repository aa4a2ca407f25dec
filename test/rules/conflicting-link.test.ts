import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stripBom } from '../../src/parse/index.js';
import conflictingLink from '../../src/rules/conflicting-link.js';
import { pairEntries } from '../../src/rules/entry-pairs.js';
import type { PaperList } from '../../src/types.js';
import { listOf, ON_TODAY } from '../helpers/list.js';
import { handBuiltList } from './hand-built-entries.js';

function lint(list: PaperList) {
  return conflictingLink
    .check(list, conflictingLink.defaults, ON_TODAY)
    .map((f) => ({ line: f.span.start.line, severity: f.severity, message: f.message, related: f.related }));
}

describe('conflicting-link on hand-built entries', () => {
  it('reports an arXiv id shared by clearly different titles, on the later entry', () => {
    const list = handBuiltList([
      {
        title:
          'E4SRec: An Elegant Effective Efficient Extensible Solution of Large Language Models for Sequential Recommendation',
        arxiv: ['2312.02443'],
      },
      { title: 'LLaRA: Aligning Large Language Models with Sequential Recommenders', arxiv: ['2312.02443'] },
    ]);
    expect(lint(list)).toEqual([
      {
        line: 2,
        severity: 'error',
        message:
          "Conflicting link: arXiv id 2312.02443 is also the link of line 1, a different title ('E4SRec: An Elegant Effective Efficient Extensible Solution of Large Language…')",
        related: [
          {
            line: 1,
            column: 1,
            message:
              "Conflicting link: arXiv id 2312.02443 is also the link of line 2, a different title ('LLaRA: Aligning Large Language Models with Sequential Recommenders')",
          },
        ],
      },
    ]);
  });

  it('reports DOIs and paper URLs too', () => {
    const list = handBuiltList([
      { title: 'Graph Neural Networks for Chemistry', dois: ['10.1/abc'] },
      { title: 'Speech Recognition at Scale', dois: ['10.1/ABC'] },
      {
        title: 'Contrastive Learning of Images',
        links: [{ label: 'paper', url: 'https://aclanthology.org/2023.acl-long.1/' }],
      },
      {
        title: 'Reinforcement Learning for Robots',
        links: [{ label: 'paper', url: 'https://aclanthology.org/2023.acl-long.1' }],
      },
    ]);
    expect(lint(list).map((f) => [f.line, f.message.slice(0, f.message.indexOf(' is also'))])).toEqual([
      [2, 'Conflicting link: DOI 10.1/abc'],
      [4, 'Conflicting link: URL aclanthology.org/2023.acl-long.1'],
    ]);
  });

  it('stays quiet for the same paper under a typo, a short name, a shortened or a renamed title', () => {
    const list = handBuiltList([
      {
        title: 'Leveraging Large Language Models in ConversationalRecommender Systems',
        arxiv: ['2305.07961'],
      },
      {
        title: 'Leveraging Large Language Models in Conversational Recommender Systems',
        arxiv: ['2305.07961'],
      },
      {
        title: 'MicroLens: A Content-Driven Micro-Video Recommendation Dataset at Scale',
        arxiv: ['2309.15379'],
      },
      { title: 'A Content-Driven Micro-Video Recommendation Dataset at Scale', arxiv: ['2309.15379'] },
      {
        title: 'Where to Go Next for Recommender Systems? ID-vs. Modality-based recommender models revisited',
        arxiv: ['2303.13835'],
      },
      { title: 'Where to Go Next for Recommender Systems', arxiv: ['2303.13835'] },
      { title: 'Training Compute-Optimal Large Language Models', arxiv: ['2203.15556'] },
      {
        title: 'An empirical analysis of compute-optimal large language model training',
        arxiv: ['2203.15556'],
      },
    ]);
    expect(lint(list)).toEqual([]);
  });

  it('never compares code repositories or title links to code hosts', () => {
    const list = handBuiltList([
      {
        title: 'Graph Neural Networks for Chemistry',
        links: [{ label: 'code', url: 'https://github.com/lab/kit' }],
      },
      { title: 'Speech Recognition at Scale', links: [{ label: 'code', url: 'https://github.com/lab/kit' }] },
      { title: 'kit', links: [{ label: 'kit', url: 'https://github.com/lab/other' }] },
      { title: 'other', links: [{ label: 'other', url: 'https://github.com/lab/other' }] },
    ]);
    expect(lint(list)).toEqual([]);
  });

  it('never lets a name refute another title: one paper under two names is a duplicate', () => {
    const list = handBuiltList([
      { title: 'MoCo', titleKind: 'name', arxiv: ['1911.05722'] },
      { title: 'MoCov1', titleKind: 'name', arxiv: ['1911.05722'] },
      { title: 'Llama 3.1 paper, part 2: pretraining data', titleKind: 'name', arxiv: ['2407.21783'] },
      { title: 'Llama 3.1', titleKind: 'name', arxiv: ['2407.21783'] },
    ]);
    expect(lint(list)).toEqual([]);
    expect(pairEntries(list.entries).map((pair) => [pair.relation, pair.entry.title])).toEqual([
      ['duplicate', 'MoCov1'],
      ['duplicate', 'Llama 3.1'],
    ]);
  });

  it('skips entries without a title: nothing to compare', () => {
    const list = handBuiltList([
      { title: 'Graph Neural Networks for Chemistry', arxiv: ['2301.00001'] },
      { title: '', arxiv: ['2301.00001'] },
    ]);
    expect(lint(list)).toEqual([]);
  });

  it('reports one conflict per earlier entry even when several keys collide', () => {
    const list = handBuiltList([
      { title: 'Graph Neural Networks for Chemistry', arxiv: ['2301.00001'], dois: ['10.1/a'] },
      { title: 'Speech Recognition at Scale', arxiv: ['2301.00001'], dois: ['10.1/a'] },
    ]);
    expect(lint(list).map((f) => f.line)).toEqual([2]);
  });
});

function lintMarkdown(markdown: string) {
  const source = stripBom(markdown);
  return lint(listOf(source)).map((f) => `${f.line}: ${f.message}`);
}

describe('conflicting-link on Markdown', () => {
  it('finds an id copied from the neighbouring table row (fix-004 shape)', () => {
    const markdown = [
      '| Name | Paper | Venue | Year |',
      '| --- | --- | --- | --- |',
      '| E4SRec | [E4SRec: An Elegant Effective Efficient Extensible Solution of Large Language Models for Sequential Recommendation](https://arxiv.org/abs/2312.02443) | arxiv | 2023 |',
      '| LLaRA | [LLaRA: Aligning Large Language Models with Sequential Recommenders](https://arxiv.org/abs/2312.02443) | arxiv | 2023 |',
    ].join('\n');
    expect(lintMarkdown(markdown)).toEqual([
      "4: Conflicting link: arXiv id 2312.02443 is also the link of line 3, a different title ('E4SRec: An Elegant Effective Efficient Extensible Solution of Large Language…')",
    ]);
  });

  it('stays quiet for one paper under a typo, a short name and a shortened title, which duplicate-entry reports', () => {
    const markdown = [
      '- Leveraging Large Language Models in ConversationalRecommender Systems, arxiv 2023/05, [[paper]](https://arxiv.org/abs/2305.07961)',
      '- MicroLens: A Content-Driven Micro-Video Recommendation Dataset at Scale, [[paper]](https://arxiv.org/abs/2309.15379)',
      '- Where to Go Next for Recommender Systems? ID-vs. Modality-based recommender models revisited, [[paper]](https://arxiv.org/pdf/2303.13835.pdf)',
      '- Leveraging Large Language Models in Conversational Recommender Systems, arxiv 2023/05, [[paper]](http://arxiv.org/abs/2305.07961v2)',
      '- A Content-Driven Micro-Video Recommendation Dataset at Scale, [[paper]](https://arxiv.org/pdf/2309.15379)',
      '- Where to Go Next for Recommender Systems, [[paper]](https://arxiv.org/abs/2303.13835)',
    ].join('\n');
    expect(lintMarkdown(markdown)).toEqual([]);
  });
});

describe('conflicting-link: links that do not name the entry', () => {
  it('ignores an arXiv link that cites another work inside the description', () => {
    const markdown = [
      '- [GPT-3: Language Models are Few-Shot Learners](https://arxiv.org/abs/2005.14165) - the model.',
      '- [GPT-Neo](https://github.com/EleutherAI/gpt-neo) - An implementation of [GPT3](https://arxiv.org/abs/2005.14165)-like models, arxiv 2021/03.',
    ].join('\n');
    expect(lintMarkdown(markdown)).toEqual([]);
  });

  it('ignores a listing page (a conference programme) linked by many papers', () => {
    const programme = 'https://recsys.acm.org/recsys23/accepted-contributions/#content-tab-1-1-tab';
    const markdown = [
      `- Large Language Models are Competitive Near Cold-start Recommenders, RecSys 2023, [[Link]](${programme})`,
      `- LLM4Rec: Large Language Models for Recommendation via A Lightweight Tuning Framework, RecSys 2023, [[Link]](${programme})`,
      `- CR-SoRec: BERT driven Consistency Regularization for Social Recommendation, RecSys 2023, [[Link]](${programme})`,
    ].join('\n');
    expect(lintMarkdown(markdown)).toEqual([]);
  });
});

const lists = path.resolve(import.meta.dirname, '../..', '../shared', 'corpus', 'lists');

/**
 * Every conflicting-link finding on the corpus lists, reviewed by hand. Two entries with clearly different
 * titles sharing one id is always a real problem: either one links the wrong paper, or the same paper is
 * listed twice under an old and a new title that share no words (only the arXiv API can tell those apart).
 */
const REVIEWED: Record<string, string> = {
  'CHIANGEL__Awesome-LLM-for-RecSys.md:438':
    'PromptRec (2306.17256) listed twice: its v1 title on line 161 and its renamed title here',
  'Mooler0410__LLMsPracticalGuide.md:206':
    "wrong id: Megatron-LM is 1909.08053; 1910.02054 is line 205's ZeRO",
  'Mooler0410__LLMsPracticalGuide.md:208':
    "wrong id: Reducing Activation Recomputation is 2205.05198; 2104.04473 is line 207's Megatron-LM GPU-cluster paper",
  'WLiK__LLM4Rec-Awesome-Papers.md:124': 'ONCE (2305.06566) also listed under its v1 title GENRE on line 74',
  'eugeneyan__applied-ml.md:482':
    "wrong paper: the Google templatic-documents post links line 480's Rakuten 2013 ACL paper",
  'nancheng58__Awesome-LLM4RS-Papers.md:51': 'ONCE (2305.06566) also listed under its v1 title on line 26',
  'nancheng58__Awesome-LLM4RS-Papers.md:135':
    "wrong id: A-LLMRec is 2404.11343; 2406.02844 is line 134's paper",
  'nancheng58__Awesome-LLM4RS-Papers.md:157':
    'wrong id on line 110: 2310.09233 is AgentCF; OpenP5 is 2306.11134',
  'westlake-repl__Recommendation-Systems-without-Explicit-ID-Features-A-Literature-Review.md:181':
    "wrong id: 2001.04253 is line 164's PeterRec, not Conure",
  'westlake-repl__Recommendation-Systems-without-Explicit-ID-Features-A-Literature-Review.md:204':
    "wrong id: 2304.00545 is line 202's FANS, not the narrative-driven recommendation paper",
};

describe.skipIf(!existsSync(lists))('conflicting-link on the corpus lists', () => {
  it('reports only the reviewed, real conflicts', { timeout: 120_000 }, () => {
    const found: string[] = [];
    for (const name of readdirSync(lists).filter((file) => file.endsWith('.md'))) {
      const source = stripBom(readFileSync(path.join(lists, name), 'utf8'));
      for (const finding of lint(listOf(source))) found.push(`${name}:${finding.line}`);
    }
    expect(found.sort()).toEqual(Object.keys(REVIEWED).sort());
  });
});

describe('conflicting-link within one entry', () => {
  it('warns when an entry’s own links name two arXiv ids, naming both, on the second link', () => {
    const md =
      '- [Event-based Vision: A Survey](https://arxiv.org/abs/1904.08405) [![arXiv](https://img.shields.io/badge/arXiv-b31b1b.svg)](https://arxiv.org/abs/1904.08406)\n';
    const findings = conflictingLink.check(listOf(md), conflictingLink.defaults, ON_TODAY);
    expect(
      findings.map((f) => [f.severity, f.message, md.slice(f.span.start.offset, f.span.end.offset)]),
    ).toEqual([
      [
        'warning',
        'Conflicting links: this entry links arXiv 1904.08405 and 1904.08406; one of them is another paper',
        '[![arXiv](https://img.shields.io/badge/arXiv-b31b1b.svg)](https://arxiv.org/abs/1904.08406)',
      ],
    ]);
  });

  it('leaves links to other papers of a series or versions alone, and a conflict between entries says it once', () => {
    const md = [
      '- [Textless NLP](https://ai.facebook.com/blog/textless-nlp/) [(Part 1)](https://arxiv.org/abs/2102.01192) [(Part 2)](https://arxiv.org/abs/2104.00355)',
      '- Deep Residual Learning for Image Recognition, [[paper]](https://arxiv.org/abs/1512.03385) [[v2 extended]](https://arxiv.org/abs/1603.05027)',
      '- Attention Is All You Need, [[paper]](https://arxiv.org/abs/1706.03762) [[pdf]](https://arxiv.org/pdf/1706.03763)',
      '- Language Models are Few-Shot Learners, [[paper]](https://arxiv.org/abs/1706.03763)',
      '',
    ].join('\n');
    expect(lint(listOf(md)).map((f) => [f.line, f.severity])).toEqual([[4, 'error']]);
  });
});
