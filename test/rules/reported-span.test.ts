// The contract: "A `fix` replaces the finding's span". A JSON consumer that applies a fix at the finding's
// line and column must change exactly what `--fix` changes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint.js';
import { ON_TODAY } from '../helpers/list.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** 0-based offset of a 1-based line and column. */
function offsetOf(source: string, line: number, column: number): number {
  let offset = 0;
  for (let at = 1; at < line; at++) offset = source.indexOf('\n', offset) + 1;
  return offset + column - 1;
}

describe.each(['examples/papers.md', 'test/fixtures/styles/weekly-papers.md'])('%s', (file) => {
  it('places every fixable finding on the text its fix replaces', () => {
    const source = readFileSync(path.join(ROOT, file), 'utf8');
    const fixable = lintText(source, file, ON_TODAY).findings.filter((finding) => finding.fix);
    expect(fixable.length).toBeGreaterThan(0);
    for (const finding of fixable) {
      const start = offsetOf(source, finding.line, finding.column);
      const end = offsetOf(source, finding.endLine, finding.endColumn);
      expect([start, end], finding.message).toEqual([finding.fix?.start, finding.fix?.end]);
    }
  });
});
