// The registry clients as verify() drives them: arXiv ids, DOIs and GitHub repositories of one run, each
// sent to its own loopback fake, results filed where the rules look for them.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import arxivNotFound from '../../src/rules/arxiv-not-found.js';
import arxivTitleMismatch from '../../src/rules/arxiv-title-mismatch.js';
import arxivWithdrawn from '../../src/rules/arxiv-withdrawn.js';
import doiNotFound from '../../src/rules/doi-not-found.js';
import githubRepo from '../../src/rules/github-repo.js';
import { verify } from '../../src/verify/index.js';
import { summarizeLinks } from '../../src/verify/summary.js';
import type { VerifyResults } from '../../src/verify/types.js';
import { type FakeArxiv, startFakeArxiv } from '../helpers/fake-arxiv.js';
import { type FakeDoi, startFakeDoi } from '../helpers/fake-doi.js';
import { type FakeGithub, startFakeGithub } from '../helpers/fake-github.js';
import { listOf } from '../helpers/list.js';
import { testOptions, testTuning } from './setup.js';

const markdown = [
  '# Papers',
  '- Heat-bath random walks with Markov bases, [[paper]](https://arxiv.org/abs/1605.08386) [[code]](https://github.com/old/Thing)',
  '- Ghost Paper, [[paper]](https://arxiv.org/abs/2401.99999) [[doi]](https://doi.org/10.1145/0000000.0000000)',
  '- Sparse Mixture Routers for Streaming Recommendation, [[paper]](https://arxiv.org/abs/2401.00101)',
  '- Attention Is All You Need, [[paper]](https://arxiv.org/pdf/1707.08567v1) [[doi]](https://dl.acm.org/doi/10.1145/3580305.3599519)',
  '',
].join('\n');

let arxiv: FakeArxiv;
let doi: FakeDoi;
let github: FakeGithub;
beforeAll(async () => {
  arxiv = await startFakeArxiv();
  doi = await startFakeDoi({ known: ['10.1145/3580305.3599519'] });
  github = await startFakeGithub({ repos: { 'old/Thing': { archived: true } } });
});
afterAll(async () => {
  await Promise.all([arxiv.close(), doi.close(), github.close()]);
});

describe('registry results through verify()', () => {
  it('asks each registry once per id, never the publishers, and feeds the five rules', async () => {
    const list = listOf(markdown);
    const request = {
      urls: list.entries.flatMap((entry) => entry.links.map((link) => link.url)),
      arxiv: list.entries.flatMap((entry) => entry.arxiv.map(({ id, version }) => ({ id, version }))),
      dois: list.entries.flatMap((entry) => entry.dois.map((ref) => ref.doi)),
    };
    const results = await verify(
      request,
      testOptions({ arxivApi: arxiv.api, arxivInterval: 20, doiApi: doi.api, githubApi: github.api }),
      testTuning(),
    );

    expect(arxiv.requests).toHaveLength(1);
    expect(arxiv.maxOpenConnections).toBe(1);
    expect(doi.asked().sort()).toEqual(['10.1145/0000000.0000000', '10.1145/3580305.3599519']);
    expect(github.requests.map((r) => r.path)).toEqual(['/repos/old/Thing']);

    const findings = [arxivNotFound, arxivTitleMismatch, arxivWithdrawn, doiNotFound, githubRepo].flatMap(
      (rule) =>
        rule.check(list, results).map((f) => `${rule.id} ${f.span.start.line} ${f.severity} ${f.message}`),
    );
    expect(findings).toEqual([
      'arxiv-not-found 3 error arXiv paper 2401.99999 not found',
      'arxiv-title-mismatch 5 error Title does not match arXiv 1707.08567v1: "Proceedings of Workshop AEW10: Concepts in Information Theory and Communications"',
      'arxiv-withdrawn 4 warning arXiv paper 2401.00101 was withdrawn: "This paper has been withdrawn by the author due to an error in Theorem 2"',
      'doi-not-found 3 error DOI 10.1145/0000000.0000000 not found',
      'github-repo 2 warning GitHub repository old/Thing is archived',
    ]);
  });

  it('asks for version 1 of the renamed papers whose list title is not their latest, in a second batch', async () => {
    const fresh = await startFakeArxiv();
    const dir = await mkdtemp(path.join(tmpdir(), 'paperlint-v1-'));
    try {
      const request = {
        urls: [],
        dois: [],
        arxiv: [
          {
            id: '2303.11366',
            title: 'Reflexion: an autonomous agent with dynamic memory and self-reflection',
          },
          { id: '2405.09818', title: 'Chameleon' },
          {
            id: '2403.00303',
            title: 'MicroClip: A Content-Driven Micro-Video Recommendation Dataset at Scale',
          },
          { id: '2401.00101', title: 'Sparse Mixture Routers for Streaming Recommendation' },
          { id: '1605.08386' },
        ],
      };
      const options = testOptions({
        arxivApi: fresh.api,
        arxivInterval: 20,
        cachePath: path.join(dir, 'c.json'),
      });
      const firstTitles = (results: VerifyResults) =>
        [...results.arxiv].flatMap(([key, result]) =>
          result.status === 'found' && result.record.firstTitle
            ? [`${key}: ${result.record.firstTitle}`]
            : [],
        );

      const results = await verify(request, options, testTuning());
      // Chameleon has one version; MicroClip and the routers paper carry their latest titles.
      expect(fresh.idLists()).toEqual([
        ['2303.11366', '2405.09818', '2403.00303', '2401.00101', '1605.08386'],
        ['2303.11366v1'],
      ]);
      for (const gap of fresh.gaps()) expect(gap).toBeGreaterThanOrEqual(20);
      expect(fresh.maxOpenConnections).toBe(1);
      expect(results.requests).toBe(2);
      expect(firstTitles(results)).toEqual([
        '2303.11366: Reflexion: an autonomous agent with dynamic memory and self-reflection',
      ]);
      // Version 1 is not a link of the list: neither a result of its own nor counted.
      expect([...results.arxiv.keys()]).not.toContain('2303.11366v1');
      expect(summarizeLinks(results).checked).toBe(5);

      const again = await verify(request, options, testTuning());
      expect(fresh.requests).toHaveLength(2);
      expect(again.requests).toBe(0);
      expect(firstTitles(again)).toEqual(firstTitles(results));
    } finally {
      await fresh.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
