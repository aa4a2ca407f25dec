import { Agent } from 'undici';
import { afterAll, describe, expect, it } from 'vitest';
import rule from '../../src/rules/doi-not-found.js';
import { lookupDois } from '../../src/verify/doi.js';
import { startFakeDoi } from '../helpers/fake-doi.js';
import { brief, listOf, resultsOf } from './registry-results.js';

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
