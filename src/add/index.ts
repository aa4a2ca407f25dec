/**
 * `paperlint add`, without the network: a paper (its arXiv metadata) and a list's text in, the list with the
 * paper's entry written in the list's own style and placed where the list's order asks, out — or why not.
 */

import { arxivIdFromUrl } from '../arxiv/id.js';
import { publishedVenue } from '../arxiv/published.js';
import { applyFixes } from '../fix.js';
import { InputError, lintText } from '../lint.js';
import { buildPaperList, linksOf, parseDocument } from '../parse/index.js';
import { isPreprintLabel, venueStyleOf } from '../rules/venue-style.js';
import { compareTitles } from '../text/title.js';
import type { PaperList } from '../types.js';
import { dblpVenueOf } from '../verify/dblp.js';
import type { ArxivRecord, DblpSearchResult } from '../verify/types.js';
import {
  type Composed,
  codeRepository,
  composeEntry,
  type ListStyle,
  type NewPaper,
  publishedAs,
  wordsOutside,
} from './compose.js';
import { dateOfTimestamp } from './dates.js';
import { entryOf, type ListedEntry, listedEntries } from './model.js';
import { bestSection, namedSection, placeIn, type Section, sectionsOf } from './place.js';

export type { NewPaper } from './compose.js';

/** The list cannot take the paper (no entries to learn from, no such section): exit 2, as bad input. */
export class AddError extends InputError {
  override name = 'AddError';
}

export interface AddOptions {
  /** `--section`: the heading to add under; else the one that best matches the paper's words. */
  section?: string;
  /** For ordering by dates. */
  today?: Date;
}

export interface PaperToAdd extends NewPaper {
  /** Searched for a section when none is named. */
  abstract?: string;
  doi?: string;
}

/** What `add` knows of a paper from its arXiv record, and DBLP's search when arXiv names no venue. */
export function paperFromRecord(id: string, record: ArxivRecord, dblp?: DblpSearchResult): PaperToAdd {
  const venue = publishedVenue(record) ?? dblpVenueOf(record, dblp);
  const date = dateOfTimestamp(record.published);
  return {
    id,
    title: record.title,
    authors: record.authors ?? [],
    ...(date && { date }),
    ...(venue && { venue }),
    ...(record.code && { code: record.code }),
    ...(record.abstract && { abstract: record.abstract }),
    ...(record.doi && { doi: record.doi }),
  };
}

export type AddOutcome =
  | {
      kind: 'added';
      /** The new entry's first line (1-based) in the new text, and its text. */
      line: number;
      entry: string;
      section: string[];
      /** Why that section: `--section`, the heading's words it shares, or its papers' titles. */
      why: string;
      /** The order followed, when the section keeps one. */
      order?: string;
    }
  | { kind: 'refused'; reason: string; line: number };

function parse(source: string): PaperList {
  return buildPaperList(parseDocument(source), source);
}

/** The line where a list has an arXiv id: in an entry (any link form, or written as text), else in any link. */
function idLine(list: PaperList, id: string): number | undefined {
  const entry = list.entries.find((candidate) => candidate.arxiv.some((ref) => ref.id === id));
  const link = linksOf(list).find((candidate) => arxivIdFromUrl(candidate.url)?.id === id);
  return entry?.span.start.line ?? link?.span.start.line;
}

/** Where an arXiv id is already in a list's text, before anything is fetched: the line, or `undefined`. */
export function lineListing(source: string, id: string): number | undefined {
  return idLine(parse(source), id);
}

/** Where the paper already is: its arXiv id in any link form, its DOI, or its title. */
function alreadyListed(
  list: PaperList,
  entries: readonly ListedEntry[],
  paper: PaperToAdd,
): AddOutcome | undefined {
  const byId = idLine(list, paper.id);
  const doi = paper.doi?.toLowerCase();
  const byDoi = doi ? entries.find((entry) => entry.dois.includes(doi)) : undefined;
  const byTitle = entries.find(
    (entry) =>
      entry.titleKind === 'full' &&
      entry.title !== '' &&
      compareTitles(entry.title, paper.title).match === 'same',
  );
  const line = byId ?? byDoi?.line ?? byTitle?.line;
  if (line === undefined) return undefined;
  const how = byId !== undefined ? `arXiv ${paper.id}` : byDoi ? `DOI ${paper.doi}` : 'its title';
  return { kind: 'refused', reason: `already listed (${how}) at line ${line}`, line };
}

/** What an entry writes of its paper's form, compared with its neighbours' to choose the most typical one. */
function features(entry: ListedEntry, source: string): string[] {
  const arxiv = entry.links.find((link) => link.arxivId !== undefined);
  const form = arxiv ? arxiv.url.replace(/\d{4}\.\d{4,5}(v\d+)?|[a-z-]+\/\d{7}(v\d+)?/i, 'ID') : 'none';
  const gaps = entry.links.slice(1).map((link, i) => source.slice(entry.links[i].end, link.start));
  const date = entry.dates[0]?.text.replace(/\p{L}+/gu, 'a').replace(/\d/g, '9') ?? 'none';
  return [
    `form ${form}`,
    `label ${arxiv?.label ?? ''}`,
    `gaps ${gaps.join('|')}`,
    `date ${date}`,
    `kind ${entry.kind}`,
    `dates ${entry.dates.length}`,
  ];
}

/** The section's entries best fit to copy: most like their neighbours, the paper's status, nearest the end. */
function exemplars(
  section: Section,
  all: readonly ListedEntry[],
  paper: PaperToAdd,
  source: string,
): ListedEntry[] {
  const own = section.entries.filter((entry) => entry.titlePart && entry.links.some((link) => link.arxivId));
  const pool =
    own.length > 0 ? own : all.filter((entry) => entry.titlePart && entry.links.some((link) => link.arxivId));
  const titled = pool.length > 0 ? pool : all.filter((entry) => entry.titlePart);
  // A paper with code is best written like an entry with a code link, when there is one to copy.
  const withCode = paper.code ? titled.filter((entry) => codeRepository(entry) !== undefined) : [];
  const candidates = withCode.length > 0 ? withCode : titled;
  // Typical of the whole section, not only of the entries with code.
  const counts = new Map<string, number>();
  for (const entry of titled)
    for (const feature of features(entry, source)) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const published = publishedAs(paper) !== undefined;
  const status = (entry: ListedEntry) => {
    const venue = entry.dates.some((date) => date.label !== '' && !isPreprintLabel(date.label));
    return venue === published ? 1 : 0;
  };
  // How typical an entry is comes first (a rare shape is no model), then whether it is published like the paper.
  const score = (entry: ListedEntry) =>
    features(entry, source).reduce((sum, feature) => sum + (counts.get(feature) ?? 0), 0) * 10 +
    status(entry);
  return candidates
    .map((entry, index) => ({ entry, index, score: score(entry) }))
    .sort((a, b) => b.score - a.score || b.index - a.index)
    .map(({ entry }) => entry);
}

/** Words most entries like the exemplar write outside their own parts: the list's fixed wording. */
function fixedWords(
  exemplar: ListedEntry,
  section: Section,
  all: readonly ListedEntry[],
  source: string,
): Set<string> {
  const siblings = section.entries.filter((entry) => entry.kind === exemplar.kind);
  const sample = siblings.length >= 5 ? siblings : all.filter((entry) => entry.kind === exemplar.kind);
  const counts = new Map<string, number>();
  for (const entry of sample)
    for (const word of wordsOutside(entry, source)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return new Set(
    [...counts].filter(([, count]) => count >= sample.length / 2 && sample.length >= 3).map(([word]) => word),
  );
}

/**
 * How the list writes a preprint's date: the most common form of its arXiv dates (`arXiv 2024.02`), and its
 * spelling of arXiv (`arXiv`, `arxiv`, `Arxiv`; `arXiv` when it writes none).
 */
function preprintStyle(
  entries: readonly ListedEntry[],
): Pick<ListStyle, 'preprint' | 'preprintSample'> & { dates: number } {
  const samples = new Map<string, { count: number; text: string }>();
  for (const entry of entries)
    for (const date of entry.dates) {
      if (date.label !== 'arxiv' || !date.text.toLowerCase().startsWith('arxiv')) continue;
      const shape = date.text.replace(/\d/g, '9');
      const known = samples.get(shape);
      samples.set(shape, { count: (known?.count ?? 0) + 1, text: date.text });
    }
  const best = [...samples.values()].sort((a, b) => b.count - a.count)[0];
  const dates = [...samples.values()].reduce((sum, sample) => sum + sample.count, 0);
  return best
    ? { preprint: best.text.slice(0, 5), preprintSample: best.text, dates }
    : { preprint: 'arXiv', dates };
}

const lineStart = (source: string, offset: number) => source.lastIndexOf('\n', offset - 1) + 1;
/** The end of the line `offset` is on, before its line break (`\r\n` too). */
const lineEnd = (source: string, offset: number) => {
  const end = source.indexOf('\n', offset);
  if (end < 0) return source.length;
  return source[end - 1] === '\r' ? end - 1 : end;
};

/** The entry's first line fitted to where it goes: the neighbour's indentation, marker and number. */
function fitted(text: string, neighbour: ListedEntry, source: string, after: boolean): string {
  const line = source.slice(lineStart(source, neighbour.start), lineEnd(source, neighbour.start));
  const marker = /^([ \t]*)(?:([-+*])|(\d{1,9})([.)]))([ \t]+)/.exec(line);
  const own = /^[ \t]*(?:[-+*]|\d{1,9}[.)])[ \t]+/.exec(text);
  if (!marker || !own) return text;
  const [, indent, bullet, number, delimiter, space] = marker;
  const written = bullet ?? `${after ? Number(number) + 1 : Number(number)}${delimiter}`;
  const ownIndent = /^[ \t]*/.exec(text)![0];
  const body = text.slice(own[0].length).replace(new RegExp(`\n${ownIndent}`, 'g'), `\n${indent}`);
  return `${indent}${written}${space}${body}`;
}

/** Inserts the entry before `before`, or after the section's last entry. */
function insert(
  source: string,
  text: string,
  section: Section,
  before: ListedEntry | undefined,
): { output: string; at: number } {
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const neighbour = before ?? section.entries.at(-1)!;
  const block = neighbour.kind === 'block';
  const entry = fitted(text, neighbour, source, !before).replace(/\n/g, eol);
  if (before) {
    const at = lineStart(source, before.start);
    return { output: `${source.slice(0, at)}${entry}${eol}${block ? eol : ''}${source.slice(at)}`, at };
  }
  const end = lineEnd(source, Math.max(neighbour.end, neighbour.fullEnd) - 1);
  const gap = block ? `${eol}${eol}` : eol;
  return { output: `${source.slice(0, end)}${gap}${entry}${source.slice(end)}`, at: end + gap.length };
}

/**
 * The list with its own conventions applied to the new entry (`from`–`to`): the fixes `entry-format` and
 * `arxiv-url` would make there (a separator, a label's spelling, a date's padding as most entries write them),
 * and nothing elsewhere. An exemplar may itself differ from the majority in a detail.
 */
function inListStyle(
  text: string,
  from: number,
  to: number,
  today: Date | undefined,
): { output: string; list: PaperList } {
  const { findings, list } = lintText(text, 'list', today ? { today } : {});
  const fixes = findings.flatMap((finding) =>
    finding.fix &&
    (finding.rule === 'entry-format' || finding.rule === 'arxiv-url') &&
    finding.fix.start >= from &&
    finding.fix.end <= to
      ? [finding.fix]
      : [],
  );
  // The lint's entry model is the new text's, unless a fix changed it.
  if (fixes.length === 0) return { output: text, list };
  const output = applyFixes(text, fixes).output;
  return { output, list: parse(output) };
}

/**
 * Adds a paper to a list's text: refused when the list has it already; else written like the section's most
 * typical entry and placed in the section's order. Throws `AddError` when the list cannot take it.
 */
export function addPaper(
  source: string,
  paper: PaperToAdd,
  options: AddOptions = {},
): { output: string; outcome: AddOutcome } {
  const list = parse(source);
  const entries = listedEntries(list);
  if (entries.length === 0) throw new AddError('the list has no paper entries to take a style from');
  const listed = alreadyListed(list, entries, paper);
  if (listed) return { output: source, outcome: listed };
  const sections = sectionsOf(entries);
  let section: Section;
  let why: string;
  if (options.section !== undefined) {
    const named = namedSection(sections, options.section);
    if (Array.isArray(named)) {
      const names = (named.length > 0 ? named : sections).map((candidate) => `'${candidate.path.at(-1)}'`);
      throw new AddError(
        `${named.length > 0 ? 'several sections are' : 'no section is'} called '${options.section}' (sections with papers: ${names.slice(0, 12).join(', ')}${names.length > 12 ? ', …' : ''})`,
      );
    }
    section = named;
    why = '--section';
  } else {
    const best = bestSection(sections, `${paper.title} ${paper.abstract ?? ''}`);
    section = best.section;
    why =
      best.shared.length > 0
        ? `its heading shares ${best.shared
            .slice(0, 4)
            .map((word) => `'${word}'`)
            .join(', ')} with the paper`
        : "its papers' titles share the most words with the paper's";
  }
  // The section's own preprint dates when it has five at least, as entry-format counts a convention.
  const own = preprintStyle(section.entries);
  const { preprint, preprintSample } = own.dates >= 5 ? own : preprintStyle(entries);
  const style: ListStyle = {
    venues: venueStyleOf(list),
    preprint,
    ...(preprintSample && { preprintSample }),
    source,
  };
  // Where no entry can write the venue (its venue dates name a month), the paper is written as a preprint.
  let composed: Composed | undefined;
  for (const version of paper.venue ? [paper, { ...paper, venue: undefined }] : [paper]) {
    for (const exemplar of exemplars(section, entries, version, source)) {
      composed = composeEntry(exemplar, version, style, fixedWords(exemplar, section, entries, source));
      if (composed) break;
    }
    if (composed) break;
  }
  if (!composed)
    throw new AddError(`no entry of section '${section.path.at(-1)}' can be written for this paper`);
  const newcomer = entryOf(paper.title, paper.id, composed.dates, section.path);
  const place = placeIn(section, newcomer, options.today ?? new Date());
  const inserted = insert(source, composed.text, section, place.before);
  const { output, list: after } = inListStyle(
    inserted.output,
    inserted.at,
    inserted.at + composed.text.length,
    options.today,
  );
  // The new entry must read back as an entry with the paper's id: else the list is left as it was.
  const added = listedEntries(after).find(
    (entry) => entry.start <= inserted.at && inserted.at <= entry.end && entry.arxivIds.includes(paper.id),
  );
  if (!added) throw new AddError(`the entry written for ${paper.id} would not read as an entry of this list`);
  return {
    output,
    outcome: {
      kind: 'added',
      line: added.line,
      entry: output.slice(added.start, added.end).trimEnd(),
      section: section.path,
      why,
      ...(place.order && { order: place.order }),
    },
  };
}
