/**
 * Where a new entry goes: the section `--section` names, or the one whose heading (and papers) share the most
 * words with the paper; in it, the place its order asks (newest first, oldest first, by title), else the end.
 */

import { placeInOrder } from '../rules/entry-order.js';
import type { Entry } from '../types.js';
import type { ListedEntry } from './model.js';

/** A section of the list that holds entries: its heading path and its top-level entries in order. */
export interface Section {
  path: string[];
  entries: ListedEntry[];
}

const key = (path: readonly string[]) => path.join('\u0000');

/** The list's sections with entries, in document order; entries nested in another entry are left to it. */
export function sectionsOf(entries: readonly ListedEntry[]): Section[] {
  const sections = new Map<string, Section>();
  let outer: ListedEntry | undefined;
  for (const entry of entries) {
    if (outer && entry.start < outer.fullEnd && entry.section.join() === outer.section.join()) continue;
    outer = entry;
    const found = sections.get(key(entry.section));
    if (found) found.entries.push(entry);
    else sections.set(key(entry.section), { path: entry.section, entries: [entry] });
  }
  return [...sections.values()];
}

const STOP_WORDS = new Set(
  'a an and are as at be by for from in into is it its of on or our the their this to towards toward via we with without using based new paper papers'.split(
    ' ',
  ),
);

/** Content words, lower case, a plural `s` dropped: `Graphs` and `graph` are one word. */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((word) => word.length > 1 && !STOP_WORDS.has(word))
    .map((word) =>
      word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word,
    );
}

const normalHeading = (text: string) => text.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

/** The section a `--section` heading names: the last heading equal to it, else any heading, else a part of one. */
export function namedSection(sections: readonly Section[], heading: string): Section | Section[] {
  const wanted = normalHeading(heading);
  const tiers: Array<(path: string[]) => boolean> = [
    (path) => normalHeading(path.at(-1) ?? '') === wanted,
    (path) => path.some((name) => normalHeading(name) === wanted),
    (path) => normalHeading(path.at(-1) ?? '').includes(wanted),
  ];
  for (const matches of tiers) {
    const found = sections.filter((section) => matches(section.path));
    if (found.length === 1) return found[0];
    if (found.length > 1) return found;
  }
  return [];
}

/** The section whose words the paper shares most, and which words (or `titles`, when only its papers' do). */
export function bestSection(
  sections: readonly Section[],
  paperText: string,
): { section: Section; shared: string[] } {
  const paper = new Set(wordsOf(paperText));
  // Sections that list arXiv papers, when there are any: not a list of tools beside the papers.
  const withPapers = sections.filter((section) => section.entries.some((entry) => entry.arxivIds.length > 0));
  if (withPapers.length > 0 && withPapers.length < sections.length) return bestSection(withPapers, paperText);
  const sectionCount = sections.length;
  // A word every section's heading carries (the list's own title) tells them apart no more than none.
  const df = new Map<string, number>();
  for (const section of sections)
    for (const word of new Set(section.path.flatMap(wordsOf))) df.set(word, (df.get(word) ?? 0) + 1);
  const idf = (word: string) => Math.log((sectionCount + 1) / (df.get(word) ?? 0.5));
  let best: { section: Section; shared: string[]; score: number } | undefined;
  for (const section of sections) {
    const last = new Set(wordsOf(section.path.at(-1) ?? ''));
    const parents = new Set(section.path.slice(0, -1).flatMap(wordsOf));
    const shared = [...new Set([...last, ...parents])].filter((word) => paper.has(word) && idf(word) > 0);
    const heading = shared.reduce((sum, word) => sum + idf(word) * (last.has(word) ? 2 : 1), 0);
    const titles = section.entries.reduce(
      (sum, entry) => sum + [...new Set(wordsOf(entry.title))].filter((word) => paper.has(word)).length,
      0,
    );
    const score = heading * 10 + titles / Math.sqrt(section.entries.length);
    if (!best || score > best.score) best = { section, shared, score };
  }
  return best!;
}

/** Where in the section: before an entry (`before`), or after its last one; with the order followed. */
export function placeIn(
  section: Section,
  newcomer: Entry,
  today: Date,
): { before?: ListedEntry; order?: string } {
  const placed = placeInOrder(
    section.entries.map((listed) => listed.entry),
    newcomer,
    today,
  );
  if (!placed) return {};
  const before = placed.before && section.entries.find((listed) => listed.entry === placed.before);
  return { ...(before && { before }), order: placed.order };
}
