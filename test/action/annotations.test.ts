import { describe, expect, it } from 'vitest';
import {
  annotationsOnAddedLines,
  batches,
  selectWithinCaps,
  toCheckRunAnnotation,
} from '../../src/action/annotations.js';
import { addedLinesOfPullRequest } from '../../src/action/patch.js';
import type { Severity } from '../../src/types.js';
import { finding } from './findings.js';

const added = addedLinesOfPullRequest([
  { filename: 'README.md', status: 'modified', patch: '@@ -1,3 +1,6 @@\n a\n+b\n+c\n b\n+d\n c' },
]);
// Added lines: 2, 3, 5.

describe('annotationsOnAddedLines', () => {
  it('keeps findings touching added lines, errors first', () => {
    const findings = [
      finding({ line: 1 }),
      finding({ line: 2, severity: 'info', rule: 'entry-format' }),
      finding({ line: 4, endLine: 5, severity: 'warning' }),
      finding({ line: 5 }),
      finding({ line: 3, file: 'other.md' }),
    ];
    const annotations = annotationsOnAddedLines(findings, added);
    expect(annotations.map((a) => [a.line, a.severity])).toEqual([
      [5, 'error'],
      [4, 'warning'],
      [2, 'info'],
    ]);
    expect(annotations[0]).toMatchObject({ title: 'paperlint(arxiv-url)', column: 3, endColumn: 40 });
  });

  it("moves a duplicate reported on the old entry to the added line, with that line's own message", () => {
    // The rule reports the later entry; here the new one was inserted above the one it repeats.
    const duplicate = finding({
      line: 4,
      rule: 'duplicate-entry',
      message: 'Duplicate entry: same arXiv id 2408.11523 as line 3',
      related: [{ line: 3, column: 1, message: 'Duplicate entry: same arXiv id 2408.11523 as line 4' }],
    });
    const [annotation] = annotationsOnAddedLines([duplicate], added);
    expect(annotation).toMatchObject({
      file: 'README.md',
      line: 3,
      endLine: 3,
      column: 1,
      finding: duplicate,
    });
    expect(annotation.message).toBe('Duplicate entry: same arXiv id 2408.11523 as line 4');
  });

  it('names the reported line when a related location comes without a message', () => {
    const related = finding({ line: 4, message: 'Something about line 3', related: [{ line: 3 }] });
    const [annotation] = annotationsOnAddedLines([related], added);
    expect(annotation).toMatchObject({ line: 3, message: 'Related to line 4: Something about line 3' });
  });
});

describe('selectWithinCaps', () => {
  const many = (severity: Severity, count: number) =>
    Array.from(
      { length: count },
      (_, i) => annotationsOnAddedLines([finding({ line: 2, severity, column: i + 1 })], added)[0],
    );

  it('shows at most 10 errors, 10 warnings and 10 notices, errors first, and counts the rest', () => {
    const { shown, hidden } = selectWithinCaps([
      ...many('info', 4),
      ...many('warning', 15),
      ...many('error', 25),
    ]);
    expect(shown.map((a) => a.severity)).toEqual([
      ...Array(10).fill('error'),
      ...Array(10).fill('warning'),
      ...Array(4).fill('info'),
    ]);
    expect(hidden).toBe(25 - 10 + 15 - 10);
  });

  it('also respects a per-job total', () => {
    const { shown, hidden } = selectWithinCaps(many('error', 8), {
      perSeverity: { error: 10, warning: 10, info: 10 },
      total: 5,
    });
    expect(shown).toHaveLength(5);
    expect(hidden).toBe(3);
  });
});

describe('check-run annotations', () => {
  it('maps severities to levels and sends columns only on single-line annotations', () => {
    const [single] = annotationsOnAddedLines([finding({ line: 2, severity: 'info' })], added);
    const [multi] = annotationsOnAddedLines([finding({ line: 2, endLine: 3, severity: 'warning' })], added);
    expect(toCheckRunAnnotation(single)).toEqual({
      path: 'README.md',
      start_line: 2,
      end_line: 2,
      start_column: 3,
      end_column: 40,
      annotation_level: 'notice',
      title: 'paperlint(arxiv-url)',
      message: 'Malformed arXiv link on line 2',
    });
    expect(toCheckRunAnnotation(multi)).not.toHaveProperty('start_column');
    expect(toCheckRunAnnotation(multi).annotation_level).toBe('warning');
  });

  it('clips messages the Checks API would refuse', () => {
    const [long] = annotationsOnAddedLines([finding({ line: 2, message: 'x'.repeat(100_000) })], added);
    expect(toCheckRunAnnotation(long).message.length).toBeLessThanOrEqual(60_000);
  });

  it('batches by 50 and always yields one batch', () => {
    expect(
      batches(
        Array.from({ length: 120 }, (_, i) => i),
        50,
      ).map((b) => b.length),
    ).toEqual([50, 50, 20]);
    expect(batches([], 50)).toEqual([[]]);
  });
});
