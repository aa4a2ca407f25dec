import { appendFile, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as cache from '@actions/cache';
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { loadConfig } from '../config/index.js';
import { resolveFiles } from '../files.js';
import { displayPath, type LintOptions, lintText, readListFile, reportOf } from '../lint.js';
import { plural } from '../report/counts.js';
import { escapeMarkdown } from '../report/index.js';
import { formatJson } from '../report/json.js';
import type { Report } from '../types.js';
import type { VerifyOptions } from '../verify/types.js';
import {
  type Annotation,
  annotationsOnAddedLines,
  selectWithinCaps,
  toCheckRunAnnotation,
} from './annotations.js';
import { isoWeek, verdictCacheKey } from './cache-key.js';
import { type RunContext, runContextOf, verifyScope } from './event.js';
import {
  applyIssueSteps,
  type GitHubClient,
  httpStatusOf,
  listPullRequestFiles,
  listReviewComments,
  listTrackingIssues,
  postReview,
  publishCheckRun,
} from './github.js';
import { type ActionInputs, parseInputs } from './inputs.js';
import { checkConclusion, checkTitle, countsOf, failureMessage } from './outcome.js';
import { type AddedLines, addedLinesOfPullRequest, touchesAddedLines } from './patch.js';
import {
  MAX_REVIEW_COMMENTS,
  type PostedComment,
  reviewBody,
  type SuggestedChange,
  suggestedChanges,
  suggestionComment,
  unpostedChanges,
} from './suggestions.js';
import {
  buildSummary,
  ISSUE_BODY_MAX_BYTES,
  JOB_SUMMARY_MAX_BYTES,
  type PullRequestOutcome,
  type SuggestionsOutcome,
} from './summary.js';
import { issueBody, issueTitle, needsTracking, planTrackingIssue } from './tracking-issue.js';

export interface RunOptions {
  /** Overrides of the network settings (tests point the registries at loopback servers). */
  verify?: Partial<VerifyOptions>;
}

/** The Action: inputs → lint() → annotations, job summary, outputs, tracking issue, exit status. */
export async function run(options: RunOptions = {}): Promise<void> {
  try {
    await runAction(options);
  } catch (error) {
    // The message only: stacks say nothing to users, and no error here carries the token.
    const message = messageOf(error);
    core.setFailed(message);
    // The summary says it too; a config error may quote the repository's own text, so it is escaped.
    await writeJobSummary(`## paperlint\n\n**paperlint** could not run: ${escapeMarkdown(message)}\n`).catch(
      () => {},
    );
  }
}

async function runAction(options: RunOptions): Promise<void> {
  const env = process.env;
  const inputs = parseInputs((name) => core.getInput(name));
  const context = runContextOf(env, await readEventPayload(env.GITHUB_EVENT_PATH));
  const cwd = env.GITHUB_WORKSPACE || process.cwd();
  const temp = env.RUNNER_TEMP || os.tmpdir();
  const config = await loadConfig({ cwd, configPath: inputs.config });
  const files = await resolveFiles(inputs.files, cwd, config.ignore);
  let client: GitHubClient | undefined;
  const github = () => (client ??= clientOf(inputs, context));

  const added = context.mode === 'pull-request' ? await addedLinesOf(github(), context) : undefined;
  const scope = verifyScope(inputs.links, context.mode);
  const cachePath = inputs.cache && scope !== 'none' ? path.join(temp, 'paperlint-cache.json') : undefined;
  // Read once: the cache key, the lint and the suggested changes all work on these texts.
  const contents = await Promise.all(
    files.map(async (file) => ({ path: file, content: await readListFile(path.resolve(cwd, file), file) })),
  );
  const cacheKey = cachePath ? await restoreVerdicts(cachePath, contents) : undefined;
  const lintOptions: LintOptions = { cwd, config };
  if (scope !== 'none') {
    lintOptions.verify = {
      githubApi: context.apiUrl,
      ...(inputs.token && { githubToken: inputs.token }),
      ...(cachePath && { cachePath }),
      onNotice: (message) => core.info(`paperlint: ${oneLine(message)}`),
      ...(scope === 'added-lines' &&
        added && { lines: (file, line) => touchesAddedLines(added, file, line) }),
      // arXiv title searches only for the pull request's own entries, even when every link is verified.
      ...(added && { searchLines: (file, line) => touchesAddedLines(added, file, line) }),
      ...options.verify,
    };
  }
  const linted = contents.map(({ path: file, content }) =>
    lintText(content, displayPath(file, cwd), lintOptions),
  );
  const report = await reportOf(linted, lintOptions);
  if (cachePath && cacheKey) await saveVerdicts(cachePath, cacheKey);

  const reportPath = path.join(temp, 'paperlint-report.json');
  await writeFile(reportPath, formatJson(report));
  core.setOutput('errors', report.summary.errors);
  core.setOutput('warnings', report.summary.warnings);
  core.setOutput('report', reportPath);
  const { errors, warnings, infos } = report.summary;
  core.info(
    `paperlint: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')} in ${plural(files.length, 'file')}`,
  );
  core.info(`paperlint: JSON report written to ${reportPath}`);

  let failure = failureMessage(report.summary, inputs.failOn);
  let pullRequest: PullRequestOutcome | undefined;
  if (added) {
    pullRequest = await deliverAnnotations(github(), context, inputs, report, added);
    if (inputs.suggestions) {
      // Fix offsets count in the text as linted (after a byte-order mark).
      const sources = new Map(linted.map(({ file, list }) => [file, list.source]));
      const suggestions = await deliverSuggestions(github(), context, report, added, sources);
      if (suggestions) pullRequest = { ...pullRequest, suggestions };
    }
    failure = failureMessage(countsOf(pullRequest.onAddedLines.keys()), inputs.failOn, ' on the added lines');
  }

  const rest = `the JSON report (the \`report\` output, ${path.basename(reportPath)})`;
  await writeJobSummary(
    buildSummary({ report, context, pullRequest, maxBytes: JOB_SUMMARY_MAX_BYTES, rest }),
  );

  if (context.mode === 'full-scan' && inputs.trackingIssue) {
    await trackIssue(github(), context, inputs, report);
  }
  if (failure) core.setFailed(failure);
}

function clientOf(inputs: ActionInputs, context: RunContext): GitHubClient {
  if (!inputs.token)
    throw new Error("input 'github-token' is empty: paperlint needs it to read the pull request");
  return getOctokit(inputs.token, { baseUrl: context.apiUrl });
}

/** The pull request's added lines; a refused read says which permission is missing. */
async function addedLinesOf(client: GitHubClient, context: RunContext): Promise<AddedLines> {
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

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function readEventPayload(eventPath: string | undefined): Promise<object> {
  if (!eventPath) return {};
  return JSON.parse(await readFile(eventPath, 'utf8')) as object;
}

/** Log lines carry run-wide notes only; one line each, so no text can start a workflow command. */
function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}

/**
 * Annotates the findings on added lines: through a check run when the token may write checks, else
 * through workflow commands within GitHub's per-step caps (fork pull requests).
 */
async function deliverAnnotations(
  client: GitHubClient,
  context: RunContext,
  inputs: ActionInputs,
  report: Report,
  added: AddedLines,
): Promise<PullRequestOutcome> {
  const annotations = annotationsOnAddedLines(report.findings, added);
  const onAddedLines = new Map(annotations.map((annotation) => [annotation.finding, annotation]));
  const counts = countsOf(onAddedLines.keys());
  let published: boolean;
  try {
    published = await publishCheckRun(client, context, {
      conclusion: checkConclusion(counts, inputs.failOn),
      title: checkTitle(counts),
      summary: buildSummary({
        report,
        context,
        pullRequest: { onAddedLines, delivery: 'check-run', notShownInline: 0 },
        maxBytes: ISSUE_BODY_MAX_BYTES,
        rest: "the workflow run's job summary",
      }),
      annotations: annotations.map(toCheckRunAnnotation),
    });
  } catch (error) {
    // The annotations matter more than the check run: any other failure falls back to workflow commands.
    // Logged, not a warning annotation, which would take one of the step's 10 warning slots.
    core.info(`paperlint: could not publish the check run: ${oneLine(messageOf(error))}`);
    published = false;
  }
  if (published) {
    core.info(`paperlint: ${annotations.length} annotations in the 'paperlint' check run`);
    return { onAddedLines, delivery: 'check-run', notShownInline: 0 };
  }
  core.info(
    'paperlint: the token may not write checks (fork pull request?): annotating through workflow commands',
  );
  const { shown, hidden } = selectWithinCaps(annotations);
  for (const annotation of shown) annotate(annotation);
  return { onAddedLines, delivery: 'workflow-commands', notShownInline: hidden };
}

/**
 * Posts the fixes of findings on added lines as suggested changes in one review, leaving out those an
 * earlier run of these lines posted. What the review cannot hold (over the cap, or refused: fork pull
 * requests) goes to the job summary; the step never fails on it.
 */
async function deliverSuggestions(
  client: GitHubClient,
  context: RunContext,
  report: Report,
  added: AddedLines,
  sources: ReadonlyMap<string, string>,
): Promise<SuggestionsOutcome | undefined> {
  const changes = suggestedChanges(report.findings, sources, added);
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
function notPosted(changes: SuggestedChange[], alreadyPosted: number, error: unknown): SuggestionsOutcome {
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

async function writeJobSummary(markdown: string): Promise<void> {
  // Written directly: core.summary remembers the first file it saw, and runs may differ.
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (file) await appendFile(file, markdown);
  else core.info('paperlint: no GITHUB_STEP_SUMMARY here: job summary skipped');
}

/**
 * Restores the verdict cache; returns the key to save under, or undefined when there is nothing to save
 * (no cache service, or an exact hit). Cache trouble is logged, never a warning annotation.
 */
async function restoreVerdicts(
  cachePath: string,
  contents: Array<{ path: string; content: string }>,
): Promise<string | undefined> {
  if (!cache.isFeatureAvailable()) {
    core.info('paperlint: the Actions cache service is not available here: verifying without a saved cache');
    return undefined;
  }
  const { key, restoreKeys } = verdictCacheKey(isoWeek(new Date()), contents);
  try {
    const hit = await cache.restoreCache([cachePath], key, restoreKeys);
    core.info(hit ? `paperlint: restored the verdict cache ${hit}` : 'paperlint: no verdict cache yet');
    // An exact hit is already saved under this key: cache entries cannot be overwritten.
    return hit === key ? undefined : key;
  } catch (error) {
    core.info(`paperlint: could not restore the verdict cache: ${oneLine(messageOf(error))}`);
    return key;
  }
}

async function saveVerdicts(cachePath: string, key: string): Promise<void> {
  try {
    await cache.saveCache([cachePath], key);
  } catch (error) {
    core.info(`paperlint: could not save the verdict cache: ${oneLine(messageOf(error))}`);
  }
}

/** Keeps exactly one open tracking issue in step with the scan; a missing permission is a warning. */
async function trackIssue(
  client: GitHubClient,
  context: RunContext,
  inputs: ActionInputs,
  report: Report,
): Promise<void> {
  const failing = needsTracking(report.summary, inputs.failOn);
  const run = context.runUrl ? `[this run](${context.runUrl})` : 'the workflow run';
  const notes = [`Scan of \`${context.sha.slice(0, 12)}\` by ${run}.`];
  try {
    const steps = planTrackingIssue(await listTrackingIssues(client, context), failing);
    const body = issueBody(
      buildSummary({
        report,
        context,
        notes,
        maxBytes: ISSUE_BODY_MAX_BYTES,
        rest: `the job summary of ${run}`,
      }),
    );
    const done = await applyIssueSteps(client, context, steps, { title: issueTitle(report.summary), body });
    for (const line of done) core.info(`paperlint: ${line}`);
  } catch (error) {
    core.warning(
      `paperlint could not update the tracking issue (does the workflow grant 'issues: write'?): ${oneLine(messageOf(error))}`,
    );
  }
}
