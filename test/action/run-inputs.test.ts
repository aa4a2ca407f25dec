/**
 * run() beyond pull requests and with the inputs users of lychee-action and markdownlint-cli2-action reach
 * for: annotations on push, scheduled and manual runs, `args`, `working-directory`, `job-summary`, and the
 * `exit-code` and `markdown-report` outputs. Against the loopback fake GitHub API.
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CheckRunAnnotation } from '../../src/action/annotations.js';
import type { Report } from '../../src/types.js';
import { startFakeArxiv } from '../helpers/fake-arxiv.js';
import { startFakeServer } from '../helpers/fake-registry.js';
import { type FakeRepo, fakeRepositories } from './fake-repo.js';
import { type ActionRun, type ActionSetup, runInProcess } from './harness.js';
import {
  BASE_LIST,
  CLEAN_LIST,
  HEAD_LIST,
  HEAD_SHA,
  insertionPatch,
  lineOf,
  malformedEntries,
  TOKEN,
  workspaceWith,
} from './scenario.js';

const { repoWith, stopping } = fakeRepositories();

function scan(
  repo: FakeRepo,
  files: Record<string, string>,
  inputs: Record<string, string> = {},
  event = 'push',
) {
  const setup: ActionSetup = {
    workspace: workspaceWith(files),
    event,
    payload: {},
    inputs: { 'github-token': TOKEN, links: 'false', 'tracking-issue': 'false', ...inputs },
    apiUrl: repo.github.api,
  };
  return runInProcess(setup);
}

const reportOf = (run: ActionRun) => JSON.parse(readFileSync(run.outputs.report, 'utf8')) as Report;
const fileCommands = (stdout: string) =>
  stdout.split('\n').filter((line) => /^::(error|warning|notice) [^:]*file=/.test(line));

describe('run() on push, scheduled and manual runs', () => {
  it('annotates every finding of the list in a check run on the pushed commit', async () => {
    const repo = await repoWith();
    for (const event of ['push', 'schedule', 'workflow_dispatch']) {
      repo.state.runs.length = 0;
      const run = await scan(repo, { 'README.md': HEAD_LIST }, {}, event);
      const report = reportOf(run);
      expect(repo.state.runs).toHaveLength(1);
      const [check] = repo.state.runs;
      expect(check).toMatchObject({ name: 'paperlint', head_sha: 'f'.repeat(40), conclusion: 'failure' });
      expect(check.title).toMatch(/^\d+ errors, \d+ warnings?$/);
      const annotations = check.annotationBatches.flat() as CheckRunAnnotation[];
      expect(annotations).toHaveLength(report.findings.length);
      expect(annotations.map((a) => a.start_line).sort()).toEqual(report.findings.map((f) => f.line).sort());
      // The old malformed entry is annotated too: a scan is about the whole list.
      expect(annotations.some((a) => a.start_line === lineOf(HEAD_LIST, 'arxiv.org/abd/2304.10149'))).toBe(
        true,
      );
      expect(fileCommands(run.stdout)).toEqual([]);
      expect(run.summary).toContain('They are annotated in the `paperlint` check run.');
      expect(run.exitCode).toBe(1);
    }
  });

  it('falls back to workflow commands within the per-step caps, without checks: write or without a token', async () => {
    const list = `# Papers\n\n${malformedEntries(25)}\n`;
    const refused = await repoWith({ checkRuns: 403 });
    const run = await scan(refused, { 'README.md': list });
    const shown = fileCommands(run.stdout);
    expect(shown.filter((line) => line.startsWith('::error ')).length).toBe(10);
    const hidden = reportOf(run).findings.length - shown.length;
    expect(hidden).toBeGreaterThan(0);
    expect(run.summary).toContain(
      `They are annotated on their lines. ${hidden} findings could not be shown inline (GitHub shows at most 10 errors, 10 warnings and 10 notices per step): the table lists them all.`,
    );

    const tokenless = await runInProcess({
      workspace: workspaceWith({ 'README.md': list }),
      event: 'push',
      payload: {},
      inputs: { 'github-token': '', links: 'false' },
      apiUrl: refused.github.api,
    });
    expect(fileCommands(tokenless.stdout)).toHaveLength(shown.length);
    expect(tokenless.stderr).toBe('');
    expect(refused.github.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('a clean list gets a green check run and no table', async () => {
    const repo = await repoWith();
    const run = await scan(repo, { 'README.md': CLEAN_LIST });
    expect(repo.state.runs[0]).toMatchObject({ conclusion: 'success', title: 'No problems' });
    expect(run.summary).not.toContain('They are annotated');
    expect(run.exitCode).toBe(0);
    expect(run.outputs['exit-code']).toBe('0');
  });
});

describe('run() with the inputs and outputs of other link-checking Actions', () => {
  it("args: extra CLI flags reach the verification ('--exclude' skips a link, '--offline' the network)", async () => {
    const arxiv = await startFakeArxiv();
    const site = await startFakeServer(() => ({
      status: 200,
      headers: { 'content-type': 'text/html' },
      body: 'ok',
    }));
    stopping.push(arxiv, site);
    const repo = await repoWith();
    const list = `# Papers\n\n- Heat-bath random walks with Markov bases, arxiv 2016/05, [[paper]](https://arxiv.org/abs/1605.08386) [[project]](${site.origin}/kept) [[slides]](${site.origin}/skipped/talk)\n`;
    const flags = `--arxiv-api ${arxiv.api} --arxiv-interval 0 --allow-private-hosts --timeout 3000 --exclude '/skipped/'`;
    const run = await scan(repo, { 'README.md': list }, { links: 'true', cache: 'false', args: flags });
    expect(site.requests.map((request) => request.path)).toEqual(['/kept']);
    expect(arxiv.idLists().flat()).toEqual(['1605.08386']);
    expect(reportOf(run).summary.links.excluded).toBe(1);

    const before = site.requests.length + arxiv.requests.length;
    await scan(repo, { 'README.md': list }, { links: 'true', cache: 'false', args: `${flags} --offline` });
    expect(site.requests.length + arxiv.requests.length).toBe(before);
  });

  it('args: a flag an input already sets is refused with one line and exit-code 2, before any request', async () => {
    const repo = await repoWith();
    const run = await scan(repo, { 'README.md': HEAD_LIST }, { args: '--fix' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['exit-code']).toBe('2');
    expect(run.stdout).toContain(
      "::error::input 'args': --fix is not an Action flag: the Action never changes the list: fixes become suggested changes on pull requests",
    );
    expect(repo.github.requests).toHaveLength(0);
  });

  it('working-directory: files and config are found there, findings name files from the repository root', async () => {
    const repo = await repoWith({
      pullFiles: [
        {
          filename: 'lists/papers/README.md',
          status: 'modified',
          patch: insertionPatch(BASE_LIST, HEAD_LIST),
        },
      ],
    });
    const run = await runInProcess({
      workspace: workspaceWith({
        'lists/papers/README.md': HEAD_LIST,
        // The folder's own configuration silences arxiv-url: only the duplicate is left on added lines.
        'lists/papers/.paperlintrc.json': '{"rules": {"arxiv-url": "off"}}',
      }),
      event: 'pull_request',
      payload: { number: 7, pull_request: { number: 7, head: { sha: HEAD_SHA } } },
      inputs: { 'github-token': TOKEN, links: 'false', 'working-directory': 'lists/papers', files: '*.md' },
      apiUrl: repo.github.api,
    });
    const report = reportOf(run);
    expect(new Set(report.findings.map((f) => f.file))).toEqual(new Set(['lists/papers/README.md']));
    expect(report.findings.some((f) => f.rule === 'arxiv-url')).toBe(false);
    const annotations = repo.state.runs[0].annotationBatches.flat() as CheckRunAnnotation[];
    expect(annotations.map((a) => [a.path, a.start_line, a.title])).toEqual([
      ['lists/papers/README.md', lineOf(HEAD_LIST, 'MicroLens'), 'paperlint(duplicate-entry)'],
    ]);
    expect(run.summary).toContain(`/blob/${HEAD_SHA}/lists/papers/README.md#L`);

    const outside = await scan(repo, { 'README.md': HEAD_LIST }, { 'working-directory': '../elsewhere' });
    expect(outside.stdout).toContain(
      "::error::input 'working-directory' must be a folder inside the workspace (got '../elsewhere')",
    );
  });

  it('job-summary: false writes none; the outputs carry exit-code and the Markdown report', async () => {
    const repo = await repoWith();
    const quiet = await scan(
      repo,
      { 'README.md': HEAD_LIST },
      { 'job-summary': 'false', 'fail-on': 'never' },
    );
    expect(quiet.summary).toBe('');
    expect(quiet.exitCode).toBe(0);
    // The step stays green with fail-on: never; exit-code still says what the CLI would.
    expect(quiet.outputs['exit-code']).toBe('1');
    const markdown = readFileSync(quiet.outputs['markdown-report'], 'utf8');
    expect(markdown).toMatch(/^\*\*paperlint\*\* found \d+ problems/);
    expect(markdown).toContain(`[README.md:${lineOf(HEAD_LIST, 'arxiv.org/abd/2304.10149')}:`);
    expect(markdown).toContain(`](https://github.com/octo/papers/blob/${'f'.repeat(40)}/README.md#L`);

    const failing = await scan(repo, { 'README.md': 'x' }, { 'job-summary': 'false', files: 'missing.md' });
    expect(failing.outputs['exit-code']).toBe('2');
    expect(failing.summary).toBe('');
  });
});
