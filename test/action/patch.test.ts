import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addedLinesOfPatch, addedLinesOfPullRequest, touchesAddedLines } from '../../src/action/patch.js';

describe('addedLinesOfPatch', () => {
  it('numbers added lines in the new file across hunks, skipping deletions and the no-newline marker', () => {
    const patch = [
      '@@ -3,4 +3,5 @@ ## Sequential',
      ' - kept one',
      '-- removed',
      '+- added at 4',
      '+- added at 5',
      ' - kept two',
      '@@ -20,2 +21,3 @@',
      ' - context 21',
      '+- added at 22',
      ' - context 23',
      '\\ No newline at end of file',
    ].join('\n');
    expect([...addedLinesOfPatch(patch)]).toEqual([4, 5, 22]);
  });

  it('reads a hunk header without counts (single-line hunks)', () => {
    expect([...addedLinesOfPatch('@@ -0,0 +1 @@\n+only line')]).toEqual([1]);
  });

  it('agrees with a diff built from random edits', () => {
    const op = fc.constantFrom('keep', 'add', 'remove');
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const lines: string[] = [];
        const expected: number[] = [];
        let newLine = 0;
        for (const [i, kind] of ops.entries()) {
          if (kind === 'keep') {
            lines.push(` line ${i}`);
            newLine++;
          } else if (kind === 'add') {
            lines.push(`+line ${i}`);
            expected.push(++newLine);
          } else lines.push(`-line ${i}`);
        }
        const patch = `@@ -1,${ops.length} +1,${newLine} @@\n${lines.join('\n')}`;
        expect([...addedLinesOfPatch(patch)]).toEqual(expected);
      }),
    );
  });
});

describe('addedLinesOfPullRequest', () => {
  const added = addedLinesOfPullRequest([
    { filename: 'README.md', status: 'modified', patch: '@@ -1,1 +1,2 @@\n line\n+new' },
    { filename: 'old.md', status: 'removed', patch: '@@ -1 +0,0 @@\n-gone' },
    { filename: 'huge.md', status: 'modified' },
  ]);

  it('keeps changed files, drops removed ones, and counts a file without patch as wholly added', () => {
    expect([...added.keys()]).toEqual(['README.md', 'huge.md']);
    expect(added.get('huge.md')).toBe('all');
  });

  it('tells whether a range of lines touches an added line', () => {
    expect(touchesAddedLines(added, 'README.md', 2)).toBe(true);
    expect(touchesAddedLines(added, 'README.md', 1)).toBe(false);
    expect(touchesAddedLines(added, 'README.md', 1, 3)).toBe(true);
    expect(touchesAddedLines(added, 'huge.md', 999)).toBe(true);
    expect(touchesAddedLines(added, 'other.md', 1)).toBe(false);
  });
});
