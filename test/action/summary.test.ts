import { describe, expect, it } from 'vitest';
import { type Annotation, annotationsOnAddedLines } from '../../src/action/annotations.js';
import { runContextOf } from '../../src/action/event.js';
import { addedLinesOfPullRequest } from '../../src/action/patch.js';
import type { SuggestedChange } from '../../src/action/suggestions.js';
import { buildSummary, JOB_SUMMARY_MAX_BYTES } from '../../src/action/summary.js';
import type { Finding, Report } from '../../src/types.js';
import { finding } from './findings.js';

const context = runContextOf(
  { GITHUB_REPOSITORY: 'octo/papers', GITHUB_EVENT_NAME: 'pull_request' },
  { pull_request: { number: 3, head: { sha: 'abc123' } } },
);

function reportOf(findings: Finding[]): Report {
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  return {
    version: '0.1.0',
    findings,
    summary: {
      files: 1,
      entries: 40,
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
      links: { checked: 0, alive: 0, dead: 0, unverified: 0, excluded: 0 },
    },
  };
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** Findings on added lines, each annotated where it is reported. */
function annotated(findings: Finding[]): Map<Finding, Annotation> {
  const lines = [...new Set(findings.map((f) => f.line))].sort((a, b) => a - b);
  const patch = `@@ -0,0 +1,${lines.at(-1)} @@\n${'+x\n'.repeat(lines.at(-1) ?? 0)}`;
  const added = addedLinesOfPullRequest([{ filename: 'README.md', status: 'added', patch }]);
  return new Map(annotationsOnAddedLines(findings, added).map((a) => [a.finding, a]));
}

describe('buildSummary', () => {
  it('gives counts, then the added-line findings first, each with a permalink at the head commit', () => {
    const old = finding({ line: 2, severity: 'warning', rule: 'entry-format', message: 'Missing date' });
    const fresh = finding({ line: 9, message: 'Malformed arXiv link' });
    const text = buildSummary({
      report: reportOf([old, fresh]),
      context,
      pullRequest: { onAddedLines: annotated([fresh]), delivery: 'check-run', notShownInline: 0 },
      maxBytes: JOB_SUMMARY_MAX_BYTES,
      rest: 'the JSON report',
    });
    expect(text).toContain(
      '**paperlint** found 2 problems (1 error, 1 warning, 0 infos) in 1 file (40 entries).',
    );
    expect(text).toContain(
      '1 finding is on lines this pull request adds: they are annotated in the `paperlint` check run.',
    );
    const freshRow = text.indexOf('Malformed arXiv link');
    const oldRow = text.indexOf('Missing date');
    expect(text.indexOf('### On lines this pull request adds')).toBeLessThan(freshRow);
    expect(freshRow).toBeLessThan(text.indexOf('### Elsewhere in the list'));
    expect(text.indexOf('### Elsewhere in the list')).toBeLessThan(oldRow);
    expect(text).toContain('(https://github.com/octo/papers/blob/abc123/README.md#L9)');
    expect(text).not.toContain('Note:');
  });

  it('lists a duplicate inserted above the entry it repeats on the added line, in the words of that line', () => {
    const existing = finding({
      line: 7,
      rule: 'duplicate-entry',
      message: 'Duplicate entry: same arXiv id 2309.15379 as line 6',
      related: [{ line: 6, column: 1, message: 'Duplicate entry: same arXiv id 2309.15379 as line 7' }],
    });
    const added = addedLinesOfPullRequest([
      { filename: 'README.md', status: 'modified', patch: '@@ -5,2 +5,3 @@\n a\n+b\n c' },
    ]);
    const onAddedLines = new Map(annotationsOnAddedLines([existing], added).map((a) => [a.finding, a]));
    const text = buildSummary({
      report: reportOf([existing]),
      context,
      pullRequest: { onAddedLines, delivery: 'check-run', notShownInline: 0 },
      maxBytes: JOB_SUMMARY_MAX_BYTES,
      rest: 'the JSON report',
    });
    const row = text.split('\n').find((line) => line.includes('duplicate-entry'));
    expect(row).toContain('[README.md:6:1](https://github.com/octo/papers/blob/abc123/README.md#L6)');
    expect(row).toContain('Duplicate entry: same arXiv id 2309.15379 as line 7');
    expect(text).not.toContain('### Elsewhere in the list');
  });

  it('says how many added-line findings could not be shown inline', () => {
    const fresh = finding({ line: 9 });
    const text = buildSummary({
      report: reportOf([fresh]),
      context,
      pullRequest: { onAddedLines: annotated([fresh]), delivery: 'workflow-commands', notShownInline: 14 },
      maxBytes: JOB_SUMMARY_MAX_BYTES,
      rest: 'the JSON report',
    });
    expect(text).toContain('annotated on the changed lines. 14 findings could not be shown inline');
  });

  it('makes text from the list inert: HTML, table cells, code spans, links, mentions', () => {
    const hostile = finding({
      line: 4,
      file: 'lists/a|b.md',
      message: 'Title `x` | <img src=x onerror=alert(1)> [click](https://evil.example) @octocat #12',
    });
    const text = buildSummary({ report: reportOf([hostile]), context, maxBytes: 10_000, rest: 'the report' });
    const row = text.split('\n').find((line) => line.includes('onerror'))!;
    expect(row).not.toMatch(/<img/);
    expect(row).toContain('&lt;img');
    expect(row).toContain('\\`x\\`');
    expect(row).toContain('\\[click\\]');
    expect(row).not.toMatch(/@octocat/);
    expect(row).not.toMatch(/#12/);
    // A table row of four cells: the only unescaped pipes are the cell borders.
    expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(6);
    expect(row).toContain('/blob/abc123/lists/a%7Cb.md#L4');
  });

  it('stays under the byte limit, cuts whole rows and says how many are left out', () => {
    // Multi-byte text: the limit is in bytes, not characters.
    const findings = Array.from({ length: 6000 }, (_, i) =>
      finding({ line: i + 1, message: `Überprüfung fehlgeschlagen für „Titel ${i}“ ${'é'.repeat(150)}` }),
    );
    const added = annotated(findings.slice(5000));
    const text = buildSummary({
      report: reportOf(findings),
      context,
      pullRequest: { onAddedLines: added, delivery: 'check-run', notShownInline: 0 },
      maxBytes: JOB_SUMMARY_MAX_BYTES,
      rest: 'the JSON report (the `report` output)',
    });
    expect(bytes(text)).toBeLessThanOrEqual(JOB_SUMMARY_MAX_BYTES);
    expect(bytes(text)).toBeGreaterThan(JOB_SUMMARY_MAX_BYTES - 2000);
    const rows = text.split('\n').filter((line) => /^\| \S+ error \|/u.test(line));
    const omitted = Number(/\*\*Note:\*\* (\d+) more findings are not shown/.exec(text)?.[1]);
    expect(rows.length + omitted).toBe(6000);
    expect(text).toContain('the JSON report (the `report` output) has them all');
    // All 1000 added-line findings come first and fit.
    expect(rows.slice(0, 1000).every((row) => / fehlgeschlagen für „Titel 5\d\d\d“/.test(row))).toBe(true);
  });

  it('counts the findings a trimmed report left out in its note, with those cut for size, and says where they are', () => {
    const findings = [finding({ line: 3 })];
    const text = buildSummary({
      report: reportOf(findings),
      context,
      pullRequest: { onAddedLines: annotated(findings), delivery: 'check-run', notShownInline: 0 },
      leftOut: 41,
      maxBytes: JOB_SUMMARY_MAX_BYTES,
      rest: 'the job summary of the report run',
    });
    expect(text.split('\n').filter((line) => line.startsWith('| ❌'))).toHaveLength(1);
    expect(text).toContain(
      '> **Note:** 41 more findings are not shown here because of a size limit; the job summary of the report run has them all.',
    );
  });

  it('puts the note right after the heading when not even one row fits', () => {
    const findings = [finding({ line: 1, message: 'x'.repeat(5000) })];
    const text = buildSummary({ report: reportOf(findings), context, maxBytes: 2000, rest: 'the report' });
    expect(bytes(text)).toBeLessThanOrEqual(2000);
    expect(text).toContain('1 more finding is not shown here');
    expect(text).not.toContain('| Severity');
  });

  it('lists the suggested changes no review holds as diffs, between the two tables, and counts the posted ones', () => {
    const fresh = finding({ line: 9, message: 'Malformed arXiv link' });
    const old = finding({ line: 2, severity: 'warning', rule: 'entry-format', message: 'Missing date' });
    const change: SuggestedChange = {
      file: 'README.md',
      startLine: 9,
      endLine: 9,
      original: '- A ``` @octocat [[paper]](https://arxiv.org/abd/1)',
      corrected: '- A ``` @octocat [[paper]](https://arxiv.org/abs/1)',
      findings: [fresh],
    };
    const text = buildSummary({
      report: reportOf([old, fresh]),
      context,
      pullRequest: {
        onAddedLines: annotated([fresh]),
        delivery: 'workflow-commands',
        notShownInline: 0,
        suggestions: { posted: 0, alreadyPosted: 1, inSummary: { changes: [change], reason: 'refused' } },
      },
      maxBytes: JOB_SUMMARY_MAX_BYTES,
      rest: 'the JSON report',
    });
    expect(text).toContain(
      'annotated on the changed lines. 1 suggested change was posted by an earlier run. 1 suggested change is listed under *Suggested changes*.\n',
    );
    expect(text).toContain(
      '\n### Suggested changes\n\nThe token may not post a pull request review (a fork pull request, or no `pull-requests: write`), so the suggested changes are here instead, to apply by hand:\n\n**README.md:9** (`arxiv-url`)\n\n````diff\n-- A ``` @octocat [[paper]](https://arxiv.org/abd/1)\n+- A ``` @octocat [[paper]](https://arxiv.org/abs/1)\n````\n',
    );
    const section = text.indexOf('### Suggested changes');
    expect(text.indexOf('Malformed arXiv link')).toBeLessThan(section);
    expect(section).toBeLessThan(text.indexOf('### Elsewhere in the list'));
  });

  it('cuts suggested changes whole to the byte limit and says how many are left out', () => {
    const changes: SuggestedChange[] = Array.from({ length: 40 }, (_, i) => ({
      file: 'README.md',
      startLine: i + 1,
      endLine: i + 1,
      original: `- ${'é'.repeat(200)} ${i}`,
      corrected: `- ${'e'.repeat(200)} ${i}`,
      findings: [finding({ line: i + 1 })],
    }));
    const fresh = changes.map((change) => change.findings[0]);
    const text = buildSummary({
      report: reportOf(fresh),
      context,
      pullRequest: {
        onAddedLines: annotated(fresh),
        delivery: 'check-run',
        notShownInline: 0,
        suggestions: { posted: 50, alreadyPosted: 0, inSummary: { changes, reason: 'cap' } },
      },
      maxBytes: 12_000,
      rest: 'the JSON report',
    });
    expect(bytes(text)).toBeLessThanOrEqual(12_000);
    expect(text).toContain('50 suggested changes are in a pull request review.');
    expect(text).toContain(
      'A review holds at most 50 comments, so these suggested changes are here instead:',
    );
    const shown = text.split('\n').filter((line) => line.startsWith('```diff')).length;
    const omitted = Number(/\*\*Note:\*\* (\d+) more suggested changes are not shown/.exec(text)?.[1]);
    expect(shown).toBeGreaterThan(0);
    expect(shown + omitted).toBe(40);
    expect(text.endsWith("GitHub's size limit.\n")).toBe(true);
  });

  it('counts the links a run without network could not check in one sentence instead of a row each', () => {
    const unverified = Array.from({ length: 16 }, (_, i) =>
      finding({
        line: 20 + i,
        rule: 'unverified-link',
        severity: 'info',
        message: `Could not verify arXiv id 2401.${String(i).padStart(5, '0')}: network unavailable`,
        networkUnavailable: `arXiv 2401.${String(i).padStart(5, '0')}`,
      }),
    );
    const error = finding({ line: 3, rule: 'arxiv-url', severity: 'error', message: 'Malformed arXiv link' });
    const text = buildSummary({
      report: reportOf([error, ...unverified]),
      context,
      maxBytes: JOB_SUMMARY_MAX_BYTES,
      rest: 'the report',
    });
    expect(text).toContain('found 17 problems (1 error, 0 warnings, 16 infos) in 1 file (40 entries).');
    expect(text).toContain('\nCould not verify 16 links: network unavailable.\n');
    expect(text).toContain('Malformed arXiv link');
    expect(text).not.toContain('Could not verify arXiv id');
  });

  it('reports a clean list in one line', () => {
    const text = buildSummary({ report: reportOf([]), context, maxBytes: 2000, rest: 'the report' });
    expect(text).toBe('## paperlint\n\n**paperlint** found no problems in 1 file (40 entries).\n');
  });
});
