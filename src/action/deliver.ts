/**
 * What every mode shows a user, shared by the check run of `mode: check` and the publish run of the fork
 * pattern: annotations (a check run, else workflow commands within GitHub's caps), suggested changes in one
 * review, the job summary, the report files and the outputs; and the reading of the pull request both need.
 */

import { appendFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { plural } from '../report/counts.js';
import { formatReport } from '../report/index.js';
import { formatJson } from '../report/json.js';
import type { Report } from '../types.js';
import {
  type Annotation,
  annotationsOnAddedLines,
  selectWithinCaps,
  toCheckRunAnnotation,
} from './annotations.js';
import { type EventPayload, permalink, type RunContext } from './event.js';
import {
  type CheckRunContent,
  type GitHubClient,
  httpStatusOf,
  listPullRequestFiles,
  listReviewComments,
  postReview,
  publishCheckRun,
} from './github.js';
import type { ActionInputs, FailOn } from './inputs.js';
import { type Counts, checkConclusion, checkTitle, countsOf, exitCodeOf, failureMessage } from './outcome.js';
import { type AddedLines, addedLinesOfPullRequest } from './patch.js';
import {
  MAX_REVIEW_COMMENTS,
  type PostedComment,
  reviewBody,
  type SuggestedChange,
  suggestionComment,
  unpostedChanges,
} from './suggestions.js';
import {
  buildSummary,
  ISSUE_BODY_MAX_BYTES,
  JOB_SUMMARY_MAX_BYTES,
  type PullRequestOutcome,
  type ScanAnnotations,
  type SummaryOptions,
} from './summary.js';

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Log lines carry run-wide notes only; one line each, so no text can start a workflow command. */
export function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}

/** Writes the JSON and Markdown reports into `temp` and sets the outputs that describe the run. */
export async function writeReports(
  report: Report,
  context: RunContext,
  temp: string,
  exit: { counts: Counts; failOn: FailOn },
): Promise<{ reportPath: string }> {
  const reportPath = path.join(temp, 'paperlint-report.json');
  const markdownPath = path.join(temp, 'paperlint-report.md');
  await writeFile(reportPath, formatJson(report));
  await writeFile(
    markdownPath,
    formatReport(report, 'markdown', {
      cwd: '.',
      color: false,
      linkTo: (file, line) => permalink(context, file, line),
    }),
  );
  core.setOutput('errors', report.summary.errors);
  core.setOutput('warnings', report.summary.warnings);
  core.setOutput('report', reportPath);
  core.setOutput('markdown-report', markdownPath);
  core.setOutput('exit-code', exitCodeOf(exit.counts, exit.failOn));
  const { errors, warnings, infos, files } = report.summary;
  core.info(
    `paperlint: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')} in ${plural(files, 'file')}`,
  );
  core.info(`paperlint: reports written to ${reportPath} and ${markdownPath}`);
  return { reportPath };
}

export async function writeJobSummary(markdown: string): Promise<void> {
  // Written directly: core.summary remembers the first file it saw, and runs may differ.
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (file) await appendFile(file, markdown);
  else core.info('paperlint: no GITHUB_STEP_SUMMARY here: job summary skipped');
}

/**
 * Publishes annotations in a `paperlint` check run when the token may write checks, else (or without a token)
 * through workflow commands within GitHub's per-step caps (fork pull requests, tokens without `checks: write`).
 */
async function deliverAnnotations(
  client: GitHubClient | undefined,
  context: RunContext,
  annotations: readonly Annotation[],
  checkRun: Omit<CheckRunContent, 'annotations'>,
): Promise<ScanAnnotations> {
  let published = false;
  try {
    published =
      client !== undefined &&
      (await publishCheckRun(client, context, {
        ...checkRun,
        annotations: annotations.map(toCheckRunAnnotation),
      }));
  } catch (error) {
    // The annotations matter more than the check run: any other failure falls back to workflow commands.
    // Logged, not a warning annotation, which would take one of the step's 10 warning slots.
    core.info(`paperlint: could not publish the check run: ${oneLine(messageOf(error))}`);
    published = false;
  }
  if (published) {
    core.info(`paperlint: ${annotations.length} annotations in the 'paperlint' check run`);
    return { delivery: 'check-run', notShownInline: 0 };
  }
  core.info(
    client === undefined
      ? "paperlint: no 'github-token': annotating through workflow commands"
      : 'paperlint: the token may not write checks (fork pull request, or no checks: write?): annotating through workflow commands',
  );
  const { shown, hidden } = selectWithinCaps(annotations);
  for (const annotation of shown) annotate(annotation);
  return { delivery: 'workflow-commands', notShownInline: hidden };
}

/**
 * The summary parts every check run shares with the job summary; `rest` names where the findings it cannot
 * hold are (default: the job summary of this run).
 */
type CheckRunSummary = Pick<SummaryOptions, 'report' | 'context' | 'leftOut'> & { rest?: string };
const JOB_SUMMARY = "the workflow run's job summary";

/** Annotates the findings on a pull request's added lines (see `deliverAnnotations`). */
export async function annotatePullRequest(
  client: GitHubClient,
  summary: CheckRunSummary,
  added: AddedLines,
  failOn: FailOn,
): Promise<PullRequestOutcome> {
  const { report, context } = summary;
  const annotations = annotationsOnAddedLines(report.findings, added);
  const onAddedLines = new Map(annotations.map((annotation) => [annotation.finding, annotation]));
  const counts = countsOf(onAddedLines.keys());
  const outcome = await deliverAnnotations(client, context, annotations, {
    conclusion: checkConclusion(counts, failOn),
    title: checkTitle(counts),
    summary: buildSummary({
      ...summary,
      pullRequest: { onAddedLines, delivery: 'check-run', notShownInline: 0 },
      maxBytes: ISSUE_BODY_MAX_BYTES,
      rest: JOB_SUMMARY,
    }),
  });
  return { onAddedLines, ...outcome };
}

/**
 * Annotates every finding of a push, scheduled or manual run where it is (see `deliverAnnotations`); without a
 * token, through workflow commands.
 */
export async function annotateScan(
  client: GitHubClient | undefined,
  summary: CheckRunSummary,
  annotations: readonly Annotation[],
  failOn: FailOn,
): Promise<ScanAnnotations> {
  const counts = countsOf(annotations.map((annotation) => annotation.finding));
  return deliverAnnotations(client, summary.context, annotations, {
    conclusion: checkConclusion(counts, failOn),
    title: checkTitle(counts, ''),
    summary: buildSummary({
      ...summary,
      annotated: { delivery: 'check-run', notShownInline: 0 },
      maxBytes: ISSUE_BODY_MAX_BYTES,
      rest: summary.rest ?? JOB_SUMMARY,
    }),
  });
}

function annotate(annotation: Annotation): void {
  const singleLine = annotation.line === annotation.endLine;
  const properties: core.AnnotationProperties = {
    title: annotation.title,
    file: annotation.file,
    startLine: annotation.line,
    endLine: annotation.endLine,
    // GitHub reads columns only on single-line annotations.
    ...(singleLine && { startColumn: annotation.column, endColumn: annotation.endColumn }),
  };
  if (annotation.severity === 'error') core.error(annotation.message, properties);
  else if (annotation.severity === 'warning') core.warning(annotation.message, properties);
  else core.notice(annotation.message, properties);
}

/**
 * Posts suggested changes in one review, leaving out those an earlier run of these lines posted. What the
 * review cannot hold (over the cap, or refused: fork pull requests) goes to the job summary; the step never
 * fails on it.
 */
export async function deliverSuggestions(
  client: GitHubClient,
  context: RunContext,
  changes: SuggestedChange[],
): Promise<PullRequestOutcome['suggestions']> {
  if (changes.length === 0) return undefined;
  let posted: PostedComment[];
  try {
    posted = await listReviewComments(client, context);
  } catch (error) {
    return notPosted(changes, 0, error);
  }
  const { fresh, alreadyPosted } = unpostedChanges(changes, posted);
  if (fresh.length === 0) {
    core.info(
      `paperlint: ${plural(alreadyPosted, 'suggested change')} already on the pull request, none new`,
    );
    return { posted: 0, alreadyPosted };
  }
  const inReview = fresh.slice(0, MAX_REVIEW_COMMENTS);
  const over = fresh.slice(MAX_REVIEW_COMMENTS);
  try {
    await postReview(client, context, {
      body: reviewBody(inReview.length, over.length, context.runUrl),
      comments: inReview.map(suggestionComment),
    });
  } catch (error) {
    return notPosted(fresh, alreadyPosted, error);
  }
  core.info(`paperlint: ${plural(inReview.length, 'suggested change')} posted in a pull request review`);
  return {
    posted: inReview.length,
    alreadyPosted,
    ...(over.length > 0 && { inSummary: { changes: over, reason: 'cap' as const } }),
  };
}

/** Suggested changes GitHub did not take: logged (not a warning annotation) and shown in the summary. */
function notPosted(
  changes: SuggestedChange[],
  alreadyPosted: number,
  error: unknown,
): PullRequestOutcome['suggestions'] {
  const status = httpStatusOf(error);
  const refused = status === 403 || status === 404;
  const hint = refused
    ? " (the workflow needs 'pull-requests: write', which fork pull requests never get)"
    : '';
  core.info(
    `paperlint: could not post the suggested changes${hint}: ${oneLine(messageOf(error))}; they are in the job summary`,
  );
  return { posted: 0, alreadyPosted, inSummary: { changes, reason: refused ? 'refused' : 'failed' } };
}

/** Where the findings a summary cuts for size can be read. */
export function restOf(reportPath: string): string {
  return `the JSON report (the \`report\` output, ${path.basename(reportPath)})`;
}

/**
 * The end of every pull request run (check, report, publish): reports and outputs, the job summary, and the
 * step's verdict on the findings of the added lines.
 */
export async function finishPullRequest(
  inputs: ActionInputs,
  context: RunContext,
  report: Report,
  pullRequest: PullRequestOutcome,
  temp: string,
  trimmed: { leftOut?: number; rest?: string } = {},
): Promise<void> {
  const counts = countsOf(pullRequest.onAddedLines.keys());
  const { reportPath } = await writeReports(report, context, temp, { counts, failOn: inputs.failOn });
  if (inputs.jobSummary) {
    await writeJobSummary(
      buildSummary({
        report,
        context,
        pullRequest,
        leftOut: trimmed.leftOut,
        maxBytes: JOB_SUMMARY_MAX_BYTES,
        rest: trimmed.rest ?? restOf(reportPath),
      }),
    );
  }
  const failure = failureMessage(counts, inputs.failOn, ' on the added lines');
  if (failure) core.setFailed(failure);
}

export function clientOf(inputs: ActionInputs, context: RunContext): GitHubClient {
  if (!inputs.token)
    throw new Error("input 'github-token' is empty: paperlint needs it to read the pull request");
  return getOctokit(inputs.token, { baseUrl: context.apiUrl });
}

/** The pull request's added lines; a refused read says which permission is missing. */
export async function addedLinesOf(client: GitHubClient, context: RunContext): Promise<AddedLines> {
  try {
    return addedLinesOfPullRequest(await listPullRequestFiles(client, context));
  } catch (error) {
    const status = httpStatusOf(error);
    const hint = status === 403 || status === 404 ? "; the workflow needs 'pull-requests: read'" : '';
    throw new Error(
      `paperlint could not read the pull request's changed files: ${oneLine(messageOf(error))}${hint}`,
    );
  }
}

export async function readEventPayload(eventPath: string | undefined): Promise<EventPayload> {
  if (!eventPath) return {};
  return JSON.parse(await readFile(eventPath, 'utf8')) as EventPayload;
}
