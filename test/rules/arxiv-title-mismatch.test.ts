import { Agent } from 'undici';
import { afterAll, describe, expect, it } from 'vitest';
import rule from '../../src/rules/arxiv-title-mismatch.js';
import { listOf } from '../helpers/list.js';
import { arxivResultsFromFake, brief, resultsOf } from './registry-results.js';

const dispatcher = new Agent();
afterAll(() => dispatcher.close());

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
    const list = listOf(markdown);
    const findings = rule.check(list, await arxivResultsFromFake(list, dispatcher));
    expect(brief(findings)).toEqual([
      '6:50 error Title does not match arXiv 2403.00303: "MicroClip: A Content-Driven Micro-Video Recommendation Dataset at Scale"',
      '7:103 info Title differs slightly from arXiv quant-ph/0201082: "Quantum Computers and Quantum Computer Languages: Quantum Assembly Language and Quantum C Language"',
      '8:30 error Title does not match arXiv 1707.08567: "Proceedings of Workshop AEW10: Concepts in Information Theory and Communications"',
    ]);
    expect(findings[2].url).toBe('https://arxiv.org/abs/1707.08567');
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
