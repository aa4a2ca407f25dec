/**
 * The fork pattern end to end, both workflows against loopback fakes of GitHub's REST API and of the Actions
 * artifact service: a `pull_request` run with `mode: report` (a fork's: it posts nothing) saves the report,
 * then a `workflow_run` run with `mode: publish` (the base branch's, with no checkout at all) downloads it,
 * checks it, and posts the check run and the review of suggested changes. A tampered artifact posts nothing.
 */

import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ARTIFACT_FILE, ARTIFACT_NAME, type ArtifactDocument } from '../../src/action/artifact.js';
import { readZipEntry } from '../../src/action/zip.js';
import type { Report, RuleId } from '../../src/types.js';
import { type FakeArtifacts, type StoredArtifact, startFakeArtifacts } from './fake-artifacts.js';
import { type FakeRepo, startFakeRepo } from './fake-repo.js';
import { type ActionRun, type ActionSetup, runInProcess } from './harness.js';
import {
  BASE_LIST,
  FIXABLE_HEAD,
  FIXABLE_LINES,
  HEAD_SHA,
  insertionPatch,
  lineOf,
  TOKEN,
  workspaceWith,
} from './scenario.js';
import { zipOf } from './zip-writer.js';

/** The pull request's run (the fork's workflow) and the publishing run (the base branch's). */
const REPORT_RUN = 4242;
const PUBLISH_RUN = 4300;
const CORRECTED = [
  FIXABLE_LINES[0].replace('arxiv.org/abd/', 'arxiv.org/abs/'),
  FIXABLE_LINES[1].replace('2403.08206f)', '2403.08206)'),
];

let artifacts: FakeArtifacts;
let repo: FakeRepo;

beforeEach(async () => {
  artifacts = await startFakeArtifacts();
  repo = await startFakeRepo(
    'octo',
    'papers',
    {
      headSha: HEAD_SHA,
      pullHeads: { 7: HEAD_SHA, 8: 'c'.repeat(40) },
      pullFiles: [
        { filename: 'README.md', status: 'modified', patch: insertionPatch(BASE_LIST, FIXABLE_HEAD) },
      ],
    },
    artifacts,
  );
});
afterEach(async () => {
  await Promise.all([artifacts.close(), repo.github.close()]);
});

/** The first workflow: `on: pull_request`, the fork's read-only token, `mode: report`. */
function reportRun(inputs: Record<string, string> = {}, attempt = 1): Promise<ActionRun> {
  const setup: ActionSetup = {
    workspace: workspaceWith({ 'README.md': FIXABLE_HEAD }),
    event: 'pull_request',
    payload: { action: 'synchronize', number: 7, pull_request: { number: 7, head: { sha: HEAD_SHA } } },
    inputs: { 'github-token': TOKEN, links: 'false', mode: 'report', ...inputs },
    apiUrl: repo.github.api,
    runId: REPORT_RUN,
    env: {
      ACTIONS_RESULTS_URL: artifacts.url,
      ACTIONS_RUNTIME_TOKEN: artifacts.runtimeToken(REPORT_RUN),
      GITHUB_RUN_ATTEMPT: String(attempt),
    },
  };
  return runInProcess(setup);
}

/** The second workflow: `on: workflow_run`, the base branch's write token, `mode: publish`, no checkout. */
function publishRun(workflowRun: Record<string, unknown> = {}): Promise<ActionRun> {
  const setup: ActionSetup = {
    workspace: workspaceWith({}),
    event: 'workflow_run',
    payload: {
      action: 'completed',
      workflow_run: {
        id: REPORT_RUN,
        event: 'pull_request',
        head_sha: HEAD_SHA,
        html_url: `https://github.com/octo/papers/actions/runs/${REPORT_RUN}`,
        // GitHub leaves this empty when the pull request comes from a fork.
        pull_requests: [],
        ...workflowRun,
      },
    },
    inputs: { 'github-token': TOKEN, mode: 'publish' },
    apiUrl: repo.github.api,
    sha: 'b'.repeat(40),
    runId: PUBLISH_RUN,
  };
  return runInProcess(setup);
}

const suggested = (body: string) =>
  [...body.matchAll(/^(`{3,})suggestion\n([\s\S]*?)\n\1$/gm)].map((match) => match[2]);

function savedArtifact(): StoredArtifact {
  const saved = artifacts.artifacts.filter((a) => a.name === ARTIFACT_NAME && a.runId === REPORT_RUN);
  expect(saved).toHaveLength(1);
  return saved[0];
}

/** Rewrites the saved artifact's report as a fork that controls the first workflow could. */
// biome-ignore lint/suspicious/noConfusingVoidType: most changes edit the document in place and return nothing.
function tamper(change: (document: ArtifactDocument) => object | void): void {
  const artifact = savedArtifact();
  const document = JSON.parse(readZipEntry(artifact.archive, ARTIFACT_FILE, 1e7).toString('utf8'));
  const replaced = change(document) ?? document;
  artifact.archive = zipOf([{ name: ARTIFACT_FILE, data: JSON.stringify(replaced) }]);
}

/** A refused artifact: the step fails with one line, nothing from it is posted but the failing check run. */
function expectRefused(run: ActionRun, reason: RegExp): void {
  expect(run.exitCode).toBe(1);
  expect(run.outputs['exit-code']).toBe('2');
  const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error::'));
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(/^::error::paperlint refused the report artifact: /);
  expect(errors[0]).toMatch(reason);
  expect(repo.state.postedReviews).toEqual([]);
  expect(repo.state.runs.map((run) => [run.head_sha, run.conclusion, run.title])).toEqual([
    [HEAD_SHA, 'failure', 'Report artifact refused'],
  ]);
  expect(repo.state.runs[0].annotationBatches.flat()).toEqual([]);
  expect(run.summary).toContain('**paperlint** could not run: paperlint refused the report artifact');
}

describe('the fork pattern: mode report on pull_request, mode publish on workflow_run', () => {
  it('the first run saves the report as an artifact and posts nothing; the second posts its check run and review', async () => {
    const first = await reportRun();
    expect(first.stderr).toBe('');
    expect(repo.state.runs).toEqual([]);
    expect(repo.state.postedReviews).toEqual([]);
    expect(first.stdout).not.toMatch(/^::(error|warning|notice) .*file=/m);
    const artifact = savedArtifact();
    expect(artifact.finalized).toBe(true);
    expect(first.summary).toContain(
      '2 findings are on lines this pull request adds: they are saved in the `paperlint-report` artifact, which the `mode: publish` workflow annotates in the `paperlint` check run.',
    );
    // It fails as check mode would, so a pull request is red even before the publisher runs.
    expect(first.exitCode).toBe(1);
    expect(first.outputs['exit-code']).toBe('1');
    const firstReport = JSON.parse(readFileSync(first.outputs.report, 'utf8')) as Report;

    const second = await publishRun();
    expect(second.stderr).toBe('');
    expect(repo.state.runs).toHaveLength(1);
    const [check] = repo.state.runs;
    expect(check).toMatchObject({
      name: 'paperlint',
      head_sha: HEAD_SHA,
      status: 'completed',
      conclusion: 'failure',
    });
    const annotations = check.annotationBatches.flat() as Array<{ start_line: number; title: string }>;
    expect(annotations.map((a) => [a.start_line, a.title])).toEqual([
      [lineOf(FIXABLE_HEAD, '2304.03516'), 'paperlint(arxiv-url)'],
      [lineOf(FIXABLE_HEAD, '2403.08206f'), 'paperlint(arxiv-url)'],
    ]);
    expect(repo.state.postedReviews).toHaveLength(1);
    expect(repo.state.postedReviews[0]).toMatchObject({ commit_id: HEAD_SHA, event: 'COMMENT' });
    expect(repo.state.reviewComments.map((c) => [c.line, suggested(c.body)])).toEqual([
      [lineOf(FIXABLE_HEAD, '2304.03516'), [CORRECTED[0]]],
      [lineOf(FIXABLE_HEAD, '2403.08206f'), [CORRECTED[1]]],
    ]);
    // The publisher's report is the first run's, checked: same findings, same counts, same outputs.
    const published = JSON.parse(readFileSync(second.outputs.report, 'utf8')) as Report;
    expect(published.findings.map((f) => [f.line, f.rule, f.message])).toEqual(
      firstReport.findings.map((f) => [f.line, f.rule, f.message]),
    );
    expect(second.outputs.errors).toBe(first.outputs.errors);
    expect(readFileSync(second.outputs['markdown-report'], 'utf8')).toContain(
      `/blob/${HEAD_SHA}/README.md#L`,
    );
    expect(second.summary).toContain(
      'annotated in the `paperlint` check run. 2 suggested changes are in a pull request review.',
    );
    expect(second.exitCode).toBe(1);

    // The token went to the API only: never to the artifact service's storage, nor into any output.
    const storage = artifacts.log.filter((request) => request.path.startsWith('/devstoreaccount1/'));
    expect(storage.some((request) => request.method === 'GET')).toBe(true);
    expect(storage.filter((request) => request.authorization)).toEqual([]);
    for (const run of [first, second]) expect(run.visible).not.toContain(TOKEN);

    // Published again (a re-run): nothing new is posted twice.
    await publishRun();
    expect(repo.state.postedReviews).toHaveLength(1);
  });

  it('a re-run of the report job replaces its artifact on the run, as upload-artifact does', async () => {
    await reportRun();
    const first = savedArtifact().id;
    const rerun = await reportRun({}, 2);
    expect(rerun.outputs['exit-code']).toBe('1');
    expect(savedArtifact().id).not.toBe(first);
    await publishRun();
    expect(repo.state.reviewComments).toHaveLength(2);
  });

  it('refuses a suggestion on a line the pull request does not add', async () => {
    await reportRun();
    const unchanged = lineOf(FIXABLE_HEAD, 'LLaRA');
    tamper((document) => {
      Object.assign(document.suggestions[0], {
        startLine: unchanged,
        endLine: unchanged,
        original: FIXABLE_HEAD.split('\n')[unchanged - 1],
        corrected: '- [Click here](https://example.com/phish)',
      });
    });
    expectRefused(
      await publishRun(),
      new RegExp(`suggestion 0 changes README\\.md:${unchanged}, a line the pull request does not add`),
    );
  });

  it('refuses a path outside the repository, in a suggestion or a finding', async () => {
    await reportRun();
    tamper((document) => {
      document.suggestions[0].file = '../../.github/workflows/release.yml';
    });
    expectRefused(
      await publishRun(),
      /suggestion 0 names '\.\.\/\.\.\/\.github\/workflows\/release\.yml', a path outside the repository/,
    );

    repo.state.runs.length = 0;
    tamper((document) => {
      document.suggestions[0].file = 'README.md';
      document.report.findings[1].file = '/etc/passwd';
    });
    expectRefused(await publishRun(), /finding 1 names '\/etc\/passwd', a path outside the repository/);
  });

  it('refuses 10 MB of JSON, whether the zip declares its size or lies about it', async () => {
    await reportRun();
    tamper((document) => ({ ...document, padding: 'x'.repeat(10_000_000) }));
    expectRefused(await publishRun(), /'paperlint-report\.json' is 10\d{6} bytes, more than 4194304/);

    repo.state.runs.length = 0;
    const artifact = savedArtifact();
    artifact.archive = zipOf([
      { name: ARTIFACT_FILE, data: `{"x":"${'y'.repeat(10_000_000)}"}`, declaredSize: 100 },
    ]);
    expectRefused(await publishRun(), /inflates to more than 4194304 bytes/);

    // An archive too large to be a report is not even downloaded to its end.
    repo.state.runs.length = 0;
    artifact.archive = zipOf([{ name: ARTIFACT_FILE, data: randomBytes(6_000_000), method: 'store' }]);
    expectRefused(await publishRun(), /its archive is larger than 4259840 bytes/);
  });

  it('refuses what the schema does not allow, and an artifact for another commit', async () => {
    await reportRun();
    tamper((document) => {
      document.report.findings[0].rule = 'made-up-rule' as RuleId;
    });
    expectRefused(
      await publishRun(),
      /\/report\/findings\/0\/rule must be equal to one of the allowed values/,
    );

    repo.state.runs.length = 0;
    tamper((document) => {
      document.report.findings[0].rule = 'arxiv-url';
      document.headSha = 'd'.repeat(40);
    });
    expectRefused(await publishRun(), new RegExp(`it is for commit d{40}, not the run's ${HEAD_SHA}`));
  });

  it('publishes nothing on another pull request, nor once the pull request has moved on', async () => {
    await reportRun();
    // #8 is someone else's pull request, at another commit: the artifact cannot make paperlint post there.
    tamper((document) => {
      document.pullRequest = 8;
    });
    const elsewhere = await publishRun();
    expect(elsewhere.exitCode).toBe(0);
    expect(elsewhere.stdout).toContain('paperlint: pull request #8 is at cccccccccccc now');
    expect(repo.state.runs).toEqual([]);
    expect(repo.state.postedReviews).toEqual([]);

    // A same-repository pull request is named by GitHub itself: the artifact must agree.
    const named = await publishRun({ pull_requests: [{ number: 7 }] });
    expect(named.outputs['exit-code']).toBe('2');
    expect(named.stdout).toContain(
      '::error::paperlint refused the report artifact: it names pull request #8, but run 4242 belongs to #7',
    );

    tamper((document) => {
      document.pullRequest = 7;
    });
    repo.state.runs.length = 0;
    repo.state.pullHeads = { 7: 'e'.repeat(40) };
    const movedOn = await publishRun();
    expect(movedOn.exitCode).toBe(0);
    expect(movedOn.stdout).toContain('nothing to publish');
    expect(repo.state.runs).toEqual([]);
  });

  it('says what is missing: no artifact on the run, a run that was no pull request, a wrong event', async () => {
    const missing = await publishRun();
    expect(missing.exitCode).toBe(1);
    expect(missing.stdout).toContain(
      `::error::run ${REPORT_RUN} has no '${ARTIFACT_NAME}' artifact: did its paperlint step run with 'mode: report', and did it finish?`,
    );

    const push = await publishRun({ event: 'push' });
    expect(push.exitCode).toBe(0);
    expect(push.stdout).toContain(`run ${REPORT_RUN} ran on 'push', not a pull request: nothing to publish`);

    const onPush = await runInProcess({
      workspace: workspaceWith({ 'README.md': FIXABLE_HEAD }),
      event: 'push',
      payload: {},
      inputs: { 'github-token': TOKEN, links: 'false', mode: 'report' },
      apiUrl: repo.github.api,
    });
    expect(onPush.outputs['exit-code']).toBe('2');
    expect(onPush.stdout).toContain("::error::'mode: report' saves a pull request's report");
    expect(artifacts.artifacts).toEqual([]);
  });
});
