import { afterAll, describe, expect, it } from 'vitest';
import conflictingLink from '../../src/rules/conflicting-link.js';
import duplicateEntry from '../../src/rules/duplicate-entry.js';
import type { PaperList, RuleFinding } from '../../src/types.js';
import { listOf, ON_TODAY } from '../helpers/list.js';
import { beforeText, type FixRecord, fixRecords } from '../helpers/shared.js';

/**
 * Defects the offline rules cannot see, each with the reason. A defect that becomes detectable fails its
 * test until it leaves this list, so the list stays honest.
 */
const NOT_DETECTABLE_OFFLINE: Record<string, string> = {
  'fix-012':
    "Chinchilla row links 2408.00724, which no other row of the file uses; the row's title and id both name the wrong (2024) paper, so only the arXiv API (title mismatch) or arxiv-date (2022 row, 2408 id) can tell",
  'fix-046':
    'awesome list of tools (Langroid repository): the entry model keeps paper entries only, so tool lists have no entries to compare',
  'fix-047': 'awesome list of lists (Alfred Workflows): not paper entries, outside the entry model',
  'fix-048': 'awesome list of Python tools (ruff): not paper entries, outside the entry model',
  'fix-049': 'awesome list of self-hosted software (linux-dash): not paper entries, outside the entry model',
};

const records = fixRecords((record) => record.kind === 'duplicate' || record.kind === 'wrong-arxiv-id');

/** The first lines of the entries in each finding: the reported entry and the related one. */
function involvedEntries(findings: RuleFinding[]): { reported: number; related: number }[] {
  return findings.map((finding) => ({
    reported: finding.span.start.line,
    related: finding.related?.[0]?.line ?? 0,
  }));
}

/** The entry (by first line) that holds a 1-based source line. */
function entryLineOf(list: PaperList, line: number): number | undefined {
  return list.entries.find((entry) => entry.span.start.line <= line && line <= entry.span.end.line)?.span
    .start.line;
}

/** The findings of the rule that should catch this kind of defect. */
function findingsFor(record: FixRecord, list: PaperList): RuleFinding[] {
  return record.kind === 'duplicate'
    ? duplicateEntry.check(list, duplicateEntry.defaults, ON_TODAY)
    : conflictingLink.check(list, conflictingLink.defaults, ON_TODAY);
}

/** Whether the rule flags the defect: the defect line (or, for a duplicate, its surviving copy) is in a finding. */
function detects(record: FixRecord, list: PaperList): boolean {
  const defect = entryLineOf(list, record.line_parent);
  const survivor = record.survivor_line_parent ? entryLineOf(list, record.survivor_line_parent) : undefined;
  return involvedEntries(findingsFor(record, list)).some((pair) => {
    const lines = [pair.reported, pair.related];
    if (record.kind === 'duplicate') return lines.includes(defect ?? -1) && lines.includes(survivor ?? -1);
    return lines.includes(defect ?? -1);
  });
}

/** The file after the maintainer's fix of this one line: the line replaced, or deleted for a duplicate. */
function fixedSource(record: FixRecord, source: string): string {
  const lines = source.split('\n');
  if (record.after === null) lines.splice(record.line_parent - 1, 1);
  else lines[record.line_parent - 1] = record.after;
  return lines.join('\n');
}

const recall = new Map<string, { found: number; total: number }>();

describe.skipIf(records.length === 0)('fixes.jsonl: duplicate and wrong-arxiv-id defects', () => {
  afterAll(() => {
    for (const [kind, { found, total }] of recall) {
      console.log(`recall ${kind}: ${found}/${total} (${((100 * found) / total).toFixed(0)}%)`);
    }
  });

  for (const record of records) {
    it(`${record.id} ${record.kind}/${record.subkind} line ${record.line_parent}`, () => {
      const source = beforeText(record);
      expect(source.split('\n')[record.line_parent - 1]).toBe(record.before);
      const list = listOf(source);
      const found = detects(record, list);
      const tally = recall.get(record.kind) ?? { found: 0, total: 0 };
      recall.set(record.kind, { found: tally.found + (found ? 1 : 0), total: tally.total + 1 });

      if (record.id in NOT_DETECTABLE_OFFLINE) {
        // Keeps the allow-list honest: a defect that becomes detectable must leave it.
        expect(found, NOT_DETECTABLE_OFFLINE[record.id]).toBe(false);
        return;
      }
      expect(found, `${record.evidence}`).toBe(true);

      // After the maintainer's fix, the corrected line (or the surviving copy) is no longer flagged.
      const fixed = listOf(fixedSource(record, source));
      const survivorLine =
        record.survivor_line_parent === undefined
          ? record.line_parent
          : record.survivor_line_parent - (record.survivor_line_parent > record.line_parent ? 1 : 0);
      const line = entryLineOf(fixed, survivorLine);
      const stillFlagged = involvedEntries(findingsFor(record, fixed)).some(
        (pair) => pair.reported === line || pair.related === line,
      );
      expect(stillFlagged).toBe(false);
    });
  }
});
