import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  closingComment,
  type IssueStep,
  issueBody,
  issueTitle,
  needsTracking,
  planTrackingIssue,
  TRACKING_MARKER,
  type TrackedIssue,
} from '../../src/action/tracking-issue.js';

const body = `${TRACKING_MARKER}\nreport`;

/** Applies a plan to an in-memory issue list, as the API would. */
function apply(issues: TrackedIssue[], steps: IssueStep[]): TrackedIssue[] {
  const next = issues.map((issue) => ({ ...issue }));
  for (const step of steps) {
    if (step.kind === 'create') {
      next.push({ number: Math.max(0, ...next.map((i) => i.number)) + 1, state: 'open', body });
    } else {
      const issue = next.find((i) => i.number === step.number)!;
      issue.state = step.kind === 'close' ? 'closed' : 'open';
    }
  }
  return next;
}

describe('planTrackingIssue', () => {
  it('creates on the first failing scan, updates later, closes when clean, reopens when it breaks again', () => {
    let issues: TrackedIssue[] = [];
    const plans: IssueStep[][] = [];
    for (const failing of [true, true, false, false, true]) {
      const plan = planTrackingIssue(issues, failing);
      plans.push(plan);
      issues = apply(issues, plan);
    }
    expect(plans).toEqual([
      [{ kind: 'create' }],
      [{ kind: 'update', number: 1, reopen: false }],
      [{ kind: 'close', number: 1, reason: 'clean' }],
      [],
      [{ kind: 'update', number: 1, reopen: true }],
    ]);
  });

  it('ignores issues without the marker and pull requests', () => {
    const others: TrackedIssue[] = [
      { number: 4, state: 'open', body: 'a user issue labelled paperlint' },
      { number: 5, state: 'open', body, pull_request: {} },
      { number: 6, state: 'open', body: null },
    ];
    expect(planTrackingIssue(others, true)).toEqual([{ kind: 'create' }]);
    expect(planTrackingIssue(others, false)).toEqual([]);
  });

  it('closes extra open tracking issues, keeping the oldest, and reopens the latest closed one', () => {
    const issues: TrackedIssue[] = [
      { number: 9, state: 'open', body },
      { number: 3, state: 'open', body },
      { number: 1, state: 'closed', body },
    ];
    expect(planTrackingIssue(issues, true)).toEqual([
      { kind: 'update', number: 3, reopen: false },
      { kind: 'close', number: 9, reason: 'duplicate', keep: 3 },
    ]);
    expect(
      planTrackingIssue(
        [
          { number: 2, state: 'closed', body },
          { number: 7, state: 'closed', body },
        ],
        true,
      ),
    ).toEqual([{ kind: 'update', number: 7, reopen: true }]);
  });

  it('never leaves two open tracking issues, whatever the history', () => {
    const history = fc.array(fc.boolean(), { maxLength: 20 });
    const start = fc.array(fc.record({ open: fc.boolean(), marked: fc.boolean() }), { maxLength: 6 });
    fc.assert(
      fc.property(start, history, (initial, scans) => {
        let issues: TrackedIssue[] = initial.map((i, n) => ({
          number: n + 1,
          state: i.open ? 'open' : 'closed',
          body: i.marked ? body : 'other',
        }));
        for (const failing of scans) {
          issues = apply(issues, planTrackingIssue(issues, failing));
          const open = issues.filter((i) => i.state === 'open' && i.body === body);
          expect(open.length).toBe(failing ? 1 : 0);
        }
      }),
    );
  });
});

describe('issue texts', () => {
  const summary = {
    files: 1,
    entries: 9,
    errors: 2,
    warnings: 1,
    infos: 0,
    links: { checked: 0, alive: 0, dead: 0, unverified: 0, excluded: 0 },
  };

  it('tracks errors, and warnings only with fail-on: warning', () => {
    expect(needsTracking(summary, 'never')).toBe(true);
    expect(needsTracking({ ...summary, errors: 0 }, 'error')).toBe(false);
    expect(needsTracking({ ...summary, errors: 0 }, 'warning')).toBe(true);
  });

  it('titles, marks and comments', () => {
    expect(issueTitle(summary)).toBe('paperlint: 2 errors, 1 warning in the paper list');
    expect(issueBody('## paperlint\n')).toBe(`${TRACKING_MARKER}\n## paperlint\n`);
    expect(closingComment({ kind: 'close', number: 1, reason: 'clean' }, 'https://x/runs/1')).toBe(
      'paperlint found no more problems ([scan](https://x/runs/1)): closing.',
    );
    expect(closingComment({ kind: 'close', number: 9, reason: 'duplicate', keep: 3 })).toContain(
      'duplicate of #3',
    );
  });
});
