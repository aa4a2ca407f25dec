// On every real list in ../shared/corpus/lists, at least 95 % of the entries that carry an arXiv link get a
// title that is not a link label; arXiv links left outside every entry are counted and printed too.
// Skipped when ../shared is absent (a user's clone).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractEntries } from '../../src/parse/entries.js';
import { parseMarkdown, stripBom } from '../../src/parse/index.js';
import { isLinkLabel } from '../../src/parse/title.js';
import { CORPUS, hasCorpus } from '../helpers/shared.js';

const LISTS = path.join(CORPUS, 'lists');
const files = hasCorpus ? readdirSync(LISTS).filter((name) => name.endsWith('.md')) : [];

/** Lines holding an arXiv abs/pdf link that no entry covers: papers the model may have dropped. */
function uncoveredArxivLines(source: string, covered: ReadonlySet<number>): number {
  let count = 0;
  source.split('\n').forEach((line, i) => {
    if (/arxiv\.org\/(?:abs|pdf)\//i.test(line) && !covered.has(i + 1)) count++;
  });
  return count;
}

describe.skipIf(!hasCorpus)('titles of arXiv-linked entries in the corpus lists', () => {
  it.each(files)('%s', (name) => {
    const source = stripBom(readFileSync(path.join(LISTS, name), 'utf8'));
    const entries = extractEntries(parseMarkdown(source), source);
    const linked = entries.filter((entry) => entry.arxiv.some((ref) => ref.link !== undefined));
    const titled = linked.filter((entry) => entry.title !== '' && !isLinkLabel(entry.title));
    const covered = new Set<number>();
    for (const entry of entries) {
      for (let line = entry.span.start.line; line <= entry.span.end.line; line++) covered.add(line);
    }
    const percent = linked.length === 0 ? Number.NaN : (100 * titled.length) / linked.length;
    const left = uncoveredArxivLines(source, covered);
    console.log(
      `${name}: ${linked.length} arXiv-linked entries, ${titled.length} titled (${percent.toFixed(1)} %); ` +
        `${entries.length} entries; ${left} arXiv-linked lines outside entries`,
    );
    if (linked.length > 0) expect(percent).toBeGreaterThanOrEqual(95);
    // Dropping real papers as "not entries" must stay rare.
    expect(left).toBeLessThanOrEqual(Math.max(2, linked.length * 0.02));
  });
});
