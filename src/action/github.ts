import type { getOctokit } from '@actions/github';
import { VERSION } from '../version.js';
import type { CheckRunAnnotation } from './annotations.js';
import { batches, CHECK_RUN_BATCH } from './annotations.js';
import type { RunContext } from './event.js';
import type { PullRequestFile } from './patch.js';
import type { PostedComment, SuggestionComment } from './suggestions.js';
import { closingComment, type IssueStep, TRACKING_LABEL, type TrackedIssue } from './tracking-issue.js';

/** The GitHub REST client the Action talks through (real HTTP to `GITHUB_API_URL`). */
export type GitHubClient = ReturnType<typeof getOctokit>;

/** The HTTP status of an Octokit request error, if that is what `error` is. */
export function httpStatusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** Every file a pull request changes, with its patch (100 per page, all pages). */
export async function listPullRequestFiles(
  client: GitHubClient,
  context: RunContext,
): Promise<PullRequestFile[]> {
  const files = await client.paginate(client.rest.pulls.listFiles, {
    owner: context.owner,
    repo: context.repo,
    pull_number: context.pullNumber ?? 0,
    per_page: 100,
  });
  return files.map((file) => ({
    filename: file.filename,
    status: file.status,
    ...(file.patch !== undefined && { patch: file.patch }),
  }));
}

/** The pull request's review comments (100 per page, all pages), reduced to what the suggestions read. */
export async function listReviewComments(
  client: GitHubClient,
  context: RunContext,
): Promise<PostedComment[]> {
  const comments = await client.paginate(client.rest.pulls.listReviewComments, {
    owner: context.owner,
    repo: context.repo,
    pull_number: context.pullNumber ?? 0,
    per_page: 100,
  });
  return comments.map((comment) => ({
    path: comment.path,
    line: comment.line ?? null,
    start_line: comment.start_line ?? null,
    body: comment.body,
  }));
}

/** Posts one review (event `COMMENT`) on the pull request's head commit. */
export async function postReview(
  client: GitHubClient,
  context: RunContext,
  review: { body: string; comments: SuggestionComment[] },
): Promise<void> {
  await client.rest.pulls.createReview({
    owner: context.owner,
    repo: context.repo,
    pull_number: context.pullNumber ?? 0,
    commit_id: context.sha,
    event: 'COMMENT',
    body: review.body,
    comments: review.comments,
  });
}

export interface CheckRunContent {
  conclusion: 'success' | 'neutral' | 'failure';
  title: string;
  /** Markdown, at most 65 535 characters. */
  summary: string;
  annotations: CheckRunAnnotation[];
}

/**
 * Publishes the `paperlint` check run on the pull request's head, 50 annotations per request.
 * Returns false when the token may not write checks (403/404: fork pull requests, read-only tokens).
 */
export async function publishCheckRun(
  client: GitHubClient,
  context: RunContext,
  content: CheckRunContent,
): Promise<boolean> {
  const parts = batches(content.annotations, CHECK_RUN_BATCH);
  const output = (annotations: CheckRunAnnotation[]) => ({
    title: content.title,
    summary: content.summary,
    annotations,
  });
  const done = (index: number) =>
    index === parts.length - 1 ? { status: 'completed' as const, conclusion: content.conclusion } : {};
  let id: number;
  try {
    const created = await client.rest.checks.create({
      owner: context.owner,
      repo: context.repo,
      name: 'paperlint',
      head_sha: context.sha,
      ...(parts.length > 1 && { status: 'in_progress' as const }),
      ...done(0),
      output: output(parts[0]),
    });
    id = created.data.id;
  } catch (error) {
    const status = httpStatusOf(error);
    if (status === 403 || status === 404) return false;
    throw error;
  }
  for (let index = 1; index < parts.length; index++) {
    await client.rest.checks.update({
      owner: context.owner,
      repo: context.repo,
      check_run_id: id,
      ...done(index),
      output: output(parts[index]),
    });
  }
  return true;
}

/** Issues carrying the `paperlint` label, open or closed (the plan keeps those with the marker). */
export async function listTrackingIssues(client: GitHubClient, context: RunContext): Promise<TrackedIssue[]> {
  const issues = await client.paginate(client.rest.issues.listForRepo, {
    owner: context.owner,
    repo: context.repo,
    labels: TRACKING_LABEL,
    state: 'all',
    per_page: 100,
  });
  return issues.map((issue) => ({
    number: issue.number,
    state: issue.state === 'open' ? 'open' : 'closed',
    body: issue.body,
    ...(issue.pull_request && { pull_request: issue.pull_request }),
  }));
}

/** Makes sure the label exists, so that the issue can be found by it next week. */
async function ensureLabel(client: GitHubClient, context: RunContext): Promise<void> {
  try {
    await client.rest.issues.getLabel({ owner: context.owner, repo: context.repo, name: TRACKING_LABEL });
  } catch (error) {
    if (httpStatusOf(error) !== 404) throw error;
    await client.rest.issues.createLabel({
      owner: context.owner,
      repo: context.repo,
      name: TRACKING_LABEL,
      color: 'd93f0b',
      description: 'Problems paperlint found in the paper list',
    });
  }
}

/** Carries out the tracking-issue plan; returns what was done, for the log. */
export async function applyIssueSteps(
  client: GitHubClient,
  context: RunContext,
  steps: readonly IssueStep[],
  issue: { title: string; body: string },
): Promise<string[]> {
  const done: string[] = [];
  const repo = { owner: context.owner, repo: context.repo };
  for (const step of steps) {
    if (step.kind === 'create') {
      await ensureLabel(client, context);
      const created = await client.rest.issues.create({ ...repo, ...issue, labels: [TRACKING_LABEL] });
      done.push(`opened tracking issue #${created.data.number}`);
    } else if (step.kind === 'update') {
      await client.rest.issues.update({
        ...repo,
        issue_number: step.number,
        ...issue,
        ...(step.reopen && { state: 'open' as const }),
      });
      done.push(`${step.reopen ? 'reopened' : 'updated'} tracking issue #${step.number}`);
    } else {
      await client.rest.issues.createComment({
        ...repo,
        issue_number: step.number,
        body: closingComment(step, context.runUrl),
      });
      await client.rest.issues.update({
        ...repo,
        issue_number: step.number,
        state: 'closed',
        state_reason: step.reason === 'clean' ? 'completed' : 'not_planned',
      });
      done.push(`closed tracking issue #${step.number}`);
    }
  }
  return done;
}

/** The pull request's head commit as GitHub has it now. */
export async function pullRequestHead(
  client: GitHubClient,
  context: RunContext,
  number: number,
): Promise<string> {
  const { data } = await client.rest.pulls.get({
    owner: context.owner,
    repo: context.repo,
    pull_number: number,
  });
  return data.head.sha;
}

/** An artifact whose archive is larger than the download allows: never read to its end. */
export class ArtifactTooLarge extends Error {
  override name = 'ArtifactTooLarge';
}

/**
 * Downloads the zip archive of the artifact named `name` of workflow run `runId`, at most `maxBytes` of it.
 * The API answers with a redirect to short-lived storage; the token goes to the API only, never there.
 * Undefined when the run has no such artifact (or it expired).
 */
export async function downloadArtifactArchive(
  client: GitHubClient,
  context: RunContext,
  token: string,
  artifact: { runId: number; name: string; maxBytes: number },
): Promise<Buffer | undefined> {
  const { data } = await client.rest.actions.listWorkflowRunArtifacts({
    owner: context.owner,
    repo: context.repo,
    run_id: artifact.runId,
    name: artifact.name,
    per_page: 100,
  });
  const found = data.artifacts
    .filter((candidate) => candidate.name === artifact.name && !candidate.expired)
    .sort((a, b) => b.id - a.id)[0];
  if (found === undefined) return undefined;
  const api = `${context.apiUrl}/repos/${encodeURIComponent(context.owner)}/${encodeURIComponent(context.repo)}`;
  const redirect = await fetch(`${api}/actions/artifacts/${found.id}/zip`, {
    headers: {
      authorization: `Bearer ${token}`,
      accept: 'application/vnd.github+json',
      'user-agent': `paperlint/${VERSION}`,
    },
    redirect: 'manual',
  });
  await redirect.body?.cancel();
  const location = redirect.headers.get('location');
  if (redirect.status < 300 || redirect.status > 399 || !location)
    throw new Error(`the artifact download answered ${redirect.status}, not a redirect to the archive`);
  const archive = await fetch(new URL(location, api));
  if (!archive.ok || !archive.body) throw new Error(`the artifact's storage answered ${archive.status}`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of archive.body) {
    size += chunk.length;
    // Leaving the loop cancels the rest of the download.
    if (size > artifact.maxBytes)
      throw new ArtifactTooLarge(`its archive is larger than ${artifact.maxBytes} bytes`);
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}
