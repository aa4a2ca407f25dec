import { Agent } from 'undici';
import { afterAll, describe, expect, it } from 'vitest';
import rule from '../../src/rules/arxiv-not-found.js';
import { listOf } from '../helpers/list.js';
import { arxivResultsFromFake, brief, resultsOf } from './registry-results.js';

const dispatcher = new Agent();
afterAll(() => dispatcher.close());

describe('arxiv-not-found', () => {
  it('reports ids the fake arXiv API leaves out, once per entry, on the first link', async () => {
    const markdown = [
      '# Papers',
      '- Heat-bath random walks with Markov bases, [[paper]](https://arxiv.org/abs/1605.08386)',
      '- Ghost Paper, [[abs]](https://arxiv.org/abs/2401.99999) [[pdf]](https://arxiv.org/pdf/2401.99999)',
      '- Pinned Ghost Version, arXiv:2403.00303v7',
      '',
    ].join('\n');
    const list = listOf(markdown);
    const findings = rule.check(list, await arxivResultsFromFake(list, dispatcher));
    expect(brief(findings)).toEqual([
      '3:16 error arXiv paper 2401.99999 not found',
      '4:25 error arXiv paper 2403.00303v7 not found',
    ]);
    expect(findings[0].url).toBe('https://arxiv.org/abs/2401.99999');
    expect(findings[1].url).toBeUndefined();
  });

  it('says nothing about ids that could not be verified or were not looked up', () => {
    const list = listOf('- A Paper, [[paper]](https://arxiv.org/abs/2401.99999)\n- B, arXiv:2401.99998\n');
    const results = resultsOf({
      arxiv: { '2401.99999': { status: 'unverifiable', reason: 'arXiv API busy' } },
    });
    expect(rule.check(list, results)).toEqual([]);
    expect(rule.id).toBe('arxiv-not-found');
  });
});
