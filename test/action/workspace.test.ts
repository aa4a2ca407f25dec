// The Action reads only files whose real path is inside the workspace, outside .git, and never through a
// symbolic link the pull request adds (issue #19, item 7): under pull_request_target a link to a secret
// once put its text into a public review suggestion.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { workspaceRefusal } from '../../src/action/workspace.js';
import { tempDir } from '../helpers/cli.js';
import { type FakeRepo, startFakeRepo } from './fake-repo.js';
import { type ActionSetup, runInProcess } from './harness.js';
import { HEAD_SHA, TOKEN, workspaceWith } from './scenario.js';

const SECRET = 'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI-K7MDENG';
// A secret file shaped like a list with a fixable link, so that a leak would reach a suggestion.
const SECRET_FILE = `- ${SECRET}, arxiv 2023/04, [[paper]](https://arxiv.org/abd/2304.10149)\n`;
const LIST = '- Is ChatGPT a Good Recommender?, arxiv 2023/04, [[paper]](https://arxiv.org/abd/2304.10149)\n';

const stopping: FakeRepo[] = [];
afterEach(async () => {
  await Promise.all(stopping.splice(0).map((repo) => repo.github.close()));
});

async function repoAdding(...filenames: string[]): Promise<FakeRepo> {
  const repo = await startFakeRepo('octo', 'papers', {
    pullFiles: filenames.map((filename) => ({ filename, status: 'added', patch: '@@ -0,0 +1 @@\n+x' })),
  });
  stopping.push(repo);
  return repo;
}

const pullRequest = (repo: FakeRepo, workspace: string): ActionSetup => ({
  workspace,
  event: 'pull_request_target',
  payload: { action: 'synchronize', number: 7, pull_request: { number: 7, head: { sha: HEAD_SHA } } },
  inputs: { 'github-token': TOKEN, links: 'false' },
  apiUrl: repo.github.api,
});

function expectNoLeak(visible: string, repo: FakeRepo) {
  expect(visible).not.toContain(SECRET);
  for (const request of repo.github.requests) expect(request.body).not.toContain(SECRET);
}

describe('the Action and symbolic links', () => {
  it('a pull request that makes README.md a link to a secret outside the workspace: not read, said why', async () => {
    const secret = path.join(tempDir(), 'secret.env');
    writeFileSync(secret, SECRET_FILE);
    const workspace = workspaceWith({});
    symlinkSync(secret, path.join(workspace, 'README.md'));
    const repo = await repoAdding('README.md');
    const run = await runInProcess(pullRequest(repo, workspace));
    expectNoLeak(run.visible, repo);
    expect(run.stdout).toContain(
      '::warning::paperlint did not read README.md: README.md is a symbolic link the pull request adds or changes',
    );
  });

  it('a link the pull request adds to a file inside the workspace is not followed either', async () => {
    const workspace = workspaceWith({ 'notes/private.md': SECRET_FILE });
    symlinkSync('notes/private.md', path.join(workspace, 'README.md'));
    const repo = await repoAdding('README.md');
    const run = await runInProcess(pullRequest(repo, workspace));
    expectNoLeak(run.visible, repo);
    expect(run.stdout).toContain('::warning::paperlint did not read README.md');
  });

  it('a link already in the repository, to a list inside it, is read as before', async () => {
    const workspace = workspaceWith({ 'docs/list.md': LIST });
    symlinkSync('docs/list.md', path.join(workspace, 'README.md'));
    const repo = await repoAdding('docs/list.md');
    const run = await runInProcess(pullRequest(repo, workspace));
    expect(run.stdout).not.toContain('did not read');
    expect(Number(run.outputs.errors)).toBe(1);
  });

  it('a scheduled scan does not read a list whose real path is outside the workspace or inside .git', async () => {
    const repo = await repoAdding();
    const secret = path.join(tempDir(), 'secret.env');
    writeFileSync(secret, SECRET_FILE);
    const workspace = workspaceWith({ '.git/config': `[credential]\n\t${SECRET}\n` });
    symlinkSync(secret, path.join(workspace, 'README.md'));
    symlinkSync('.git/config', path.join(workspace, 'CREDITS.md'));
    const run = await runInProcess({
      workspace,
      event: 'schedule',
      payload: {},
      inputs: {
        'github-token': TOKEN,
        links: 'false',
        'tracking-issue': 'false',
        files: 'README.md\nCREDITS.md',
      },
      apiUrl: repo.github.api,
    });
    expectNoLeak(run.visible, repo);
    expect(run.stdout).toContain('paperlint did not read README.md: its real path is outside the workspace');
    expect(run.stdout).toContain(
      "paperlint did not read CREDITS.md: its real path is inside the repository's .git folder",
    );
  });
});

describe('workspaceRefusal', () => {
  it('names a link the pull request adds anywhere on the path, and lets plain files and missing ones through', async () => {
    const workspace = tempDir();
    mkdirSync(path.join(workspace, 'real'));
    writeFileSync(path.join(workspace, 'real', 'list.md'), LIST);
    symlinkSync('real', path.join(workspace, 'docs'));
    const changed = new Set(['docs']);
    expect(await workspaceRefusal(workspace, 'docs/list.md', changed)).toBe(
      'docs is a symbolic link the pull request adds or changes',
    );
    expect(await workspaceRefusal(workspace, 'docs/list.md')).toBeUndefined();
    expect(await workspaceRefusal(workspace, 'real/list.md', changed)).toBeUndefined();
    expect(await workspaceRefusal(workspace, 'missing.md', changed)).toBeUndefined();
    const outside = path.join(tempDir(), 'outside.md');
    writeFileSync(outside, LIST);
    expect(await workspaceRefusal(workspace, path.relative(workspace, outside))).toBe(
      'its real path is outside the workspace',
    );
  });
});
