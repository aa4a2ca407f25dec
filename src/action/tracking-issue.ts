import { plural } from '../report/counts.js';
import type { Summary } from '../types.js';
import type { FailOn } from './inputs.js';

/** Hidden in the issue body: how scans recognise their tracking issue among the `paperlint` ones. */
export const TRACKING_MARKER = '<!-- paperlint:tracking-issue -->';
export const TRACKING_LABEL = 'paperlint';

/** An issue as listed by the API, reduced to what the plan needs. */
export interface TrackedIssue {
  number: number;
  state: 'open' | 'closed';
  body?: string | null;
  /** Set by the issues API on pull requests, which the issues list also returns. */
  pull_request?: unknown;
}

export type IssueStep =
  | { kind: 'create' }
  | { kind: 'update'; number: number; reopen: boolean }
  | { kind: 'close'; number: number; reason: 'clean' | 'duplicate'; keep?: number };

/**
 * Whether a scan's findings call for the tracking issue: errors, plus warnings with `fail-on: warning`.
 * `fail-on: never` keeps the run green but still tracks errors.
 */
export function needsTracking(summary: Summary, failOn: FailOn): boolean {
  return summary.errors > 0 || (failOn === 'warning' && summary.warnings > 0);
}

/**
 * What to do with the tracking issue after a full scan, so that exactly one issue is ever open:
 * update the oldest open one (closing any extra), else reopen the latest closed one, else create one;
 * when the scan is clean, close every open one.
 */
export function planTrackingIssue(issues: readonly TrackedIssue[], failing: boolean): IssueStep[] {
  const tracked = issues
    .filter((issue) => issue.pull_request == null && (issue.body ?? '').includes(TRACKING_MARKER))
    .sort((a, b) => a.number - b.number);
  const open = tracked.filter((issue) => issue.state === 'open');
  if (!failing) return open.map((issue) => ({ kind: 'close', number: issue.number, reason: 'clean' }));
  if (open.length > 0) {
    const [keep, ...extra] = open;
    return [
      { kind: 'update', number: keep.number, reopen: false },
      ...extra.map(
        (issue): IssueStep => ({
          kind: 'close',
          number: issue.number,
          reason: 'duplicate',
          keep: keep.number,
        }),
      ),
    ];
  }
  const latestClosed = tracked.at(-1);
  return latestClosed
    ? [{ kind: 'update', number: latestClosed.number, reopen: true }]
    : [{ kind: 'create' }];
}

export function issueTitle(summary: Summary): string {
  const parts = [plural(summary.errors, 'error')];
  if (summary.warnings > 0) parts.push(plural(summary.warnings, 'warning'));
  return `paperlint: ${parts.join(', ')} in the paper list`;
}

/** The issue body: the marker, then the scan's summary (already escaped Markdown). */
export function issueBody(summaryMarkdown: string): string {
  return `${TRACKING_MARKER}\n${summaryMarkdown}`;
}

/** The comment left when closing: why, and which run saw it. */
export function closingComment(step: Extract<IssueStep, { kind: 'close' }>, runUrl?: string): string {
  const run = runUrl ? ` ([scan](${runUrl}))` : '';
  return step.reason === 'clean'
    ? `paperlint found no more problems${run}: closing.`
    : `Closing as a duplicate of #${step.keep}: paperlint keeps one tracking issue${run}.`;
}
