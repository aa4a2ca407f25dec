/**
 * A new paper's entry written in a list's own style: an entry of the list (the exemplar) is copied with its
 * paper-specific parts rewritten for the new paper — title, short name, dates, venue, arXiv link or id in the
 * same URL form, code link and badges, authors — and what cannot be known of the new paper (notes, tags, other
 * links, table cells of other kinds) left out. Words most entries share (`arXiv preprint`, `In`) stay.
 */

import type { PublishedVenue } from '../arxiv/published.js';
import { isPreprintLabel, type VenueStyle } from '../rules/venue-style.js';
import { findAuthors, writeAuthors } from './authors.js';
import { dateLike, type PaperDate } from './dates.js';
import { type ListedEntry, type Part, shortNameOfTitle } from './model.js';

/** What is known of the paper to add. */
export interface NewPaper {
  id: string;
  title: string;
  authors: string[];
  /** Its first version's date. */
  date?: PaperDate;
  /** Where arXiv (or DBLP) says it was published. */
  venue?: PublishedVenue;
  /** Its GitHub repository. */
  code?: string;
}

/** How the list writes what is not in any one entry. */
export interface ListStyle {
  /** Its venue dates' form, when one clearly wins. */
  venues?: VenueStyle;
  /** How it spells arXiv as a venue (`arXiv`, `arxiv`, `Arxiv`). */
  preprint: string;
  /** Its most common preprint date (`arXiv 2023.10`), to write a preprint where the exemplar names a venue. */
  preprintSample?: string;
  source: string;
}

/** A written entry and the dates it writes, which place it in an ordered section. */
export interface Composed {
  text: string;
  dates: Array<{ label: string; year: number; month?: number }>;
}

/** A place of the exemplar and what goes there instead (`''` removes it). */
interface Hole extends Part {
  text: string;
}

/** The exemplar's code repository and the paper's (`owner/repo`), where they have one. */
interface Repositories {
  from?: string;
  to?: string;
}

const GITHUB_REPO = /^https?:\/\/(?:www\.)?github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?(?:[/?#].*)?$/i;

/** The venue as a date in the list's form, when the paper has a short venue with a year and no track. */
export function publishedAs(paper: NewPaper): { name: string; year: number } | undefined {
  const venue = paper.venue;
  return venue?.short && venue.year !== undefined && venue.track === undefined
    ? { name: venue.name, year: venue.year }
    : undefined;
}

/**
 * An arXiv address written like `sample` — abstract or PDF, with or without `.pdf` — at arXiv's canonical
 * origin and without a version: what the list writes, never what `arxiv-url` would call non-canonical.
 */
export function arxivUrlLike(sample: string, id: string): string {
  const pdf = /\/pdf\//i.test(sample);
  return `https://arxiv.org/${pdf ? 'pdf' : 'abs'}/${id}${pdf && /\.pdf(?:[?#]|$)/i.test(sample) ? '.pdf' : ''}`;
}

/** Markdown a title may not carry as is: `|` in a table row, brackets in a link label. */
function escaped(text: string, table: boolean, inLink: boolean): string {
  let out = text.replace(/\s+/g, ' ').trim();
  if (table) out = out.replace(/\|/g, '\\|');
  if (inLink) out = out.replace(/([[\]])/g, '\\$1');
  return out.replace(/([*_`<])/g, '\\$1');
}

/** The title (or the name, in an entry that cites papers by name) the new entry writes. */
function titleFor(exemplar: ListedEntry, paper: NewPaper): string {
  return exemplar.titleKind === 'name' ? (shortNameOfTitle(paper.title) ?? paper.title) : paper.title;
}

/** A date of the exemplar rewritten for the paper; `undefined` when its form cannot say what is known. */
function dateFor(
  date: ListedEntry['dates'][number],
  paper: NewPaper,
  style: ListStyle,
): { text: string; label: string; year: number; month?: number } | undefined {
  const published = publishedAs(paper);
  const labelled = date.label !== '' && date.text.toLowerCase().startsWith(date.label);
  const preprint = date.label === '' || isPreprintLabel(date.label);
  if (preprint) {
    // A preprint's date (or a year alone) becomes the venue, in the list's form, once the paper is published.
    if (published && style.venues && (labelled || date.month === undefined)) {
      const text = style.venues.render(style.venues.spelling(published.name), published.year);
      return { text, label: published.name.toLowerCase(), year: published.year };
    }
    if (!paper.date) return undefined;
    const text = dateLike(date.text, paper.date);
    return text === undefined ? undefined : { text, label: date.label, ...paper.date };
  }
  if (!labelled) {
    // A year in a table's year column, the venue in a column of its own.
    const year = published ? { year: published.year } : paper.date;
    const text = year && dateLike(date.text, year);
    return text === undefined || !year ? undefined : { text, label: date.label, ...year };
  }
  const rest = date.text.slice(date.label.length);
  if (published) {
    const form = /^( |'|’| '| ’|-|)(\d{4}|\d{2})$/.exec(rest);
    if (!form) return undefined;
    const year =
      form[2].length === 2 ? String(published.year % 100).padStart(2, '0') : String(published.year);
    const name = style.venues?.spelling(published.name) ?? published.name;
    return { text: `${name}${form[1]}${year}`, label: published.name.toLowerCase(), year: published.year };
  }
  // A preprint where the exemplar names a venue: the list's own preprint date, else its spelling of arXiv.
  const own = style.preprintSample && paper.date && dateLike(style.preprintSample, paper.date);
  if (own) return { text: own, label: 'arxiv', ...paper.date! };
  const written = paper.date && dateLike(rest, paper.date);
  return written === undefined
    ? undefined
    : { text: `${style.preprint}${written}`, label: 'arxiv', ...paper.date! };
}

/** The exemplar's code repository (`owner/repo`), read from its GitHub link. */
export function codeRepository(exemplar: ListedEntry): string | undefined {
  for (const link of exemplar.links) {
    const match = !link.image && GITHUB_REPO.exec(link.url);
    if (match) return `${match[1]}/${match[2]}`;
  }
  return undefined;
}

/**
 * Every place of the exemplar to rewrite, in order, and the dates the new entry writes; `undefined` when one
 * cannot be written for the paper.
 */
function holesOf(
  exemplar: ListedEntry,
  paper: NewPaper,
  style: ListStyle,
  repositories: Repositories,
): { holes: Hole[]; dates: Composed['dates'] } | undefined {
  const holes: Hole[] = [];
  const dates: Composed['dates'] = [];
  const table = exemplar.kind === 'table';
  const source = style.source;
  const title = exemplar.titlePart;
  const titleInLink = (link: Part) =>
    title !== undefined && title.start >= link.start && title.end <= link.end;
  if (title) {
    const inLink = exemplar.links.some(titleInLink);
    holes.push({ ...title, text: escaped(titleFor(exemplar, paper), table, inLink) });
  }
  for (const date of exemplar.dates) {
    const written = dateFor(date, paper, style);
    if (!written) return undefined;
    holes.push({ start: date.start, end: date.end, text: written.text });
    dates.push({ label: written.label, year: written.year, ...(written.month && { month: written.month }) });
  }
  const { from: repository, to: newRepository } = repositories;
  /** A link that stays: the address rewritten, the rest (brackets, label) kept as written. */
  const keepLink = (link: Part, url: Hole, inner: readonly Part[]) => {
    holes.push(url);
    let cursor = link.start;
    for (const part of [...inner, url].sort((a, b) => a.start - b.start)) {
      if (part.start > cursor)
        holes.push({ start: cursor, end: part.start, text: source.slice(cursor, part.start) });
      cursor = Math.max(cursor, part.end);
    }
    if (link.end > cursor) holes.push({ start: cursor, end: link.end, text: source.slice(cursor, link.end) });
  };
  for (const link of exemplar.links) {
    const titled = titleInLink(link) && !link.image;
    const hasUrl = link.urlStart !== undefined && link.urlEnd !== undefined;
    if (link.arxivId !== undefined || titled) {
      // The paper's own link: its address in the same form, or (a title linking elsewhere) its abstract page.
      if (!hasUrl) return undefined;
      const url =
        link.arxivId !== undefined ? arxivUrlLike(link.url, paper.id) : `https://arxiv.org/abs/${paper.id}`;
      keepLink(link, { start: link.urlStart!, end: link.urlEnd!, text: url }, titled && title ? [title] : []);
      continue;
    }
    const ofRepository = repository !== undefined && link.url.includes(repository);
    if (ofRepository && newRepository && hasUrl) {
      const url = link.image ? link.url.replace(repository, newRepository) : paper.code!;
      keepLink(link, { start: link.urlStart!, end: link.urlEnd!, text: url }, []);
      continue;
    }
    holes.push({ start: link.start, end: link.end, text: '' });
  }
  for (const id of exemplar.idsInText) {
    holes.push({
      ...id,
      text: source.slice(id.start, id.end).replace(/(\d{4}\.\d{4,5}|[a-z-]+\/\d{7})(v\d+)?/i, paper.id),
    });
  }
  // A venue in a column of its own (`| EMNLP | 2023 |`).
  if (
    exemplar.venue !== undefined &&
    !exemplar.dates.some((date) => date.label !== '' && date.text.toLowerCase().startsWith(date.label))
  ) {
    const cell = new RegExp(`\\|\\s*(${exemplar.venue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})\\s*\\|`).exec(
      source.slice(exemplar.start, exemplar.end),
    );
    if (cell) {
      const start = exemplar.start + cell.index + cell[0].indexOf(cell[1]);
      const published = publishedAs(paper);
      const name = published ? (style.venues?.spelling(published.name) ?? published.name) : style.preprint;
      holes.push({ start, end: start + cell[1].length, text: name });
    }
  }
  const sorted = holes.sort((a, b) => a.start - b.start || b.end - a.end);
  // A hole inside another (a date in a dropped link's label) is passed over with it; one straddling another's end goes.
  return {
    holes: sorted.filter(
      (hole, i) => !sorted.slice(0, i).some((other) => hole.start < other.end && hole.end > other.end),
    ),
    dates,
  };
}

/** The short name written before the title in a cell or text of its own, replaced by the paper's (or left out). */
function shortNameHole(
  exemplar: ListedEntry,
  paper: NewPaper,
  source: string,
  holes: readonly Hole[],
): Hole | undefined {
  const name = exemplar.shortName;
  if (!name || !exemplar.titlePart) return undefined;
  const text = source.slice(exemplar.start, exemplar.titlePart.start);
  const at = text.lastIndexOf(name);
  if (at < 0) return undefined;
  const start = exemplar.start + at;
  if (holes.some((hole) => start < hole.end && start + name.length > hole.start)) return undefined;
  const written = shortNameOfTitle(paper.title);
  // Without a name of its own the paper drops the exemplar's and what joined it to the title (`Claude 2: `).
  const joint = written ? 0 : (/^[\s:：\-–—]*/.exec(text.slice(at + name.length))?.[0].length ?? 0);
  return { start, end: start + name.length + joint, text: written ?? '' };
}

/** Words of an entry's own text outside the places `add` rewrites: what may be fixed wording of the list. */
export function wordsOutside(entry: ListedEntry, source: string): Set<string> {
  const parts: Part[] = [
    ...(entry.titlePart ? [entry.titlePart] : []),
    ...entry.dates,
    ...entry.links,
    ...entry.idsInText,
  ].sort((a, b) => a.start - b.start);
  let text = '';
  let cursor = entry.start;
  for (const part of parts) {
    if (part.start >= cursor) text += ` ${source.slice(cursor, part.start)}`;
    cursor = Math.max(cursor, part.end);
  }
  text += ` ${source.slice(cursor, entry.end)}`;
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Text set aside while the rest is tidied (a URL's `//` is no doubled separator): one private-use character each. */
class SetAside {
  private readonly texts: string[] = [];

  token(text: string): string {
    return text === '' ? '' : String.fromCharCode(0xe000 + this.texts.push(text) - 1);
  }

  restore(text: string): string {
    return text.replace(/[\ue000-\uf8ff]/g, (token) => this.texts[token.charCodeAt(0) - 0xe000]);
  }
}

/** Text with only the list's fixed words left. */
function fixedOnly(text: string, fixed: ReadonlySet<string>): string {
  return text.replace(/[\p{L}\p{N}][\p{L}\p{N}'’+&-]*/gu, (word) =>
    fixed.has(word.toLowerCase()) ? word : '',
  );
}

/**
 * Text between the rewritten places: author lists rewritten, unknown words left out, and links the entry
 * model does not read left out unless they name the exemplar's repository and the paper has one (a badge).
 */
function keptText(
  gap: string,
  paper: NewPaper,
  fixed: ReadonlySet<string>,
  { from, to }: Repositories,
  aside: SetAside,
): string {
  const authors = findAuthors(gap);
  const rewrite = (text: string) =>
    fixedOnly(
      text.replace(/!?\[[^\]\n]*\]\([^)\s]*\)|<https?:[^>\s]*>|\bhttps?:\/\/\S+/g, (link) =>
        from && to && link.includes(from) ? aside.token(link.replace(from, to)) : '',
      ),
      fixed,
    );
  if (!authors) return rewrite(gap);
  const written = aside.token(writeAuthors(paper.authors, authors.style) ?? '');
  return `${rewrite(gap.slice(0, authors.start))}${written}${rewrite(gap.slice(authors.end))}`;
}

/** Removes what dropping words and links left behind: empty brackets, emphasis, code, doubled separators. */
function tidy(text: string): string {
  let out = text;
  for (let previous = ''; previous !== out; ) {
    previous = out;
    out = out
      .replace(/\(\s*[,;:|/·]*\s*\)|（\s*）|【\s*】|\[\s*[,;|]*\s*\](?!\()|\{\s*\}/g, '')
      .replace(/\*\*\s*\*\*|__\s*__|``|""|“\s*”/g, '')
      .replace(/([,;|/·])(?:\s*[,;|/·])+/g, '$1')
      .replace(/(\S) +([,;.:!?](?=\s|$)|[）)\]])/g, '$1$2')
      .replace(/([([（【])\s*[,;|/·]\s*/g, '$1')
      .replace(/\s*[,;|/·]\s*([)\]）】]|$)/g, '$1')
      .replace(/[,;]\s*\./g, '.')
      .replace(/(\S) {2,}(?=\S)/g, '$1 ');
  }
  return out.replace(/[ \t]+$/g, '');
}

const MARKER = /^([ \t]*(?:[-+*]|\d{1,9}[.)])[ \t]+|[ \t]*\|)/;

/**
 * A table row rewritten cell by cell: cells with nothing to rewrite are left empty, and in the others only
 * the list's fixed words stay beside what is rewritten.
 */
function writeRow(row: string, holes: readonly Hole[], offset: number, fixed: ReadonlySet<string>): string {
  const pipes: number[] = [];
  for (let i = 0; i < row.length; i++) {
    const inHole = holes.some((hole) => offset + i >= hole.start && offset + i < hole.end);
    if (row[i] === '|' && row[i - 1] !== '\\' && !inHole) pipes.push(i);
  }
  let out = row.slice(0, pipes[0] ?? 0);
  for (let k = 0; k < pipes.length; k++) {
    const from = pipes[k] + 1;
    const to = pipes[k + 1] ?? row.length;
    out += '|';
    if (k === pipes.length - 1) {
      out += row.slice(from, to);
      break;
    }
    const inside = holes.filter((hole) => hole.start >= offset + from && hole.end <= offset + to);
    if (inside.length === 0) {
      out += row.slice(from, to).trim() === '' ? row.slice(from, to) : ' ';
      continue;
    }
    let cell = '';
    let cursor = offset + from;
    for (const hole of inside) {
      if (hole.start < cursor) continue;
      cell += fixedOnly(row.slice(cursor - offset, hole.start - offset), fixed) + hole.text;
      cursor = hole.end;
    }
    cell += fixedOnly(row.slice(cursor - offset, to), fixed);
    out += cell;
  }
  return out;
}

/**
 * The paper's entry written like `exemplar`; `undefined` when one of its parts cannot be written for the
 * paper (a date with a month for a paper whose venue has only a year).
 */
export function composeEntry(
  exemplar: ListedEntry,
  paper: NewPaper,
  style: ListStyle,
  fixed: ReadonlySet<string>,
): Composed | undefined {
  const newRepository = paper.code && GITHUB_REPO.exec(paper.code);
  const repositories: Repositories = {
    from: codeRepository(exemplar),
    ...(newRepository && { to: `${newRepository[1]}/${newRepository[2]}` }),
  };
  const found = holesOf(exemplar, paper, style, repositories);
  if (!found) return undefined;
  const { dates } = found;
  const short = shortNameHole(exemplar, paper, style.source, found.holes);
  const holes = short ? [...found.holes, short].sort((a, b) => a.start - b.start) : found.holes;
  const own = style.source.slice(exemplar.start, exemplar.end).replace(/\s+$/, '');
  if (exemplar.kind === 'table') return { text: writeRow(own, holes, exemplar.start, fixed), dates };
  const marker = MARKER.exec(own)?.[0] ?? '';
  const aside = new SetAside();
  let text = '';
  let cursor = exemplar.start + marker.length;
  for (const hole of holes) {
    if (hole.start < cursor) continue;
    text +=
      keptText(style.source.slice(cursor, hole.start), paper, fixed, repositories, aside) +
      aside.token(hole.text);
    cursor = hole.end;
  }
  text += keptText(
    style.source.slice(cursor, exemplar.start + own.length),
    paper,
    fixed,
    repositories,
    aside,
  );
  return { text: marker + aside.restore(tidy(text)).replace(/^\s+/, ''), dates };
}
