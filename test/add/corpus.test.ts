// `paperlint add` on every corpus list (skipped without ../shared): a paper each list lacks, as a preprint and
// as a published paper, goes into the section that matches it, written as that section's entries are written
// (arXiv link form, link label, separators between links, date form: the section's majority), in the
// section's order, and the list lints with no finding on the added lines; a paper the list has is refused.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AddError, addPaper, type PaperToAdd } from '../../src/add/index.js';
import { type ListedEntry, listedEntries } from '../../src/add/model.js';
import { venueFromComment } from '../../src/arxiv/published.js';
import { lintText } from '../../src/lint.js';
import { isPreprintLabel } from '../../src/rules/venue-style.js';
import { listOf, ON_TODAY, TODAY } from '../helpers/list.js';
import { CORPUS, hasCorpus } from '../helpers/shared.js';

const LISTS = hasCorpus ? readdirSync(path.join(CORPUS, 'lists')).filter((name) => name.endsWith('.md')) : [];
/** Lists of tools, not papers: nothing to learn an entry's form from. */
const NO_PAPERS = [
  'awesome-selfhosted__awesome-selfhosted.md',
  'sindresorhus__awesome.md',
  'vinta__awesome-python.md',
];

const PREPRINT: PaperToAdd = {
  id: '2406.01234',
  title: 'Retrieval-Augmented Large Language Models for Sequential Recommendation',
  authors: ['Ada Lovelace', 'Alan Turing', 'Grace Hopper'],
  date: { year: 2024, month: 6, day: 3 },
  abstract:
    'We study sequential recommendation with large language models that retrieve what users did before.',
  code: 'https://github.com/ada/rallm-rec',
};
const PUBLISHED: PaperToAdd = { ...PREPRINT, venue: venueFromComment('Accepted at NeurIPS 2024') };

/** What the test compares with the section: the arXiv link's form and label, the separators, the date's form. */
function traits(entry: ListedEntry, source: string) {
  const arxiv = entry.links.find((link) => link.arxivId !== undefined);
  const separators = entry.links.slice(1).map((link, i) => source.slice(entry.links[i].end, link.start));
  const date = entry.dates[0];
  return {
    form: arxiv && (/\/pdf\//.test(arxiv.url) ? (/\.pdf$/.test(arxiv.url) ? 'pdf.pdf' : 'pdf') : 'abs'),
    label:
      arxiv && arxiv.label !== entry.title && !entry.titlePart
        ? arxiv.label
        : arxiv?.label.length && arxiv.label.length <= 12
          ? arxiv.label
          : undefined,
    separators: separators.length > 0 ? separators.join('|') : undefined,
    date:
      date &&
      `${isPreprintLabel(date.label) || date.label === '' ? 'preprint' : 'venue'} ${date.text.replace(/\p{L}+/gu, 'a').replace(/\d/g, '9')}`,
  };
}

/** The most common value among the section's entries, when more than half agree on one. */
function majority(values: Array<string | undefined>): string | undefined {
  const known = values.filter((value): value is string => value !== undefined);
  const counts = new Map<string, number>();
  for (const value of known) counts.set(value, (counts.get(value) ?? 0) + 1);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] * 2 > known.length ? best[0] : undefined;
}

describe.skipIf(!hasCorpus)('paperlint add on the corpus lists', () => {
  for (const file of LISTS) {
    it(file, () => {
      const source = readFileSync(path.join(CORPUS, 'lists', file), 'utf8');
      if (NO_PAPERS.includes(file)) {
        expect(() => addPaper(source, PREPRINT, { today: TODAY })).toThrow(AddError);
        return;
      }
      const before = listedEntries(listOf(source));
      expect(before.some((entry) => entry.arxivIds.includes(PREPRINT.id))).toBe(false);
      for (const paper of [PREPRINT, PUBLISHED]) {
        const { output, outcome } = addPaper(source, paper, { today: TODAY });
        expect(outcome.kind, `${file}: ${outcome.kind === 'refused' ? outcome.reason : ''}`).toBe('added');
        if (outcome.kind !== 'added') return;
        const lines = outcome.entry.split('\n').length;
        // No finding of any offline rule (entry format, order, duplicates, arXiv links) on the added lines.
        const findings = lintText(output, file, ON_TODAY).findings.filter(
          (finding) => finding.endLine >= outcome.line && finding.line < outcome.line + lines,
        );
        expect(
          findings.map((finding) => `${finding.rule}: ${finding.message}`),
          outcome.entry,
        ).toEqual([]);

        // The new entry writes what its section's majority writes.
        const after = listedEntries(listOf(output));
        const added = after.find((entry) => entry.arxivIds.includes(paper.id))!;
        const section = after.filter(
          (entry) => entry !== added && entry.section.join('\u0000') === added.section.join('\u0000'),
        );
        const mine = traits(added, output);
        const everyone = after.filter((entry) => entry !== added).map((entry) => traits(entry, output));
        const theirs = section.map((entry) => traits(entry, output));
        // As entry-format counts a convention: in the section when it shows one five times, else in the list.
        const common = (pick: (their: ReturnType<typeof traits>) => string | undefined) => {
          const own = theirs.map(pick).filter((value) => value !== undefined);
          return majority(own.length >= 5 ? own : everyone.map(pick));
        };
        for (const trait of ['form', 'label', 'separators'] as const) {
          const usual = common((their) => their[trait]);
          if (usual !== undefined && mine[trait] !== undefined)
            expect(mine[trait], `${trait}: ${outcome.entry}`).toBe(usual);
        }
        const kind = mine.date?.split(' ')[0];
        const dates = common((their) => (their.date?.startsWith(`${kind} `) ? their.date : undefined));
        if (dates !== undefined && mine.date !== undefined) expect(mine.date, outcome.entry).toBe(dates);
      }
      // A paper the list has is refused, and where it is said.
      const listed = before.find((entry) => entry.arxivIds.length > 0)!;
      const again = addPaper(source, { ...PREPRINT, id: listed.arxivIds[0] }, { today: TODAY });
      expect(again.outcome).toMatchObject({ kind: 'refused', line: listed.line });
      expect(again.output).toBe(source);
    }, 120_000);
  }
});
