// local-link in the Action: the workspace is the repository and GITHUB_REPOSITORY names it, so links to its own
// files on github.com, on the run's branch, are checked in the checkout and never fetched.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';
import { startFakeRepo } from './fake-repo.js';
import { runInProcess } from './harness.js';
import { TOKEN, workspaceWith } from './scenario.js';

const stopping: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(stopping.splice(0).map((server) => server.close()));
});

const LIST = `# Papers

- A Paper, [[notes]](https://github.com/octo/papers/blob/main/docs/notes.md#setup) [[figure]](img/figure.png)
- B Paper, [[notes]](https://github.com/octo/papers/blob/main/docs/gone.md) [[figure]](img/missing.png)
`;

describe('run() and local links', () => {
  it('checks the repository’s own links in the checkout, on a scan that verifies every link, without fetching them', async () => {
    const repo = await startFakeRepo('octo', 'papers');
    stopping.push(repo.github);
    const run = await runInProcess({
      workspace: workspaceWith({
        'README.md': LIST,
        'docs/notes.md': '# Notes\n\n## Setup\n',
        'img/figure.png': 'png',
      }),
      event: 'workflow_dispatch',
      payload: {},
      inputs: { 'github-token': TOKEN, links: 'true', cache: 'false', 'tracking-issue': 'false' },
      apiUrl: repo.github.api,
      env: { GITHUB_REF_NAME: 'main' },
    });
    const report = JSON.parse(readFileSync(run.outputs.report, 'utf8')) as Report;
    expect(report.findings.map((f) => `${f.line} ${f.rule} ${f.message}`)).toEqual([
      "4 local-link Missing file 'docs/gone.md'",
      "4 local-link Missing file 'img/missing.png'",
    ]);
    expect(report.summary.links.checked).toBe(0);
    // Neither the repository itself (REST or GraphQL) nor its page was asked about.
    expect(repo.requestsTo('/repos/octo/papers').filter((r) => r.path === '/repos/octo/papers')).toEqual([]);
    expect(repo.requestsTo('/graphql')).toEqual([]);
  });
});
