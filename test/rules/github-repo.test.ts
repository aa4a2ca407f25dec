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

  describe('empty and stale repositories', () => {
    const markdown = [
      '- Live Paper, arXiv:2301.00001, [[code]](https://github.com/lab/live)',
      '- Soon Paper, arXiv:2301.00002, [[code]](https://github.com/lab/soon) [[again]](https://github.com/lab/soon/tree/main)',
      '- Old Paper, arXiv:2301.00003, [[code]](https://github.com/lab/old)',
      '- Old Archived Paper, arXiv:2301.00004, [[code]](https://github.com/lab/frozen)',
      '',
    ].join('\n');
    const list = listOf(markdown);
    const repos = {
      'lab/live': { lastCommit: '2026-05-01T10:00:00Z' },
      'lab/soon': { empty: true },
      'lab/old': { lastCommit: '2019-03-02T08:00:00Z' },
      'lab/frozen': { archived: true, lastCommit: '2018-01-01T00:00:00Z' },
    };
    const today = new Date('2026-06-30T12:00:00Z');

    /** The lookups verify() would make for the list, through GraphQL (with a token) or REST (without). */
    async function lookedUp(token?: string) {
      const fake = await startFakeGithub({ repos, ...(token && { token, graphql: '/graphql' }) });
      try {
        const { results: github, requests } = await lookupGithubRepos(
          list.entries.flatMap((entry) => entry.links.flatMap((link) => githubRepoOf(link.url) ?? [])),
          { api: fake.api, token, concurrency: 2, dispatcher, userAgent: 'paperlint-test', timeout: 2000 },
        );
        return { results: { ...resultsOf({}), github }, requests, asked: fake.requests.map((r) => r.body) };
      } finally {
        await fake.close();
      }
    }

    it('through GraphQL: an empty repository is an info, in the one request that asks for all of them', async () => {
      const { results, requests, asked } = await lookedUp('ghs_token');
      expect(requests).toBe(1);
      expect(asked[0]).toContain('isEmpty');
      expect(asked[0]).toContain('committedDate');
      expect(results.github.get('lab/old')).toMatchObject({
        empty: false,
        lastChange: '2019-03-02T08:00:00Z',
      });
      expect(brief(rule.check(list, results, rule.defaults, { today }))).toEqual([
        '2:33 info GitHub repository lab/soon is empty: no code has been pushed',
        '4:41 warning GitHub repository lab/frozen is archived',
      ]);
    });

    it('reports repositories without a commit for longer than staleAfterYears, only when asked', async () => {
      const { results } = await lookedUp('ghs_token');
      const stale = rule.check(list, results, { staleAfterYears: 3 }, { today });
      expect(brief(stale)).toEqual([
        '2:33 info GitHub repository lab/soon is empty: no code has been pushed',
        '3:32 info GitHub repository lab/old has not changed since 2019-03-02 (over 7 years)',
        '4:41 warning GitHub repository lab/frozen is archived',
      ]);
      expect(brief(rule.check(list, results, { staleAfterYears: 10 }, { today }))).toHaveLength(2);
    });

    it('through REST (no token): the latest push tells the age, nothing tells an empty repository', async () => {
      const { results, requests } = await lookedUp();
      expect(requests).toBe(4);
      expect(results.github.get('lab/soon')).not.toHaveProperty('empty');
      expect(brief(rule.check(list, results, { staleAfterYears: 3 }, { today }))).toEqual([
        '3:32 info GitHub repository lab/old has not changed since 2019-03-02 (over 7 years)',
        '4:41 warning GitHub repository lab/frozen is archived',
      ]);
    });

    it('takes staleAfterYears from the configuration through lint()', async () => {
      const { lintText, reportWith } = await import('../../src/lint.js');
      const { results } = await lookedUp('ghs_token');
      const options = {
        today,
        config: {
          rules: {
            'github-repo': ['warning', { staleAfterYears: 5 }] as ['warning', { staleAfterYears: number }],
          },
        },
      };
      const report = reportWith([lintText(markdown, 'README.md', options)], options, results);
      expect(
        report.findings.filter((f) => f.rule === 'github-repo').map((f) => `${f.line} ${f.severity}`),
      ).toEqual(['2 warning', '3 warning', '4 warning']);
    });
  });
});
