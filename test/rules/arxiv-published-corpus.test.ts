// Measures arxiv-published on the corpus lists (skipped without ../shared): each arXiv id a list gives as a
// preprint is served by a fake arXiv API on loopback with one of the real arxiv:comment strings of
// test/fixtures/arxiv-comments.json, in turn. A paper must be called published exactly when its comment names
// a venue (never for a submission, a review, a workshop or sizes only), and in the lists that write their
// venues in one clear style the fix must write the venue as their other entries do: the fixed lines lint
// clean under the list's own conventions.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/fix.js';
import { lintText } from '../../src/lint.js';
import rule from '../../src/rules/arxiv-published.js';
import { isPreprintLabel } from '../../src/rules/venue-style.js';
import type { Entry } from '../../src/types.js';
import { verify } from '../../src/verify/index.js';
import { type FakePaper, startFakeArxiv } from '../helpers/fake-arxiv.js';
import { listOf, ON_TODAY } from '../helpers/list.js';
import { CORPUS, hasCorpus } from '../helpers/shared.js';
import { testOptions, testTuning } from '../verify/setup.js';

const { comments } = JSON.parse(
  readFileSync(new URL('../fixtures/arxiv-comments.json', import.meta.url), 'utf8'),
) as { comments: Array<{ comment: string; venue: string | null }> };

/** The lists with a clear venue style, and how their fixed dates must read. */
const STYLED: Record<string, RegExp> = {
  'CHIANGEL__Awesome-LLM-for-RecSys.md': /^[A-Za-z][\w&-]*(?: [A-Z][\w&-]*)? 20\d\d$/,
  'XiaoxinHe__Awesome-Graph-LLM.md': /^[A-Za-z][\w&-]*(?: [A-Z][\w&-]*)?'\d\d$/,
  'nancheng58__Awesome-LLM4RS-Papers.md': /^[A-Za-z][\w&-]*(?: [A-Z][\w&-]*)? 20\d\d$/,
  'Mooler0410__LLMsPracticalGuide.md': /^[A-Za-z][\w&-]*(?: [A-Z][\w&-]*)? 20\d\d$/,
};
/** Lists whose preprints are marked but whose venues have no one clear form: claims without fixes. */
const UNSTYLED = [
  'westlake-repl__Recommendation-Systems-without-Explicit-ID-Features-A-Literature-Review.md',
  'enoche__MultimodalRecSys.md',
  'WLiK__LLM4Rec-Awesome-Papers.md',
];

const fakes: Array<{ close: () => Promise<void> }> = [];
afterAll(async () => {
  for (const fake of fakes) await fake.close();
});

const isPreprint = (entry: Entry) => entry.dates.some((date) => isPreprintLabel(date.label));

describe.skipIf(!hasCorpus)('arxiv-published on the corpus lists', () => {
  for (const file of [...Object.keys(STYLED), ...UNSTYLED]) {
    it(file, async () => {
      const source = readFileSync(path.join(CORPUS, 'lists', file), 'utf8');
      const list = listOf(source);
      // Each preprint's first id gets the next real comment; its title is the entry's own.
      const catalogue: Record<string, FakePaper> = {};
      const expected = new Map<string, string | null>();
      for (const entry of list.entries.filter(isPreprint)) {
        const id = entry.arxiv[0]?.id;
        if (!id || catalogue[id] || entry.arxiv.some((ref) => ref.version !== undefined)) continue;
        const { comment, venue } = comments[expected.size % comments.length];
        catalogue[id] = [{ title: entry.title || 'Untitled', comment }];
        expected.set(id, venue);
      }
      const fake = await startFakeArxiv({ catalogue });
      fakes.push(fake);
      const request = { urls: [], dois: [], arxiv: [...expected.keys()].map((id) => ({ id })) };
      // A generous timeout: a loaded machine answers a 100-id batch slowly, and an unanswered batch claims nothing.
      const results = await verify(
        request,
        testOptions({ arxivApi: fake.api, timeout: 20_000 }),
        testTuning(),
      );
      expect([...results.arxiv.values()].every((result) => result.status === 'found')).toBe(true);
      const findings = rule.check(list, results);

      const entryAt = (offset: number) =>
        list.entries.findLast(
          (entry) => entry.span.start.offset <= offset && offset <= entry.span.end.offset,
        );
      const claimed = new Set(findings.map((finding) => entryAt(finding.span.start.offset)?.arxiv[0]?.id));
      const published = [...expected].filter(([, venue]) => venue !== null).map(([id]) => id);
      const silent = [...expected].filter(([, venue]) => venue === null).map(([id]) => id);
      // Every published paper found, and no claim on a preprint whose comment names no venue.
      expect(published.filter((id) => !claimed.has(id))).toEqual([]);
      expect(silent.filter((id) => claimed.has(id))).toEqual([]);
      expect(findings.every((finding) => finding.severity === 'info')).toBe(true);

      const fixes = findings.flatMap((finding) => (finding.fix ? [finding.fix] : []));
      const form = STYLED[file];
      if (!form) {
        expect(fixes).toEqual([]);
        return;
      }
      expect(fixes.length).toBeGreaterThan(0);
      for (const fix of fixes) expect(fix.replacement).toMatch(form);
      // The fixed lines break none of the list's own conventions they kept before (a quote may name the venue).
      const fixedSource = applyFixes(list.source, fixes).output;
      const lines = new Set(fixes.map((fix) => list.source.slice(0, fix.start).split('\n').length));
      const onFixedLines = (text: string) =>
        lintText(text, file, ON_TODAY)
          .findings.filter((finding) => lines.has(finding.line) && finding.rule === 'entry-format')
          .map((finding) => `${finding.line} ${/\(([a-z-]+)\)$/.exec(finding.message)?.[1]}`);
      expect(onFixedLines(fixedSource)).toEqual(onFixedLines(list.source));
      console.log(
        `${file}: ${expected.size} preprints served, ${published.length} with a venue in the comment, ${findings.length} findings, ${fixes.length} fixes (e.g. ${fixes
          .slice(0, 3)
          .map((fix) => fix.replacement)
          .join(', ')})`,
      );
    });
  }
});
