/**
 * Suggested changes end to end: run() from source on a pull request against the loopback fake GitHub API,
 * which keeps the reviews and comments it is sent so that later runs see them.
 */

import { afterEach, describe, expect, it } from 'vitest';
import { type FakeRepo, startFakeRepo } from './fake-repo.js';
import { type ActionSetup, runInProcess } from './harness.js';
import {
  BASE_LIST,
  FIXABLE_HEAD,
  FIXABLE_LINES,
  HEAD_SHA,
  insertionPatch,
  lineOf,
  malformedEntries,
  TOKEN,
  workspaceWith,
} from './scenario.js';

const stopping: FakeRepo[] = [];
afterEach(async () => {
  await Promise.all(stopping.splice(0).map((repo) => repo.github.close()));
});

const CORRECTED = [
  FIXABLE_LINES[0].replace('arxiv.org/abd/', 'arxiv.org/abs/'),
  FIXABLE_LINES[1].replace('2403.08206f)', '2403.08206)'),
];

async function repoWith(head: string, state: Parameters<typeof startFakeRepo>[2] = {}): Promise<FakeRepo> {
  const repo = await startFakeRepo('octo', 'papers', {
    headSha: HEAD_SHA,
    pullFiles: [{ filename: 'README.md', status: 'modified', patch: insertionPatch(BASE_LIST, head) }],
    ...state,
  });
  stopping.push(repo);
  return repo;
}

function pullRequest(repo: FakeRepo, head: string, inputs: Record<string, string> = {}): ActionSetup {
  return {
    workspace: workspaceWith({ 'README.md': head }),
    event: 'pull_request',
    payload: { action: 'synchronize', number: 7, pull_request: { number: 7, head: { sha: HEAD_SHA } } },
    inputs: { 'github-token': TOKEN, links: 'false', ...inputs },
    apiUrl: repo.github.api,
  };
}

/** The text of each suggestion block in a comment body. */
const suggested = (body: string) =>
  [...body.matchAll(/^(`{3,})suggestion\n([\s\S]*?)\n\1$/gm)].map((m) => m[2]);

describe('run() suggesting changes on a pull request', () => {
  it('posts one review whose comments hold the whole corrected lines, and the annotations stay', async () => {
    const repo = await repoWith(FIXABLE_HEAD);
    const run = await runInProcess(pullRequest(repo, FIXABLE_HEAD));

    expect(repo.state.postedReviews).toHaveLength(1);
    const [review] = repo.state.postedReviews;
    expect(review).toMatchObject({ commit_id: HEAD_SHA, event: 'COMMENT' });
    expect(review.body).toBe(
      '**paperlint** suggests 2 changes to lines this pull request adds, each fixing a finding; *Commit suggestion* applies one. Every finding is in the [job summary](https://github.com/octo/papers/actions/runs/4242).\n',
    );
    const comments = repo.state.reviewComments;
    expect(comments.map((c) => [c.path, c.line, c.start_line, c.side])).toEqual([
      ['README.md', lineOf(FIXABLE_HEAD, '2304.03516'), null, 'RIGHT'],
      ['README.md', lineOf(FIXABLE_HEAD, '2403.08206f'), null, 'RIGHT'],
    ]);
    expect(comments.map((c) => suggested(c.body))).toEqual([[CORRECTED[0]], [CORRECTED[1]]]);
    for (const comment of comments)
      expect(comment.body).toMatch(/^<!-- paperlint:suggestion [0-9a-f]{16} -->\n/);
    // The old `abd` line of the base list gets no suggestion.
    expect(comments.some((c) => c.body.includes('2304.10149'))).toBe(false);

    expect(repo.state.runs[0].annotationBatches.flat()).toHaveLength(2);
    expect(run.summary).toContain(
      'annotated in the `paperlint` check run. 2 suggested changes are in a pull request review.\n',
    );
    expect(run.summary).not.toContain('### Suggested changes');
    expect(run.stdout).toContain('paperlint: 2 suggested changes posted in a pull request review');
    expect(run.exitCode).toBe(1);
    const [posted] = repo.requestsTo('/repos/octo/papers/pulls/7/reviews', 'POST');
    expect(posted.headers.authorization).toBe(`token ${TOKEN}`);
    expect(posted.body).not.toContain(TOKEN);
    expect(run.visible).not.toContain(TOKEN);
  });

  it('never posts a suggestion twice, and suggests a line again once it changed', async () => {
    const repo = await repoWith(FIXABLE_HEAD);
    await runInProcess(pullRequest(repo, FIXABLE_HEAD));
    // Other people's review comments come first, so paperlint's are on the second page.
    const others = Array.from({ length: 120 }, (_, i) => ({
      id: i,
      review_id: 1,
      path: 'README.md',
      line: lineOf(FIXABLE_HEAD, '2304.03516'),
      start_line: null,
      side: 'RIGHT',
      commit_id: HEAD_SHA,
      body: `Looks good ${i}`,
      user: { login: 'octocat' },
    }));
    repo.state.reviewComments.unshift(...others);

    const again = await runInProcess(pullRequest(repo, FIXABLE_HEAD));
    expect(repo.state.postedReviews).toHaveLength(1);
    expect(
      repo.requestsTo('/repos/octo/papers/pulls/7/comments').map((r) => r.query.get('page') ?? '1'),
    ).toEqual(['1', '1', '2']);
    expect(again.summary).toContain('check run. 2 suggested changes were posted by an earlier run.\n');
    expect(again.stdout).toContain('paperlint: 2 suggested changes already on the pull request, none new');

    // A push rewrites the first entry's title: GitHub marks the comment on the old line outdated.
    const edited = FIXABLE_HEAD.replace('Towards Next-generation', 'Towards the Next-generation');
    repo.state.pullFiles[0].patch = insertionPatch(BASE_LIST, edited);
    const outdated = repo.state.reviewComments.find((c) => c.body.includes('2304.03516'))!;
    outdated.line = null;
    await runInProcess(pullRequest(repo, edited));
    expect(repo.state.postedReviews).toHaveLength(2);
    const latest = repo.state.reviewComments.filter((c) => c.review_id === repo.state.postedReviews[1].id);
    expect(latest.map((c) => suggested(c.body))).toEqual([
      [CORRECTED[0].replace('Towards Next-generation', 'Towards the Next-generation')],
    ]);
    expect(repo.state.postedReviews[1].body).toContain('suggests 1 change to lines');
  });

  it('shows them in the job summary when the token may not post a review (fork pull requests), without failing on it', async () => {
    const repo = await repoWith(FIXABLE_HEAD, { checkRuns: 403, reviews: 403 });
    const run = await runInProcess(pullRequest(repo, FIXABLE_HEAD, { 'fail-on': 'never' }));
    expect(run.exitCode).toBe(0);
    expect(repo.state.postedReviews).toEqual([]);
    expect(run.stdout).toContain(
      "paperlint: could not post the suggested changes (the workflow needs 'pull-requests: write', which fork pull requests never get): Resource not accessible by integration; they are in the job summary",
    );
    expect(run.stdout).not.toMatch(/^::(warning|error)::.*suggested/m);
    expect(run.summary).toContain('2 suggested changes are listed under *Suggested changes*.');
    const [line1, line2] = [lineOf(FIXABLE_HEAD, '2304.03516'), lineOf(FIXABLE_HEAD, '2403.08206f')];
    expect(run.summary).toContain(
      `### Suggested changes\n\nThe token may not post a pull request review (a fork pull request, or no \`pull-requests: write\`), so the suggested changes are here instead, to apply by hand:\n\n**README.md:${line1}** (\`arxiv-url\`)\n\n\`\`\`diff\n-${FIXABLE_LINES[0]}\n+${CORRECTED[0]}\n\`\`\`\n\n**README.md:${line2}** (\`arxiv-url\`)\n\n\`\`\`diff\n-${FIXABLE_LINES[1]}\n+${CORRECTED[1]}\n\`\`\`\n`,
    );
    expect(run.visible).not.toContain(TOKEN);
    for (const request of repo.github.requests) expect(request.body).not.toContain(TOKEN);
  });

  it('does not fail the step when GitHub refuses to list the comments or rejects the review', async () => {
    const repo = await repoWith(FIXABLE_HEAD);
    repo.github.route('GET', '/repos/octo/papers/pulls/7/comments', () => ({
      status: 404,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message: 'Not Found' }),
    }));
    const unlisted = await runInProcess(pullRequest(repo, FIXABLE_HEAD, { 'fail-on': 'never' }));
    expect(unlisted.exitCode).toBe(0);
    expect(unlisted.summary).toContain('so the suggested changes are here instead');
    expect(unlisted.summary.match(/^```diff$/gm)).toHaveLength(2);
    expect(repo.requestsTo('/repos/octo/papers/pulls/7/reviews')).toEqual([]);

    const rejected = await repoWith(FIXABLE_HEAD, { headSha: 'b'.repeat(40) });
    const run = await runInProcess(pullRequest(rejected, FIXABLE_HEAD));
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('::error::paperlint found 2 errors on the added lines');
    expect(run.stdout).toContain('paperlint: could not post the suggested changes: Validation Failed');
    expect(run.summary).toContain(
      '### Suggested changes\n\nGitHub did not take the review, so the suggested changes are here instead, to apply by hand:',
    );
    expect(run.summary.match(/^```diff$/gm)).toHaveLength(2);
  });

  it('puts the suggestions past 50 in the job summary, and the next run posts them', async () => {
    const head = `${BASE_LIST}${malformedEntries(60)}\n`;
    const repo = await repoWith(head);
    const run = await runInProcess(pullRequest(repo, head));
    expect(repo.state.postedReviews).toHaveLength(1);
    expect(repo.state.reviewComments).toHaveLength(50);
    expect(repo.state.postedReviews[0].body).toContain(
      'suggests 50 changes to lines this pull request adds, each fixing a finding; *Commit suggestion* applies one. A review holds at most 50 comments: 10 more suggested changes and every finding are in the [job summary](https://github.com/octo/papers/actions/runs/4242).\n',
    );
    expect(run.summary).toContain(
      'A review holds at most 50 comments, so these suggested changes are here instead:',
    );
    expect(run.summary.match(/^```diff$/gm)).toHaveLength(10);

    await runInProcess(pullRequest(repo, head));
    expect(repo.state.postedReviews).toHaveLength(2);
    expect(repo.state.reviewComments).toHaveLength(60);
    expect(new Set(repo.state.reviewComments.map((c) => c.line)).size).toBe(60);
  });

  it('keeps to annotations with suggestions: false', async () => {
    const repo = await repoWith(FIXABLE_HEAD);
    const run = await runInProcess(pullRequest(repo, FIXABLE_HEAD, { suggestions: 'false' }));
    expect(repo.requestsTo('/repos/octo/papers/pulls/7/comments')).toEqual([]);
    expect(repo.requestsTo('/repos/octo/papers/pulls/7/reviews')).toEqual([]);
    expect(run.summary).not.toContain('suggested change');
    expect(repo.state.runs[0].annotationBatches.flat()).toHaveLength(2);
  });
});
