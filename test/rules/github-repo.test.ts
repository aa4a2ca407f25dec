import { Agent } from 'undici';
import { afterAll, describe, expect, it } from 'vitest';
import rule from '../../src/rules/github-repo.js';
import { githubRepoOf, lookupGithubRepos } from '../../src/verify/github.js';
import { startFakeGithub } from '../helpers/fake-github.js';
import { listOf } from '../helpers/list.js';
import { brief, resultsOf } from './registry-results.js';

const dispatcher = new Agent();
afterAll(() => dispatcher.close());

describe('github-repo', () => {
  it('warns about archived repositories, once per entry, and leaves the rest to the link rules', async () => {
    const markdown = [
      '- Live Paper, arXiv:2301.00001, [[code]](https://github.com/lab/live)',
      '- Old Paper, arXiv:2301.00002, [[code]](https://github.com/old/Thing) [[data]](https://github.com/old/thing/tree/main/data)',
      '- Renamed Paper, arXiv:2301.00003, [[code]](https://github.com/lab/old-name)',
      '- Gone Paper, arXiv:2301.00004, [[code]](https://github.com/gone/away)',
      '- Not a repo, arXiv:2301.00005, [[site]](https://github.com/features/copilot)',
      '',
    ].join('\n');
    const list = listOf(markdown);
    const fake = await startFakeGithub({
      repos: {
        'lab/live': {},
        'old/Thing': { archived: true },
        'lab/old-name': { movedTo: 'org/new-name' },
        'org/new-name': { archived: true },
      },
    });
    try {
      // What verify() does: repository links to the API, results filed per repository.
      const links = list.entries.flatMap((entry) => entry.links.map((link) => link.url));
      const { results: github } = await lookupGithubRepos(
        links.flatMap((url) => githubRepoOf(url) ?? []),
        { api: fake.api, concurrency: 2, dispatcher, userAgent: 'paperlint-test', timeout: 2000 },
      );
      const findings = rule.check(list, { ...resultsOf({}), github });
      expect(brief(findings)).toEqual(['2:32 warning GitHub repository old/Thing is archived']);
      expect(findings[0].url).toBe('https://github.com/old/Thing');
      expect(fake.requests.map((request) => request.path)).not.toContain('/repos/features/copilot');
    } finally {
      await fake.close();
    }
  });

  it('ignores links that are not repository links', () => {
    const list = listOf('- A Paper, arXiv:2301.00001, [[x]](https://github.com/features/copilot)\n');
    const results = resultsOf({
      github: {
        'features/copilot': {
          status: 'found',
          archived: true,
          fullName: 'features/copilot',
          htmlUrl: 'https://github.com/features/copilot',
        },
      },
    });
    expect(rule.check(list, results)).toEqual([]);
  });
});
