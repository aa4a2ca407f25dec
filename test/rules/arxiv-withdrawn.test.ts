import { Agent } from 'undici';
import { afterAll, describe, expect, it } from 'vitest';
import rule from '../../src/rules/arxiv-withdrawn.js';
import { listOf } from '../helpers/list.js';
import { arxivResultsFromFake, brief, resultsOf } from './registry-results.js';

const dispatcher = new Agent();
afterAll(() => dispatcher.close());

describe('arxiv-withdrawn', () => {
  it('warns about withdrawn papers, quoting the comment, but not about a pinned earlier version', async () => {
    const markdown = [
      '- Sparse Mixture Routers for Streaming Recommendation, [[paper]](https://arxiv.org/abs/2401.00101)',
      '- Sparse Mixture Routers for Streaming Recommendation, [[v1]](https://arxiv.org/abs/2401.00101v1)',
      '- Heat-bath random walks with Markov bases, arXiv:1605.08386',
      '',
    ].join('\n');
    const list = listOf(markdown);
    const findings = rule.check(list, await arxivResultsFromFake(list, dispatcher));
    expect(brief(findings)).toEqual([
      '1:56 warning arXiv paper 2401.00101 was withdrawn: "This paper has been withdrawn by the author due to an error in Theorem 2"',
    ]);
  });

  it('shortens long comments', () => {
    const list = listOf('- A Paper, arXiv:2401.00101\n');
    const comment = `Withdrawn. ${'x'.repeat(400)}`;
    const results = resultsOf({
      arxiv: {
        '2401.00101': {
          status: 'found',
          record: { id: '2401.00101', title: 'A Paper', comment, withdrawn: true },
        },
      },
    });
    const [finding] = rule.check(list, results);
    expect(finding.severity).toBe('warning');
    expect(finding.message.length).toBeLessThan(220);
    expect(finding.message.endsWith('…"')).toBe(true);
  });
});
