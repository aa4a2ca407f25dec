/**
 * `mode: publish`, the second half of the fork pattern: in a `workflow_run` run (the base branch's workflow,
 * with a write token) it downloads the `paperlint-report` artifact that a `mode: report` run saved on a pull
 * request, checks it as untrusted input, and posts what check mode posts: the `paperlint` check run with the
 * annotations on added lines and the review of suggested changes. It never checks out, runs or reads the pull
 * request's code: all it knows of the pull request comes from GitHub's API and the event, and the artifact only
 * supplies findings that it binds to those facts.
 */

import os from 'node:os';
import * as core from '@actions/core';
import { escapeMarkdown } from '../report/index.js';
import {
  ARTIFACT_FILE,
  ARTIFACT_NAME,
  type ArtifactDocument,
  bindArtifact,
  MAX_ARTIFACT_BYTES,
  type PublishedReport,
  parseArtifact,
  RefusedArtifact,
} from './artifact.js';
import {
  addedLinesOf,
  annotatePullRequest,
  clientOf,
  deliverSuggestions,
  finishPullRequest,
  messageOf,
  readEventPayload,
} from './deliver.js';
import { type RunContext, runContextOf, type TriggeringRun, triggeringRunOf } from './event.js';
import {
  ArtifactTooLarge,
  downloadArtifactArchive,
  type GitHubClient,
  httpStatusOf,
  publishCheckRun,
  pullRequestHead,
} from './github.js';
import type { ActionInputs } from './inputs.js';
import type { AddedLines } from './patch.js';
import { readZipEntry, ZipError } from './zip.js';

/** Room for the zip's own headers around the one file. */
const ZIP_OVERHEAD = 64 * 1024;

export async function publish(inputs: ActionInputs): Promise<void> {
  const env = process.env;
  const payload = await readEventPayload(env.GITHUB_EVENT_PATH);
  const context = runContextOf(env, payload);
  const triggering = triggeringRunOf(context.event, payload);
  if (triggering === undefined) {
    throw new Error(
      `'mode: publish' posts the report a 'mode: report' run saved: run it on workflow_run events (this is ${context.event || 'no event'})`,
    );
  }
  if (triggering.event !== 'pull_request') {
    core.info(
      `paperlint: run ${triggering.id} ran on '${triggering.event}', not a pull request: nothing to publish`,
    );
    core.setOutput('exit-code', 0);
    return;
  }
  const client = clientOf(inputs, context);
  // Everything below is bound to the commit the report run ran on, as the event (not the artifact) names it.
  const commit: RunContext = { ...context, sha: triggering.headSha };
  let pull: RunContext;
  let added: AddedLines;
  let published: PublishedReport;
  try {
    const document = await downloadReport(client, context, inputs.token, triggering);
    const pullNumber = await pullRequestOf(client, context, triggering, document);
    if (pullNumber === undefined) {
      core.setOutput('exit-code', 0);
      return;
    }
    pull = { ...commit, mode: 'pull-request', pullNumber };
    added = await addedLinesOf(client, pull);
    published = bindArtifact(document, triggering.headSha, added);
  } catch (error) {
    throw await refused(client, commit, triggering, error);
  }
  const { report, leftOut, changes } = published;
  // Findings a large report left out of the artifact are in the report run's own job summary.
  const reportRun = triggering.url ? `[the report run](${triggering.url})` : `run ${triggering.id}`;
  const trimmed = leftOut > 0 ? { leftOut, rest: `the job summary of ${reportRun}` } : {};
  let pullRequest = await annotatePullRequest(
    client,
    { report, context: pull, ...trimmed },
    added,
    inputs.failOn,
  );
  const suggestions = inputs.suggestions ? await deliverSuggestions(client, pull, changes) : undefined;
  if (suggestions) pullRequest = { ...pullRequest, suggestions };
  await finishPullRequest(inputs, pull, report, pullRequest, env.RUNNER_TEMP || os.tmpdir(), trimmed);
}

/** The triggering run's artifact, parsed and checked on its own; refused when it is not what a report run saves. */
async function downloadReport(
  client: GitHubClient,
  context: RunContext,
  token: string,
  triggering: TriggeringRun,
): Promise<ArtifactDocument> {
  const maxBytes = MAX_ARTIFACT_BYTES + ZIP_OVERHEAD;
  let archive: Buffer | undefined;
  try {
    archive = await downloadArtifactArchive(client, context, token, {
      runId: triggering.id,
      name: ARTIFACT_NAME,
      maxBytes,
    });
  } catch (error) {
    if (error instanceof ArtifactTooLarge) throw new RefusedArtifact(error.message);
    const hint = httpStatusOf(error) === 403 ? "; the workflow needs 'actions: read'" : '';
    throw new Error(
      `paperlint could not download the '${ARTIFACT_NAME}' artifact: ${messageOf(error)}${hint}`,
    );
  }
  if (archive === undefined) {
    throw new Error(
      `run ${triggering.id} has no '${ARTIFACT_NAME}' artifact: did its paperlint step run with 'mode: report', and did it finish?`,
    );
  }
  try {
    return parseArtifact(readZipEntry(archive, ARTIFACT_FILE, MAX_ARTIFACT_BYTES));
  } catch (error) {
    throw error instanceof ZipError ? new RefusedArtifact(error.message) : error;
  }
}

/**
 * The pull request to publish on. GitHub names same-repository pull requests in the event; for a fork it names
 * none, so the artifact's number is taken only when that pull request's head is the commit the report run ran
 * on. Undefined (nothing to publish) when the pull request has moved on since: its newer run publishes.
 */
async function pullRequestOf(
  client: GitHubClient,
  context: RunContext,
  triggering: TriggeringRun,
  document: ArtifactDocument,
): Promise<number | undefined> {
  const claimed = document.pullRequest;
  if (triggering.pullNumbers.length > 0 && !triggering.pullNumbers.includes(claimed)) {
    throw new RefusedArtifact(
      `it names pull request #${claimed}, but run ${triggering.id} belongs to #${triggering.pullNumbers.join(', #')}`,
    );
  }
  let head: string;
  try {
    head = await pullRequestHead(client, context, claimed);
  } catch (error) {
    if (httpStatusOf(error) === 404)
      throw new RefusedArtifact(`it names pull request #${claimed}, which does not exist`);
    throw error;
  }
  if (head === triggering.headSha) return claimed;
  core.info(
    `paperlint: pull request #${claimed} is at ${head.slice(0, 12)} now, not at ${triggering.headSha.slice(0, 12)} (the commit run ${triggering.id} reported on): nothing to publish`,
  );
  return undefined;
}

/**
 * A refused artifact posts a failing `paperlint` check run on the commit saying why (when the token may), so
 * that the pull request shows it; the error it returns fails the step. Other errors pass through.
 */
async function refused(
  client: GitHubClient,
  commit: RunContext,
  triggering: TriggeringRun,
  error: unknown,
): Promise<Error> {
  if (!(error instanceof RefusedArtifact)) return error instanceof Error ? error : new Error(String(error));
  const message = `paperlint refused the report artifact: ${error.message}`;
  const run = triggering.url ? `[run ${triggering.id}](${triggering.url})` : `run ${triggering.id}`;
  await publishCheckRun(client, commit, {
    conclusion: 'failure',
    title: 'Report artifact refused',
    summary: `## paperlint\n\n**paperlint** refused the report artifact of ${run}: ${escapeMarkdown(error.message)}\n\nNothing from it was posted.\n`,
    annotations: [],
  }).catch(() => false);
  return new Error(message);
}
