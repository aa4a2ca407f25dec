import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import * as cache from '@actions/cache';
import * as core from '@actions/core';
import { loadConfig } from '../config/index.js';
import { resolveFiles } from '../files.js';
import { lintIgnores } from '../ignore-files.js';
import {
  displayPath,
  InputError,
  type LintOptions,
  lintText,
  maxFileSizeOf,
  readListFile,
  reportOf,
} from '../lint.js';
import { escapeMarkdown } from '../report/index.js';
import { listedFindings } from '../report/unchecked.js';
import { repositoryLookup } from '../repository.js';
import type { Report } from '../types.js';
import { DEFAULT_VERIFY_OPTIONS } from '../verify/defaults.js';
import type { VerifyOptions } from '../verify/types.js';
import { addFromIssue, type IssuePayload } from './add-from-issue.js';
import { annotationsOf, annotationsOnAddedLines } from './annotations.js';
import { extraArguments } from './args.js';
import { ARTIFACT_FILE, ARTIFACT_NAME, ARTIFACT_RETENTION_DAYS, artifactText } from './artifact.js';
import { isoWeek, verdictCacheKey } from './cache-key.js';
import {
  addedLinesOf,
  annotatePullRequest,
  annotateScan,
  clientOf,
  deliverSuggestions,
  finishPullRequest,
  messageOf,
  oneLine,
  readEventPayload,
  restOf,
  writeJobSummary,
  writeReports,
} from './deliver.js';
import { type RunContext, runContextOf, verifyScope } from './event.js';
import { applyIssueSteps, type GitHubClient, listTrackingIssues } from './github.js';
import { type ActionInputs, parseInputs } from './inputs.js';
import { countsOf, failureMessage } from './outcome.js';
import { type AddedLines, touchesAddedLines } from './patch.js';
import { publish } from './publish.js';
import { type SuggestedChange, suggestedChanges } from './suggestions.js';
import { buildSummary, ISSUE_BODY_MAX_BYTES, JOB_SUMMARY_MAX_BYTES } from './summary.js';
import { issueBody, issueTitle, needsTracking, planTrackingIssue } from './tracking-issue.js';
import { workspaceRefusal } from './workspace.js';

export interface RunOptions {
  /** Overrides of the network settings (tests point the registries at loopback servers). */
  verify?: Partial<VerifyOptions>;
}

/**
 * The Action: inputs → lint() → annotations, job summary, outputs, tracking issue, exit status; or, in the
 * fork pattern, lint() → artifact (`mode: report`) and artifact → annotations and review (`mode: publish`).
 */
export async function run(options: RunOptions = {}): Promise<void> {
  let inputs: ActionInputs | undefined;
  try {
    inputs = parseInputs((name) => core.getInput(name));
    await (inputs.mode === 'publish' ? publish(inputs) : runAction(inputs, options));
  } catch (error) {
    // The message only: stacks say nothing to users, and no error here carries the token.
    const message = messageOf(error);
    core.setOutput('exit-code', 2);
    core.setFailed(message);
    // The summary says it too; a config error may quote the repository's own text, so it is escaped.
    if (inputs?.jobSummary !== false) {
      await writeJobSummary(
        `## paperlint\n\n**paperlint** could not run: ${escapeMarkdown(message)}\n`,
      ).catch(() => {});
    }
  }
}

/** `add-from-issue` on an `issues` event: the issue's papers in a pull request, and the job summary says so. */
async function addFromIssueRun(
  inputs: ActionInputs,
  context: RunContext,
  payload: IssuePayload,
  options: RunOptions,
): Promise<void> {
  const { fetchPapers } = await import('../verify/index.js');
  const result = await addFromIssue(clientOf(inputs, context), context, payload, {
    // The list's path in the repository: the first of `files`.
    file: inputs.files[0],
    fetchPapers: (ids) => fetchPapers(ids, { ...DEFAULT_VERIFY_OPTIONS, ...options.verify }),
    log: (line) => core.info(oneLine(line)),
  });
  if (!inputs.jobSummary) return;
  const done = result.pullRequest
    ? `Opened pull request #${result.pullRequest} for issue #${result.issue}.`
    : '';
  await writeJobSummary(`## paperlint: add from issue\n\n${done}\n\n${result.lines.join('\n')}\n`);
}

/** The folder `files` and `config` are relative to: the workspace or a folder inside it. */
function workingDirectoryOf(workspace: string, input: string): string {
  const folder = path.resolve(workspace, input);
  const inside = path.relative(workspace, folder);
  if (inside.startsWith('..') || path.isAbsolute(inside))
    throw new InputError(`input 'working-directory' must be a folder inside the workspace (got '${input}')`);
  return folder;
}

async function runAction(inputs: ActionInputs, options: RunOptions): Promise<void> {
  const env = process.env;
  const payload = await readEventPayload(env.GITHUB_EVENT_PATH);
  const context = runContextOf(env, payload);
  if (inputs.addFromIssue && context.event === 'issues') {
    await addFromIssueRun(inputs, context, payload as IssuePayload, options);
    return;
  }
  if (inputs.mode === 'report' && context.mode !== 'pull-request') {
    throw new InputError(
      `'mode: report' saves a pull request's report for a later workflow_run: run it on pull_request events (this is ${context.event || 'no event'})`,
    );
  }
  // Findings name files relative to the workspace (the repository), wherever `working-directory` points.
  const cwd = env.GITHUB_WORKSPACE || process.cwd();
  const folder = workingDirectoryOf(cwd, inputs.workingDirectory);
  const temp = env.RUNNER_TEMP || os.tmpdir();
  const extra = await extraArguments(inputs.args, env);
  const config = await loadConfig({ cwd: folder, configPath: inputs.config });
  // One configuration for every list (the Action's), and the ignore files and its `ignore` globs as the CLI has them.
  const ignored = lintIgnores(
    folder,
    { forFile: async () => config, forFolder: async () => config },
    inputs.config !== undefined,
  );
  const named = await resolveFiles(inputs.files, folder, {
    ignored,
    onIgnored: (file, reason) =>
      core.info(`paperlint: ${oneLine(`${file}: ignored by ${reason}, not linted`)}`),
    onSkipped: (message) => core.info(`paperlint: ${oneLine(message)}`),
  });
  let client: GitHubClient | undefined;
  const github = () => (client ??= clientOf(inputs, context));

  const added = context.mode === 'pull-request' ? await addedLinesOf(github(), context) : undefined;
  const files = await readableFiles(
    named.map((file) => path.resolve(folder, file)),
    cwd,
    added,
  );
  const scope = extra.offline ? 'none' : verifyScope(inputs.links, context.mode);
  const cachePath = inputs.cache && scope !== 'none' ? path.join(temp, 'paperlint-cache.json') : undefined;
  // Read once: the cache key, the lint and the suggested changes all work on these texts.
  const contents = await Promise.all(
    files.map(async (file) => {
      const shown = displayPath(file, cwd);
      return { path: shown, content: await readListFile(file, shown, maxFileSizeOf({ config })) };
    }),
  );
  const cacheKey = cachePath ? await restoreVerdicts(cachePath, contents) : undefined;
  // The workspace is the repository; links to its own files on GitHub, on the branches of this run, are local.
  const lintOptions: LintOptions = {
    cwd,
    config,
    repository: repositoryLookup({
      root: cwd,
      remote: { host: new URL(context.serverUrl).hostname, owner: context.owner, repo: context.repo },
      branches: [env.GITHUB_HEAD_REF, env.GITHUB_BASE_REF, env.GITHUB_REF_NAME].filter(
        (ref): ref is string => !!ref,
      ),
    }),
  };
  if (scope !== 'none') {
    lintOptions.verify = {
      githubApi: context.apiUrl,
      ...extra.verify,
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
  const linted = contents.map(({ path: file, content }) => lintText(content, file, lintOptions));
  const report = await reportOf(linted, lintOptions);
  if (cachePath && cacheKey) await saveVerdicts(cachePath, cacheKey);

  if (added) {
    // Fix offsets count in the text as linted (after a byte-order mark).
    const sources = new Map(linted.map(({ file, list }) => [file, list.source]));
    const changes = inputs.suggestions ? suggestedChanges(report.findings, sources, added) : [];
    await (inputs.mode === 'report'
      ? saveReport(inputs, context, report, added, changes, temp)
      : checkPullRequest(github(), inputs, context, report, added, changes, temp));
    return;
  }

  const { listed } = listedFindings(report.findings);
  const counts = countsOf(listed);
  const { reportPath } = await writeReports(report, context, temp, { counts, failOn: inputs.failOn });
  const annotated = await annotateScan(
    inputs.token ? github() : undefined,
    { report, context },
    annotationsOf(listed),
    inputs.failOn,
  );
  if (inputs.jobSummary) {
    await writeJobSummary(
      buildSummary({ report, context, annotated, maxBytes: JOB_SUMMARY_MAX_BYTES, rest: restOf(reportPath) }),
    );
  }
  if (context.mode === 'full-scan' && inputs.trackingIssue) {
    await trackIssue(github(), context, inputs, report);
  }
  const failure = failureMessage(counts, inputs.failOn);
  if (failure) core.setFailed(failure);
}

/** The files the Action may read (see workspace.ts); each one left out is a warning saying why. */
async function readableFiles(files: string[], cwd: string, added: AddedLines | undefined): Promise<string[]> {
  const readable: string[] = [];
  for (const file of files) {
    const refusal = await workspaceRefusal(cwd, file, added);
    if (refusal) core.warning(`paperlint did not read ${oneLine(displayPath(file, cwd))}: ${refusal}`);
    else readable.push(file);
  }
  return readable;
}

/** `mode: check` on a pull request: annotations on the added lines, the review, the summary, the verdict. */
async function checkPullRequest(
  client: GitHubClient,
  inputs: ActionInputs,
  context: RunContext,
  report: Report,
  added: AddedLines,
  changes: SuggestedChange[],
  temp: string,
): Promise<void> {
  let pullRequest = await annotatePullRequest(client, { report, context }, added, inputs.failOn);
  const suggestions = await deliverSuggestions(client, context, changes);
  if (suggestions) pullRequest = { ...pullRequest, suggestions };
  await finishPullRequest(inputs, context, report, pullRequest, temp);
}

/**
 * `mode: report`: the pull request's report and suggested changes saved as the `paperlint-report` artifact
 * for the `mode: publish` run that `workflow_run` starts; nothing is posted from here (a fork's token may not).
 */
async function saveReport(
  inputs: ActionInputs,
  context: RunContext,
  report: Report,
  added: AddedLines,
  changes: SuggestedChange[],
  temp: string,
): Promise<void> {
  const text = artifactText({
    report,
    pullRequest: context.pullNumber ?? 0,
    headSha: context.sha,
    added,
    changes,
  });
  const folder = await mkdtemp(path.join(temp, 'paperlint-artifact-'));
  const file = path.join(folder, ARTIFACT_FILE);
  await writeFile(file, text);
  const artifacts = new DefaultArtifactClient();
  try {
    // A re-run of the job finds the first attempt's artifact on the run: replaced, as upload-artifact's overwrite does.
    if (Number(process.env.GITHUB_RUN_ATTEMPT ?? 1) > 1)
      await artifacts.deleteArtifact(ARTIFACT_NAME).catch(() => undefined);
    await artifacts.uploadArtifact(ARTIFACT_NAME, [file], folder, { retentionDays: ARTIFACT_RETENTION_DAYS });
  } catch (error) {
    throw new Error(`paperlint could not save the '${ARTIFACT_NAME}' artifact: ${oneLine(messageOf(error))}`);
  }
  core.info(`paperlint: report saved as the '${ARTIFACT_NAME}' artifact for the publishing workflow_run`);
  const annotations = annotationsOnAddedLines(report.findings, added);
  const onAddedLines = new Map(annotations.map((annotation) => [annotation.finding, annotation]));
  await finishPullRequest(
    inputs,
    context,
    report,
    { onAddedLines, delivery: 'artifact', notShownInline: 0 },
    temp,
  );
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
