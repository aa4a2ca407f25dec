/**
 * The parts of GitHub's REST API the Action uses, on top of the loopback fake in test/helpers/fake-github.ts:
 * pull request files (paginated like GitHub: `per_page` up to 100, default 30, `Link` headers), check runs
 * (or 403 as for fork pull requests), pull request reviews and their comments (validated as GitHub does:
 * head commit, lines inside the diff), issues with labels and comments, labels, the pull request itself (its
 * head commit), and a workflow run's artifacts (listed, and downloaded through a redirect to the storage of
 * test/action/fake-artifacts.ts). State is kept in memory so that tests can run several scans against one
 * repository.
 */

import { afterEach } from 'vitest';
import type { PullRequestFile } from '../../src/action/patch.js';
import { type FakeGithub, startFakeGithub } from '../helpers/fake-github.js';
import { json, type LoggedRequest } from '../helpers/fake-registry.js';
import type { FakeArtifacts } from './fake-artifacts.js';

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason?: string;
  labels: string[];
  comments: string[];
}

export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status?: string;
  conclusion?: string;
  title?: string;
  summary?: string;
  /** One entry per request, so that batch sizes stay visible. */
  annotationBatches: unknown[][];
}

/** A review comment as `GET /pulls/{number}/comments` lists it. */
export interface FakeReviewComment {
  id: number;
  review_id: number;
  path: string;
  /** Null once the line has changed since (an outdated comment), as GitHub shows it. */
  line: number | null;
  start_line: number | null;
  side: string;
  commit_id: string;
  body: string;
  user: { login: string };
}

export interface FakeReview {
  id: number;
  commit_id: string;
  event: string;
  body: string;
}

export interface FakeRepoState {
  pullFiles: PullRequestFile[];
  /** What `POST /check-runs` answers: 201, or 403/404 as GitHub does for tokens that may not write checks. */
  checkRuns: 'allow' | 403 | 404;
  runs: FakeCheckRun[];
  /** What `POST /pulls/{number}/reviews` answers: 200, or 403 as GitHub does on fork pull requests. */
  reviews: 'allow' | 403 | 404;
  postedReviews: FakeReview[];
  reviewComments: FakeReviewComment[];
  /** The pull request's head commit: a review on another one is refused (422). */
  headSha?: string;
  /** Head commits of the pull requests `GET /pulls/{number}` knows (default: #7 at `headSha`). */
  pullHeads?: Record<number, string>;
  issues: FakeIssue[];
  labels: string[];
}

export interface FakeRepo {
  github: FakeGithub;
  state: FakeRepoState;
  /** Requests whose path starts with the given one (e.g. `/repos/octo/papers/pulls/7/files`). */
  requestsTo(prefix: string, method?: string): LoggedRequest[];
}

/** The JSON bodies the Action sends (check runs, issues, comments, labels). */
interface Sent {
  name?: string;
  head_sha?: string;
  status?: string;
  conclusion?: string;
  output?: { title?: string; summary?: string; annotations?: unknown[] };
  title?: string;
  body?: string;
  state?: 'open' | 'closed';
  state_reason?: string;
  labels?: string[];
  commit_id?: string;
  event?: string;
  comments?: { path?: string; line?: number; start_line?: number; side?: string; body?: string }[];
}

/** What GitHub answers when a required field is missing. */
const invalid = json(422, { message: 'Validation Failed', status: '422' });

const body = (request: LoggedRequest): Sent => (request.body ? JSON.parse(request.body) : {});

/** The lines of the new file that a patch shows (added or context): where review comments may go. */
function diffLines(patch: string | undefined): Set<number> {
  const lines = new Set<number>();
  for (const [, start, count = '1'] of (patch ?? '').matchAll(/^@@ -\S+ \+(\d+)(?:,(\d+))? @@/gm)) {
    for (let line = Number(start); line < Number(start) + Number(count); line++) lines.add(line);
  }
  return lines;
}

function page<T>(request: LoggedRequest, items: T[], origin: string) {
  const perPage = Math.min(100, Number(request.query.get('per_page') ?? 30));
  const current = Number(request.query.get('page') ?? 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (n: number, rel: string) => {
    const query = new URLSearchParams(request.query);
    query.set('page', String(n));
    return `<${origin}${request.path}?${query}>; rel="${rel}"`;
  };
  const links = current < last ? [link(current + 1, 'next'), link(last, 'last')] : [];
  return json(
    200,
    items.slice((current - 1) * perPage, current * perPage),
    links.length ? { link: links.join(', ') } : {},
  );
}

export async function startFakeRepo(
  owner: string,
  repo: string,
  initial: Partial<FakeRepoState> = {},
  artifacts?: FakeArtifacts,
): Promise<FakeRepo> {
  const github = await startFakeGithub();
  const state: FakeRepoState = {
    pullFiles: [],
    checkRuns: 'allow',
    runs: [],
    reviews: 'allow',
    postedReviews: [],
    reviewComments: [],
    issues: [],
    labels: [],
    ...initial,
  };
  const base = `/repos/${owner}/${repo}`;
  const issueJson = (issue: FakeIssue) => ({
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    labels: issue.labels.map((name) => ({ name })),
  });
  const findIssue = (number: string) => state.issues.find((issue) => issue.number === Number(number));

  github.route('GET', `${base}/pulls/:number/files`, (request) =>
    page(
      request,
      state.pullFiles.map((file) => ({
        sha: '0'.repeat(40),
        additions: 1,
        deletions: 0,
        changes: 1,
        ...file,
      })),
      github.origin,
    ),
  );

  github.route('POST', `${base}/check-runs`, (request) => {
    if (state.checkRuns !== 'allow') {
      return json(state.checkRuns, {
        message: 'Resource not accessible by integration',
        status: String(state.checkRuns),
      });
    }
    const sent = body(request);
    if (!sent.name || !sent.head_sha) return invalid;
    const run: FakeCheckRun = {
      id: 100 + state.runs.length,
      name: sent.name,
      head_sha: sent.head_sha,
      status: sent.status,
      conclusion: sent.conclusion,
      title: sent.output?.title,
      summary: sent.output?.summary,
      annotationBatches: [sent.output?.annotations ?? []],
    };
    state.runs.push(run);
    return json(201, { id: run.id, name: run.name, head_sha: run.head_sha });
  });

  github.route('PATCH', `${base}/check-runs/:id`, (request, params) => {
    const run = state.runs.find((candidate) => candidate.id === Number(params.id));
    if (!run) return json(404, { message: 'Not Found' });
    const sent = body(request);
    run.status = sent.status ?? run.status;
    run.conclusion = sent.conclusion ?? run.conclusion;
    run.annotationBatches.push(sent.output?.annotations ?? []);
    return json(200, { id: run.id });
  });

  github.route('GET', `${base}/pulls/:number/comments`, (request) =>
    page(request, state.reviewComments, github.origin),
  );

  github.route('POST', `${base}/pulls/:number/reviews`, (request) => {
    if (state.reviews !== 'allow') {
      return json(state.reviews, {
        message: 'Resource not accessible by integration',
        status: String(state.reviews),
      });
    }
    const sent = body(request);
    if (!sent.event || (state.headSha && sent.commit_id !== state.headSha)) return invalid;
    const review: FakeReview = {
      id: 500 + state.postedReviews.length,
      commit_id: sent.commit_id ?? '',
      event: sent.event,
      body: sent.body ?? '',
    };
    const comments = sent.comments ?? [];
    for (const comment of comments) {
      const inDiff = diffLines(state.pullFiles.find((file) => file.filename === comment.path)?.patch);
      const first = comment.start_line ?? comment.line ?? 0;
      for (let line = first; line <= (comment.line ?? 0); line++) if (!inDiff.has(line)) return invalid;
      if (!comment.body || comment.side !== 'RIGHT') return invalid;
    }
    state.postedReviews.push(review);
    for (const comment of comments) {
      state.reviewComments.push({
        id: 900 + state.reviewComments.length,
        review_id: review.id,
        path: comment.path ?? '',
        line: comment.line ?? null,
        start_line: comment.start_line ?? null,
        side: 'RIGHT',
        commit_id: review.commit_id,
        body: comment.body ?? '',
        user: { login: 'github-actions[bot]' },
      });
    }
    return json(200, { id: review.id, state: 'COMMENTED', body: review.body });
  });

  github.route('GET', `${base}/issues`, (request) => {
    const wanted = request.query.get('labels')?.split(',') ?? [];
    const stateFilter = request.query.get('state') ?? 'open';
    const issues = state.issues
      .filter((issue) => wanted.every((label) => issue.labels.includes(label)))
      .filter((issue) => stateFilter === 'all' || issue.state === stateFilter)
      .sort((a, b) => b.number - a.number)
      .map(issueJson);
    return page(request, issues, github.origin);
  });

  github.route('POST', `${base}/issues`, (request) => {
    const sent = body(request);
    if (!sent.title) return invalid;
    // Like GitHub for a token without push access: labels that do not exist are dropped.
    const issue: FakeIssue = {
      number: state.issues.length + 1,
      title: sent.title,
      body: sent.body ?? '',
      state: 'open',
      labels: (sent.labels ?? []).filter((label: string) => state.labels.includes(label)),
      comments: [],
    };
    state.issues.push(issue);
    return json(201, issueJson(issue));
  });

  github.route('PATCH', `${base}/issues/:number`, (request, params) => {
    const issue = findIssue(params.number);
    if (!issue) return json(404, { message: 'Not Found' });
    const sent = body(request);
    Object.assign(issue, {
      ...(sent.title !== undefined && { title: sent.title }),
      ...(sent.body !== undefined && { body: sent.body }),
      ...(sent.state !== undefined && { state: sent.state }),
      ...(sent.state_reason !== undefined && { state_reason: sent.state_reason }),
    });
    return json(200, issueJson(issue));
  });

  github.route('POST', `${base}/issues/:number/comments`, (request, params) => {
    const issue = findIssue(params.number);
    if (!issue) return json(404, { message: 'Not Found' });
    const comment = body(request).body;
    if (!comment) return invalid;
    issue.comments.push(comment);
    return json(201, { id: issue.comments.length });
  });

  github.route('GET', `${base}/labels/:name`, (_request, params) =>
    state.labels.includes(decodeURIComponent(params.name))
      ? json(200, { name: decodeURIComponent(params.name) })
      : json(404, { message: 'Not Found' }),
  );

  github.route('POST', `${base}/labels`, (request) => {
    const { name } = body(request);
    if (!name) return invalid;
    state.labels.push(name);
    return json(201, { name });
  });

  github.route('GET', `${base}/pulls/:number`, (_request, params) => {
    const heads = state.pullHeads ?? (state.headSha ? { 7: state.headSha } : {});
    const sha = heads[Number(params.number)];
    return sha
      ? json(200, { number: Number(params.number), state: 'open', head: { sha } })
      : json(404, { message: 'Not Found', status: '404' });
  });

  github.route('GET', `${base}/actions/runs/:run/artifacts`, (request, params) => {
    const name = request.query.get('name');
    const listed = (artifacts?.artifacts ?? []).filter(
      (a) => a.finalized && a.runId === Number(params.run) && (name === null || a.name === name),
    );
    return json(200, {
      total_count: listed.length,
      artifacts: listed.map((a) => ({
        id: a.id,
        name: a.name,
        size_in_bytes: a.archive.length,
        expired: false,
        archive_download_url: `${github.origin}${base}/actions/artifacts/${a.id}/zip`,
      })),
    });
  });

  github.route('GET', `${base}/actions/artifacts/:id/zip`, (_request, params) => {
    const artifact = artifacts?.artifacts.find((a) => a.id === Number(params.id) && a.finalized);
    if (!artifact || !artifacts) return json(404, { message: 'Not Found', status: '404' });
    return { status: 302, headers: { location: artifacts.downloadUrl(artifact) }, body: '' };
  });

  return {
    github,
    state,
    requestsTo: (prefix, method) =>
      github.requests.filter(
        (r) => r.path.startsWith(prefix) && (method === undefined || r.method === method),
      ),
  };
}

/**
 * For a test file: `repoWith(state)` starts a fake `octo/papers`; every server in `stopping` (those
 * repositories and whatever else a test adds) is closed after each test.
 */
export function fakeRepositories() {
  const stopping: Array<{ close(): Promise<void> }> = [];
  afterEach(async () => {
    await Promise.all(stopping.splice(0).map((server) => server.close()));
  });
  const repoWith = async (state: Partial<FakeRepoState> = {}): Promise<FakeRepo> => {
    const repo = await startFakeRepo('octo', 'papers', state);
    stopping.push(repo.github);
    return repo;
  };
  return { repoWith, stopping };
}
