/**
 * What `paperlint add` reads of a list's entry model, in one place: the entry model is being reworked, and its
 * changes should only reach `add` here. An entry is read as its own text with the places of its parts.
 */

import { arxivIdFromUrl } from '../arxiv/id.js';
import { shortNameOf } from '../parse/title.js';
import type { Entry, EntryDate, EntryKind, PaperList } from '../types.js';

/** A part of an entry's text that `add` rewrites for a new paper. */
export interface Part {
  start: number;
  end: number;
}

export interface LinkPart extends Part {
  url: string;
  label: string;
  /** Where the address lies, when the source spells it as read. */
  urlStart?: number;
  urlEnd?: number;
  /** The arXiv id the link carries, when it is an arXiv link. */
  arxivId?: string;
  /** An image (`![GitHub Repo stars](…)`): a badge, never the paper's link. */
  image: boolean;
}

export interface DatePart extends Part {
  text: string;
  /** Lower-cased: `arxiv`, a venue (`neurips`), or `` when unlabelled. */
  label: string;
  year: number;
  month?: number;
}

/** One entry as `add` reads it. */
export interface ListedEntry {
  entry: Entry;
  kind: EntryKind;
  section: string[];
  /** The entry's own text: from its start to its end or to its first nested entry. */
  start: number;
  end: number;
  /** The end of the entry with its nested entries. */
  fullEnd: number;
  /** The line the entry starts on (1-based). */
  line: number;
  title: string;
  titlePart?: Part;
  /** `name` when the list cites the paper by a name instead of its title. */
  titleKind: 'full' | 'name';
  shortName?: string;
  /** The venue the entry writes (a date's label or a venue column), arXiv aside. */
  venue?: string;
  dates: DatePart[];
  links: LinkPart[];
  /** arXiv ids written as text (`arXiv:1409.1556`), with their places. */
  idsInText: Array<Part & { id: string }>;
  arxivIds: string[];
  dois: string[];
}

const partOf = (span: { start: { offset: number }; end: { offset: number } }): Part => ({
  start: span.start.offset,
  end: span.end.offset,
});

function dateOf(list: PaperList, date: EntryDate): DatePart | undefined {
  const part = partOf(date.span);
  // Only a date the source spells as read can be rewritten in place.
  if (list.source.slice(part.start, part.end) !== date.text) return undefined;
  return {
    ...part,
    text: date.text,
    label: date.label,
    year: date.year,
    ...(date.month !== undefined && { month: date.month }),
  };
}

/** The end of an entry's own text: its end, or the start of its first nested entry. */
function ownEnd(list: PaperList, entry: Entry): number {
  const next = list.entries[entry.index + 1];
  const { start, end } = partOf(entry.span);
  return next && next.span.start.offset > start && next.span.start.offset < end
    ? next.span.start.offset
    : end;
}

export function listedEntry(list: PaperList, entry: Entry): ListedEntry {
  const { start } = partOf(entry.span);
  const end = ownEnd(list, entry);
  const inside = (part: Part) => part.start >= start && part.end <= end;
  const links = entry.links.map(
    (link): LinkPart => ({
      ...partOf(link.span),
      url: link.url,
      label: link.label,
      ...(link.urlSpan && { urlStart: link.urlSpan.start.offset, urlEnd: link.urlSpan.end.offset }),
      ...(arxivIdFromUrl(link.url) && { arxivId: arxivIdFromUrl(link.url)!.id }),
      image: list.source[link.span.start.offset] === '!',
    }),
  );
  return {
    entry,
    kind: entry.kind,
    section: entry.section,
    start,
    end,
    fullEnd: entry.span.end.offset,
    line: entry.span.start.line,
    title: entry.title,
    ...(entry.titleSpan && { titlePart: partOf(entry.titleSpan) }),
    titleKind: entry.titleKind ?? 'full',
    ...(entry.shortName && { shortName: entry.shortName }),
    ...(entry.venue && { venue: entry.venue }),
    dates: entry.dates.flatMap((date) => dateOf(list, date) ?? []).filter(inside),
    links: links.filter(inside),
    idsInText: entry.arxiv
      .flatMap((ref) => (ref.link ? [] : [{ ...partOf(ref.span), id: ref.id }]))
      .filter(inside),
    arxivIds: entry.arxiv.map((ref) => ref.id),
    dois: entry.dois.map((ref) => ref.doi),
  };
}

/** An entry as the rules read one, for a paper not yet in the list: what places it in an ordered section. */
export function entryOf(
  title: string,
  id: string,
  dates: ReadonlyArray<{ label: string; year: number; month?: number }>,
  section: string[],
): Entry {
  const point = { line: 0, column: 0, offset: 0 };
  const span = { start: point, end: point };
  return {
    index: -1,
    kind: 'bullet',
    section,
    title,
    dates: dates.map((date) => ({ ...date, text: '', span })),
    links: [],
    arxiv: [{ id, span }],
    dois: [],
    span,
    text: title,
  };
}

/** Every entry of the list as `add` reads it. */
export function listedEntries(list: PaperList): ListedEntry[] {
  return list.entries.map((entry) => listedEntry(list, entry));
}

/** The name a title starts with (`MicroLens` of `MicroLens: A Content-Driven …`), as the entry model reads it. */
export function shortNameOfTitle(title: string): string | undefined {
  return shortNameOf(title);
}
