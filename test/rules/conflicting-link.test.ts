import { describe, expect, it } from 'vitest';
import conflictingLink from '../../src/rules/conflicting-link.js';
import type { PaperList } from '../../src/types.js';
import { handBuiltList } from './hand-built-entries.js';

const TODAY = { today: new Date('2026-06-30T12:00:00Z') };

function lint(list: PaperList) {
  return conflictingLink
    .check(list, conflictingLink.defaults, TODAY)
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
        related: [{ line: 1, column: 1 }],
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
