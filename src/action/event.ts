import type { LinksMode } from './inputs.js';

/** What kind of run this is: a pull request check, a full scan, or anything else (push, …). */
export type RunMode = 'pull-request' | 'full-scan' | 'other';

/** Where the run happens, read from the runner's environment and the event payload. */
export interface RunContext {
  event: string;
  mode: RunMode;
  owner: string;
  repo: string;
  /** The commit the findings' lines belong to: the pull request's head, or the pushed/scanned commit. */
  sha: string;
  pullNumber?: number;
  serverUrl: string;
  apiUrl: string;
  /** Link to this workflow run, when the runner tells us its id. */
  runUrl?: string;
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
const FULL_SCAN_EVENTS = new Set(['schedule', 'workflow_dispatch']);

export interface EventPayload {
  pull_request?: { number?: number; head?: { sha?: string } };
  repository?: { name?: string; owner?: { login?: string } };
  workflow_run?: {
    id?: number;
    event?: string;
    head_sha?: string;
    html_url?: string;
    pull_requests?: Array<{ number?: number }>;
  };
}

/** The run a `workflow_run` event reports on, as GitHub describes it (the only trusted facts of a publish run). */
export interface TriggeringRun {
  id: number;
  /** The event that started it (`pull_request` in the fork pattern). */
  event: string;
  headSha: string;
  url?: string;
  /** The pull requests GitHub links to the run: same-repository ones only, empty for forks. */
  pullNumbers: number[];
}

/** The triggering run of a `workflow_run` event, or undefined for any other event. */
export function triggeringRunOf(event: string, payload: EventPayload): TriggeringRun | undefined {
  const run = payload.workflow_run;
  if (event !== 'workflow_run' || typeof run?.id !== 'number' || !/^[0-9a-f]{40}$/.test(run.head_sha ?? ''))
    return undefined;
  return {
    id: run.id,
    event: run.event ?? '',
    headSha: run.head_sha as string,
    ...(run.html_url && { url: run.html_url }),
    pullNumbers: (run.pull_requests ?? []).flatMap((pull) =>
      typeof pull.number === 'number' ? [pull.number] : [],
    ),
  };
}

/** Builds the run context; throws when the environment is not a GitHub Actions run. */
export function runContextOf(env: NodeJS.ProcessEnv, payload: EventPayload): RunContext {
  const event = env.GITHUB_EVENT_NAME ?? '';
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const repository = {
    owner: owner || payload.repository?.owner?.login,
    repo: repo || payload.repository?.name,
  };
  if (!repository.owner || !repository.repo) {
    throw new Error('GITHUB_REPOSITORY is not set: paperlint-action runs inside GitHub Actions');
  }
  const pull = PULL_REQUEST_EVENTS.has(event) ? payload.pull_request : undefined;
  const mode: RunMode = pull?.number ? 'pull-request' : FULL_SCAN_EVENTS.has(event) ? 'full-scan' : 'other';
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  return {
    event,
    mode,
    owner: repository.owner,
    repo: repository.repo,
    sha: pull?.head?.sha || env.GITHUB_SHA || '',
    ...(mode === 'pull-request' && { pullNumber: pull?.number }),
    serverUrl,
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    ...(env.GITHUB_RUN_ID && {
      runUrl: `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${env.GITHUB_RUN_ID}`,
    }),
  };
}

/** Which links to verify: `auto` means the added lines on pull requests, everything on full scans. */
export function verifyScope(links: LinksMode, mode: RunMode): 'none' | 'added-lines' | 'all' {
  if (links === 'off') return 'none';
  if (links === 'all') return 'all';
  return mode === 'pull-request' ? 'added-lines' : mode === 'full-scan' ? 'all' : 'none';
}

/** A link to a line of a file at the run's commit; each path segment is percent-encoded. */
export function permalink(context: RunContext, file: string, line: number): string {
  const encoded = file.split('/').map(encodeURIComponent).join('/');
  return `${context.serverUrl}/${context.owner}/${context.repo}/blob/${context.sha}/${encoded}#L${line}`;
}
