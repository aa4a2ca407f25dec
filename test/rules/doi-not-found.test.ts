import { Agent } from 'undici';
import { afterAll, describe, expect, it } from 'vitest';
import rule from '../../src/rules/doi-not-found.js';
import unverifiedLink from '../../src/rules/unverified-link.js';
import { lookupDois } from '../../src/verify/doi.js';
import { startFakeDoi } from '../helpers/fake-doi.js';
import { listOf } from '../helpers/list.js';
import { brief, resultsOf } from './registry-results.js';

const dispatcher = new Agent();
afterAll(() => dispatcher.close());

describe('doi-not-found', () => {
  it('reports DOIs the handle API does not know, once per entry', async () => {
    const markdown = [
      '- Known Paper, [[doi]](https://doi.org/10.1145/3580305.3599519)',
      '- Unknown Paper, [[doi]](https://doi.org/10.1145/0000000.0000000) [[acm]](https://dl.acm.org/doi/10.1145/0000000.0000000)',
      '- Busy Paper, [[doi]](https://dx.doi.org/10.5555/busy)',
      '',
    ].join('\n');
    const list = listOf(markdown);
    const fake = await startFakeDoi({
      known: ['10.1145/3580305.3599519'],
      answers: { '10.5555/busy': [{ status: 503, headers: { 'retry-after': '86400' } }] },
    });
    try {
      const { results: dois } = await lookupDois(
        list.entries.flatMap((entry) => entry.dois.map((ref) => ref.doi)),
        { api: fake.api, concurrency: 2, dispatcher, userAgent: 'paperlint-test', timeout: 2000 },
      );
      const findings = rule.check(list, { ...resultsOf({}), dois });
      expect(brief(findings)).toEqual(['2:18 error DOI 10.1145/0000000.0000000 not found']);
      expect(findings[0].url).toBe('https://doi.org/10.1145/0000000.0000000');
      expect(fake.asked()).toHaveLength(3);
    } finally {
      await fake.close();
    }
  });
});

describe('unverified-link on registry results', () => {
  it('reports arXiv ids and DOIs whose registry could not answer, as info on their links', () => {
    const markdown =
      '- Paper A, [[paper]](https://arxiv.org/abs/2305.11700)\n- Paper B, [[doi]](https://doi.org/10.1145/3580305.3599519)\n';
    const findings = unverifiedLink.check(
      listOf(markdown),
      resultsOf({
        arxiv: { '2305.11700': { status: 'unverifiable', reason: 'arXiv API busy (HTTP 503)' } },
        dois: { '10.1145/3580305.3599519': { status: 'unverifiable', reason: 'DOI API answered HTTP 500' } },
      }),
    );
    expect(brief(findings)).toEqual([
      '1:12 info Could not verify arXiv id 2305.11700: arXiv API busy (HTTP 503)',
      '2:12 info Could not verify DOI 10.1145/3580305.3599519: DOI API answered HTTP 500',
    ]);
  });
});
