// On every real list in ../shared/corpus/lists, at least 95 % of the entries, and of those that carry an arXiv
// link, get a title that is not a link label, and almost no arXiv link of the Markdown is left outside every entry.
// Titles are checked against arXiv's own (../shared/arxiv-api/corpus-titles.json): a full title is the
// paper's title as arXiv has it, bar the list's own wording; a name is part of it; never authors, a venue
// or a date. Figures are printed per list. Skipped when ../shared is absent (a user's clone).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { extractEntries } from '../../src/parse/entries.js';
import { parseDocument, stripBom } from '../../src/parse/index.js';
import { isLinkLabel } from '../../src/parse/title.js';
import { isAuthorList } from '../../src/text/authors.js';
import type { Entry } from '../../src/types.js';
import { CORPUS, hasCorpus, SHARED } from '../helpers/shared.js';

const LISTS = path.join(CORPUS, 'lists');
const files = hasCorpus ? readdirSync(LISTS).filter((name) => name.endsWith('.md')) : [];
const arxivTitles: Record<string, { title: string }> = hasCorpus
  ? JSON.parse(readFileSync(path.join(SHARED, 'arxiv-api/corpus-titles.json'), 'utf8'))
  : {};

/** Lists that write each paper's full title: the titles of their arXiv papers are (almost) all `full`. */
const FULL_TITLE_LISTS = [
  'CHIANGEL__Awesome-LLM-for-RecSys.md',
  'westlake-repl__Recommendation-Systems-without-Explicit-ID-Features-A-Literature-Review.md',
  'XiaoxinHe__Awesome-Graph-LLM.md',
  'nancheng58__Awesome-LLM4RS-Papers.md',
  'WLiK__LLM4Rec-Awesome-Papers.md',
  'enoche__MultimodalRecSys.md',
  'eugeneyan__applied-ml.md',
  'terryum__awesome-deep-learning-papers.md',
  'floodsung__Deep-Learning-Papers-Reading-Roadmap.md',
];
/** Lists that name papers (`[ViLT](…) 论文精读`): their titles are mostly `name`. */
const NAME_LISTS = ['mli__paper-reading.md'];

function words(title: string): string[] {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '');
}

/** The same title up to case, punctuation, a dropped or added word or two (`… Models (LLMs)`), a label (`Survey paper:`). */
function nearlyEqual(title: string, arxiv: string): boolean {
  const a = words(title).join(' ');
  const b = words(arxiv).join(' ');
  if (a === b) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return longer.includes(shorter) && shorter.length >= 0.75 * longer.length;
}

/** A name for the paper: its colon lead, a run of its words, or an acronym of them. */
function namesPaper(name: string, arxiv: string): boolean {
  const nameWords = words(name);
  const titleWords = words(arxiv);
  const title = titleWords.join(' ');
  if (nameWords.every((word) => titleWords.includes(word) || title.includes(word))) return true;
  const initials = titleWords.map((word) => word[0]).join('');
  return nameWords.length === 1 && initials.includes(nameWords[0].replace(/\d+$/, ''));
}

/**
 * A venue, a date or both, and nothing else: `NeurIPS 2019`, `2023/05`, `arXiv`. (A name may end in a year:
 * `Amazon-Review 2023` is a data set.)
 */
function isVenueOrDate(title: string, kind: Entry['titleKind']): boolean {
  if (/^[^\p{L}\p{N}]*(?:19|20)\d{2}(?:[./-]\d{1,2}){0,2}[^\p{L}\p{N}]*$|^arxiv$/iu.test(title)) return true;
  return kind === 'full' && /^(?:\p{L}[\p{L}&@.'-]*\s?){1,3}[\s,'’]*(?:(?:19|20)\d{2}|\d{2})$/u.test(title);
}

/** Lines inside HTML blocks (an HTML table of model licences): the entry model reads Markdown, not HTML. */
function htmlLines(tree: Root): Set<number> {
  const lines = new Set<number>();
  for (const node of tree.children) {
    if (node.type !== 'html' || !node.position) continue;
    for (let line = node.position.start.line; line <= node.position.end.line; line++) lines.add(line);
  }
  return lines;
}

/** Lines holding an arXiv abs/pdf link that no entry covers: papers the model may have dropped. */
function uncoveredArxivLines(source: string, entries: readonly Entry[], html: ReadonlySet<number>): number {
  const covered = new Set<number>();
  for (const entry of entries) {
    for (let line = entry.span.start.line; line <= entry.span.end.line; line++) covered.add(line);
  }
  let count = 0;
  source.split('\n').forEach((line, i) => {
    if (/arxiv\.org\/(?:abs|pdf)\//i.test(line) && !covered.has(i + 1) && !html.has(i + 1)) count++;
  });
  return count;
}

interface Agreement {
  full: number;
  fullAgree: number;
  names: number;
  namesAgree: number;
}
const agreement: Agreement = { full: 0, fullAgree: 0, names: 0, namesAgree: 0 };
const misses: string[] = [];

describe.skipIf(!hasCorpus)('titles of the entries in the corpus lists', () => {
  it.each(files)('%s', (name) => {
    const source = stripBom(readFileSync(path.join(LISTS, name), 'utf8'));
    const tree = parseDocument(source);
    const entries = extractEntries(tree, source);
    const linked = entries.filter((entry) => entry.arxiv.some((ref) => ref.link !== undefined));
    const titled = linked.filter((entry) => entry.title !== '' && !isLinkLabel(entry.title));
    const percent = linked.length === 0 ? Number.NaN : (100 * titled.length) / linked.length;
    const left = uncoveredArxivLines(source, entries, htmlLines(tree));
    const full = entries.filter((entry) => entry.titleKind === 'full').length;
    const names = entries.filter((entry) => entry.titleKind === 'name').length;
    const mine: Agreement = { full: 0, fullAgree: 0, names: 0, namesAgree: 0 };
    for (const entry of entries) {
      const known = entry.arxiv.map((ref) => arxivTitles[ref.id]).find((found) => found !== undefined);
      if (!known || entry.title === '') continue;
      if (entry.titleKind === 'name') {
        mine.names++;
        if (namesPaper(entry.title, known.title)) mine.namesAgree++;
        else misses.push(`${name}:${entry.span.start.line} name "${entry.title}" | arXiv "${known.title}"`);
      } else {
        mine.full++;
        if (nearlyEqual(entry.title, known.title)) mine.fullAgree++;
        else misses.push(`${name}:${entry.span.start.line} full "${entry.title}" | arXiv "${known.title}"`);
      }
    }
    for (const key of Object.keys(agreement) as Array<keyof Agreement>) agreement[key] += mine[key];
    console.log(
      `${name}: ${entries.length} entries, ${full} full titles, ${names} names; ${linked.length} arXiv-linked, ` +
        `${titled.length} titled (${percent.toFixed(1)} %); ${left} arXiv-linked lines outside entries; ` +
        `known arXiv titles: ${mine.fullAgree}/${mine.full} full titles agree, ${mine.namesAgree}/${mine.names} names`,
    );
    if (linked.length > 0) expect(percent).toBeGreaterThanOrEqual(95);
    const untitled = entries.filter((entry) => entry.title === '' || isLinkLabel(entry.title)).length;
    expect(untitled).toBeLessThanOrEqual(entries.length * 0.05);
    // Dropping real papers as "not entries" must stay rare.
    expect(left).toBeLessThanOrEqual(Math.max(2, linked.length * 0.02));
    for (const entry of entries) {
      expect
        .soft(isAuthorList(entry.title), `authors as the title, line ${entry.span.start.line}`)
        .toBe(false);
      expect
        .soft(isVenueOrDate(entry.title, entry.titleKind), `"${entry.title}", line ${entry.span.start.line}`)
        .toBe(false);
      expect(entry.titleKind).toEqual(
        entry.title === '' ? undefined : expect.stringMatching(/^(?:full|name)$/),
      );
    }
    if (FULL_TITLE_LISTS.includes(name)) {
      const linkedNames = linked.filter((entry) => entry.titleKind === 'name').length;
      expect(linkedNames).toBeLessThanOrEqual(linked.length * 0.05);
    }
    if (NAME_LISTS.includes(name)) expect(names).toBeGreaterThan(full);
    if (mine.full >= 10) expect(mine.fullAgree).toBeGreaterThanOrEqual(mine.full * 0.9);
  });

  // Runs after the lists above (tests of a file run in order) and sums up what they found.
  it('full titles agree with arXiv on at least 95 % of the known ids', () => {
    console.log(
      `known arXiv titles: ${agreement.fullAgree}/${agreement.full} full titles agree, ` +
        `${agreement.namesAgree}/${agreement.names} names are part of their paper's title\n  ${misses.join('\n  ')}`,
    );
    expect(agreement.fullAgree).toBeGreaterThanOrEqual(agreement.full * 0.95);
  });
});
