/**
 * The entry model: one walk over the mdast tree turns list items, table rows and multi-line blocks (citation
 * paragraphs among them) into entries with their section, title and its kind, venue, dates, links, arXiv ids
 * and DOIs, and leaves out what is not a paper (tables of contents, badges, news, resource and contributor
 * lists).
 */

import type { Definition, List, ListItem, Nodes, Paragraph, Root, RootContent, Table, TableRow } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { arxivIdFromUrl, findArxivIdsInText } from '../arxiv/id.js';
import { doiFromUrl, findDoisInText } from '../text/doi.js';
import type { ArxivRef, DoiRef, Entry, EntryDate, EntryKind, Link, Span } from '../types.js';
import { dateLabel, findDatesInText } from './dates.js';
import { type DefinitionLookup, type Flat, FlatBuilder, maskRanges, sourceRange } from './flat.js';
import { isBadgeOnly, isNewsItem, isNonPaperSection, isTableOfContents, refersToPaper } from './nonentry.js';
import { SectionPath } from './sections.js';
import { createLocator, type Locator, nodeSpan } from './source.js';
import { cleanTitle, findTitle, shortNameOf, type TitleRange, wordKey } from './title.js';
import { type ShapeEvidence, settleTitleKinds } from './title-kind.js';

interface Walk {
  locator: Locator;
  definitions: DefinitionLookup;
  sections: SectionPath;
  entries: Entry[];
  /** Every link met, by source offset; a link flattened twice (nested lists) keeps its last object. */
  links: Map<number, Link>;
  /** A list item's own content (without sub-lists), read once although its parent's list judges it too. */
  heads: WeakMap<ListItem, Candidate>;
}

/** An entry before the list it belongs to decides whether it is a paper. */
interface Candidate {
  entry: Entry;
  /** Carries an arXiv id, a DOI or a paper link. */
  refers: boolean;
  /** Refers to a paper or carries a date. */
  signal: boolean;
  /** Certainly not a paper (table of contents, badge, news…). */
  excluded: boolean;
  /** What the entry's shape says of its title. */
  evidence: ShapeEvidence;
}

/** Turns a parsed document into its paper entries, in document order. */
export function extractEntries(tree: Root, source: string): Entry[] {
  return extractModel(tree, source).entries;
}

/** The entries of a parsed document and every link in it (entries' links are the same objects). */
export function extractModel(tree: Root, source: string): { entries: Entry[]; links: Link[] } {
  const walk: Walk = {
    locator: createLocator(source),
    definitions: lazyDefinitions(tree),
    sections: new SectionPath(),
    entries: [],
    links: new Map(),
    heads: new WeakMap(),
  };
  walkFlow(tree.children, walk);
  // Nested lists add their entries before their parents' siblings are decided: restore document order.
  walk.entries.sort((a, b) => a.span.start.offset - b.span.start.offset);
  walk.entries.forEach((entry, index) => {
    entry.index = index;
  });
  const links = [...walk.links.values()].sort((a, b) => a.span.start.offset - b.span.start.offset);
  return { entries: walk.entries, links };
}

function lazyDefinitions(tree: Root): DefinitionLookup {
  let definitions: Map<string, Definition> | undefined;
  return (identifier) => {
    if (!definitions) {
      const found = new Map<string, Definition>();
      visit(tree, 'definition', (node) => {
        if (!found.has(node.identifier)) found.set(node.identifier, node);
      });
      definitions = found;
    }
    return definitions.get(identifier);
  };
}

function walkFlow(nodes: readonly RootContent[], walk: Walk): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'heading':
        walk.sections.heading(node.depth, mdastToString(node, { includeImageAlt: false }).trim());
        flatten([node], walk);
        break;
      case 'html':
        walk.sections.html(node);
        break;
      case 'paragraph':
        if (!walk.sections.boldParagraph(node)) addBlock(node, walk);
        break;
      case 'list':
        addList(node, walk);
        break;
      case 'table':
        addTable(node, walk);
        break;
      case 'blockquote':
        walkFlow(node.children, walk);
        break;
      default:
        break;
    }
  }
}

function flatten(nodes: readonly Nodes[], walk: Walk): Flat {
  const builder = new FlatBuilder(walk.locator, walk.definitions);
  for (const node of nodes) builder.flow(node);
  return remember(builder.build(), walk);
}

function remember(flat: Flat, walk: Walk): Flat {
  for (const found of flat.links) walk.links.set(found.link.span.start.offset, found.link);
  return flat;
}

/** End of the first paragraph: the title is looked for there only. */
function headEnd(flat: Flat): number {
  const separator = flat.pieces.find((piece) => piece.kind === 'separator');
  return separator ? separator.from : flat.text.length;
}

// ---------------------------------------------------------------------------------------------------------
// Lists

function addList(list: List, walk: Walk): void {
  const kind = kindOf(list);
  const candidates: Candidate[] = [];
  for (const item of list.children) {
    const sublists = item.children.filter((child): child is List => child.type === 'list');
    const head = headCandidate(kind, item, walk);
    if (sublists.length === 0) {
      candidates.push(head);
      continue;
    }
    const { entry } = head;
    if (entry.links.length === 0 && !head.refers && (entry.dates.length === 0 || entry.title === '')) {
      // `- Category` (or `- 2023`) with papers below: a grouping, not an entry.
      const name = entry.text;
      if (name !== '') walk.sections.pushGroup(name);
      for (const sublist of sublists) addList(sublist, walk);
      if (name !== '') walk.sections.popGroup();
      continue;
    }
    if (subItemsArePapers(sublists, walk)) {
      candidates.push(head);
      for (const sublist of sublists) addList(sublist, walk);
    } else {
      // A paper whose sub-bullets hold its links, authors or notes.
      candidates.push(itemCandidate(kind, item, item.children, walk));
    }
  }
  keepPapers(candidates, walk);
}

const ANNOTATION =
  /^\W*(?:code|paper|pdf|project|authors?|venue|conference|published|links?|website|homepage|demo|data(?:set)?s?|slides|video|blog|github|tl;?dr|summary|abstract|notes?|keywords?|tags|citation|bibtex)\s*[:：]/i;

/** Sub-bullets that are papers of their own (titled, with a paper link), not notes about their parent. */
function subItemsArePapers(sublists: readonly List[], walk: Walk): boolean {
  let items = 0;
  let papers = 0;
  for (const sublist of sublists) {
    for (const item of sublist.children) {
      items++;
      const { entry, refers } = headCandidate(kindOf(sublist), item, walk);
      if (refers && entry.title.split(' ').length >= 2 && !ANNOTATION.test(entry.text)) papers++;
    }
  }
  return papers * 2 >= items && papers > 0;
}

function kindOf(list: List): EntryKind {
  return list.ordered ? 'ordered' : 'bullet';
}

/** The item without its sub-lists; sections do not change between the parent's look and the item's own list. */
function headCandidate(kind: EntryKind, item: ListItem, walk: Walk): Candidate {
  let head = walk.heads.get(item);
  if (!head) {
    const own = item.children.filter((child) => child.type !== 'list');
    head = itemCandidate(kind, item, own, walk);
    walk.heads.set(item, head);
  }
  return head;
}

function itemCandidate(kind: EntryKind, item: ListItem, nodes: readonly Nodes[], walk: Walk): Candidate {
  const flat = flatten(nodes, walk);
  const title = findTitle(flat, 0, headEnd(flat), 'item');
  return candidate(assemble(kind, nodeSpan(item), flat, title, walk), flat, title, walk);
}

function candidate(
  entry: Entry,
  flat: Flat,
  title: TitleRange | undefined,
  walk: Walk,
  nameColumn = false,
): Candidate {
  const excluded =
    isTableOfContents(entry.links) ||
    isBadgeOnly(flat.text) ||
    isNewsItem(entry.text) ||
    isNonPaperSection(walk.sections.scope());
  const refers = refersToPaper(entry);
  const evidence = { described: title?.described === true, nameColumn };
  return { entry, refers, signal: refers || entry.dates.length > 0, excluded, evidence };
}

/**
 * A list (or table) where at least a third of the items look like papers is a paper list: all its items are
 * entries. Elsewhere (resource lists, tool lists) only the items that refer to a paper are.
 */
function keepPapers(candidates: readonly Candidate[], walk: Walk): void {
  const signals = candidates.filter((c) => c.signal && !c.excluded).length;
  const paperList = signals * 3 >= candidates.length && (signals >= 2 || candidates.length === 1);
  const kept = candidates.filter((c) => !c.excluded && (paperList || c.refers));
  settleTitleKinds(kept);
  for (const c of kept) walk.entries.push(c.entry);
}

// ---------------------------------------------------------------------------------------------------------
// Tables

const TITLE_HEADER =
  /^(?:papers?|titles?|paper titles?|paper names?|articles?|publication titles?|标题|论文|题目|论文标题|论文名称|文章)$/;
const NAME_HEADER =
  /^(?:names?|models?|methods?|datasets?|benchmarks?|short names?|abbr|abbreviations?|keywords?|repo names?|projects?|名字|名称|模型|方法|简称|数据集)$/;
const VENUE_HEADER = /venue|conference|journal|publication|published|booktitle|^pub$/;
const YEAR_HEADER = /^(?:years?|dates?|time|release|released|month)$/;

function addTable(table: Table, walk: Walk): void {
  const [header, ...rows] = table.children;
  if (!header) return;
  const headers = header.children.map((cell) => wordKey(mdastToString(cell)));
  const column = (pattern: RegExp) => headers.findIndex((text) => pattern.test(text));
  const title = column(TITLE_HEADER);
  const columns = {
    title,
    name: column(NAME_HEADER),
    venue: headers.findIndex((text, i) => VENUE_HEADER.test(text) && i !== title),
    year: column(YEAR_HEADER),
  };
  const candidates = rows.map((row) => rowCandidate(row, columns, walk));
  keepPapers(candidates, walk);
}

interface Columns {
  title: number;
  name: number;
  venue: number;
  year: number;
}

function rowCandidate(row: TableRow, columns: Columns, walk: Walk): Candidate {
  const builder = new FlatBuilder(walk.locator, walk.definitions);
  const cells: Array<[number, number]> = [];
  for (const cell of row.children) {
    builder.separator(' | ');
    const from = builder.size;
    builder.phrasing(cell.children, false, -1, cell);
    cells.push([from, builder.size]);
  }
  const flat = remember(builder.build(), walk);
  const { title, column } = tableTitle(flat, cells, columns);
  const venueCell = cells[columns.venue];
  const venue = venueCell ? cleanTitle(flat.text.slice(venueCell[0], venueCell[1])) : '';
  const entry = assemble('table', nodeSpan(row), flat, title, walk, venue);
  return candidate(entry, flat, title, walk, column !== -1 && column === columns.name);
}

/** The title cell: by header (`Paper`, `Title`), then a name column, then the cell with the most words. */
function tableTitle(
  flat: Flat,
  cells: ReadonlyArray<[number, number]>,
  columns: Columns,
): { title?: TitleRange; column: number } {
  for (const column of [columns.title, columns.name]) {
    const cell = cells[column];
    const title = cell && findTitle(flat, cell[0], cell[1], 'cell');
    if (title) return { title, column };
  }
  let best: TitleRange | undefined;
  let bestWords = 0;
  cells.forEach((cell, index) => {
    if (index === columns.venue || index === columns.year) return;
    const title = findTitle(flat, cell[0], cell[1], 'cell');
    if (!title) return;
    const words = flat.text.slice(title.from, title.to).split(/\s+/).length;
    if (words > bestWords) {
      best = title;
      bestWords = words;
    }
  });
  return { title: best, column: -1 };
}

// ---------------------------------------------------------------------------------------------------------
// Blocks: a paragraph outside lists whose first line is a title and whose other lines hold the links

const PROSE =
  /\b(?:we|our|us|you|your|please|see|welcome|if|feel free|check|follow|star|this (?:repo|repository|list|paper|project))\b/i;

function addBlock(paragraph: Paragraph, walk: Walk): void {
  const flat = flatten([paragraph], walk);
  if (flat.links.length === 0 && !/arxiv|doi|10\.\d{4}/i.test(flat.text)) return;
  const title = findTitle(flat, 0, flat.text.length, 'item');
  if (!title) return;
  const titleText = flat.text.slice(title.from, title.to);
  // A citation's quoted title may read like prose (`You only look once: …`).
  if ((!title.cited && PROSE.test(titleText)) || titleText.split(/\s+/).length > 30) return;
  const c = candidate(assemble('block', nodeSpan(paragraph), flat, title, walk), flat, title, walk);
  if (!c.refers || c.excluded) return;
  settleTitleKinds([c]);
  walk.entries.push(c.entry);
}

// ---------------------------------------------------------------------------------------------------------
// Assembly

function spanOfRange(flat: Flat, from: number, to: number, walk: Walk): Span | undefined {
  const range = sourceRange(flat, from, to);
  return range ? walk.locator.spanOf(range.start, range.end) : undefined;
}

function assemble(
  kind: EntryKind,
  span: Span,
  flat: Flat,
  titleRange: TitleRange | undefined,
  walk: Walk,
  columnVenue = '',
): Entry {
  const links = flat.links.map((found) => found.link);
  const linkRanges = flat.links.map((found): [number, number] => [found.from, found.to]);
  const title = titleRange ? cleanTitle(flat.text.slice(titleRange.from, titleRange.to)) : '';
  const entry: Entry = {
    index: 0,
    kind,
    section: walk.sections.current(),
    title,
    dates: [],
    links,
    arxiv: [],
    dois: [],
    span,
    text: cleanTitle(flat.text),
  };
  if (titleRange) {
    const titleSpan = spanOfRange(flat, titleRange.from, titleRange.to, walk);
    if (titleSpan) entry.titleSpan = titleSpan;
    const shortName =
      shortNameOf(title) ??
      (titleRange.name && cleanTitle(flat.text.slice(titleRange.name.from, titleRange.name.to)));
    if (shortName) entry.shortName = shortName;
  }
  const prose = maskRanges(flat.text, linkRanges, ' ');
  entry.arxiv = arxivRefs(flat, prose, span, walk);
  entry.dois = doiRefs(flat, prose, span, walk);
  const masked: Array<[number, number]> = titleRange
    ? [...linkRanges, [titleRange.from, titleRange.to]]
    : linkRanges;
  if (titleRange?.description) masked.push([titleRange.description.from, titleRange.description.to]);
  const written = datesOf(flat, maskRanges(flat.text, masked, '|'), span, walk, columnVenue);
  entry.dates = written.dates;
  if (written.venue !== '' && dateLabel(written.venue) !== 'arxiv') entry.venue = written.venue;
  return entry;
}

function arxivRefs(flat: Flat, prose: string, span: Span, walk: Walk): ArxivRef[] {
  const refs: ArxivRef[] = [];
  for (const link of flat.links) {
    const guess = arxivIdFromUrl(link.link.url);
    if (guess) refs.push({ ...guess, link: link.link, span: link.link.span });
  }
  for (const found of findArxivIdsInText(prose)) {
    const ref: ArxivRef = {
      id: found.id,
      span: spanOfRange(flat, found.index, found.index + found.length, walk) ?? span,
    };
    if (found.version !== undefined) ref.version = found.version;
    refs.push(ref);
  }
  return refs;
}

function doiRefs(flat: Flat, prose: string, span: Span, walk: Walk): DoiRef[] {
  const refs: DoiRef[] = [];
  for (const link of flat.links) {
    const doi = doiFromUrl(link.link.url);
    if (doi) refs.push({ doi, link: link.link, span: link.link.span });
  }
  for (const found of findDoisInText(prose)) {
    refs.push({
      doi: found.doi,
      span: spanOfRange(flat, found.index, found.index + found.length, walk) ?? span,
    });
  }
  return refs;
}

/** The dates of an entry, and its venue as written (the first date labelled with one, or the venue column). */
function datesOf(
  flat: Flat,
  masked: string,
  span: Span,
  walk: Walk,
  columnVenue: string,
): { dates: EntryDate[]; venue: string } {
  const boundaries = flat.pieces
    .filter((piece) => piece.kind === 'code')
    .flatMap((piece) => [piece.from, piece.to]);
  const columnLabel = /^[A-Za-z][\w@&.+' -]{0,39}$/.test(columnVenue) ? columnVenue : '';
  let venue = '';
  const dates = findDatesInText(masked, boundaries).map((found) => {
    const range = sourceRange(flat, found.index, found.index + found.length);
    const date: EntryDate = {
      text: range?.exact
        ? walk.locator.source.slice(range.start, range.end)
        : flat.text.slice(found.index, found.index + found.length),
      label: found.label,
      year: found.year,
      span: range ? walk.locator.spanOf(range.start, range.end) : span,
    };
    if (found.month !== undefined) date.month = found.month;
    // A table's venue column labels the dates of its year column (`| arXiv | 2024 |`).
    if (date.label === '' && columnLabel !== '') date.label = dateLabel(columnLabel);
    if (venue === '' && found.venue) venue = found.venue;
    return date;
  });
  return { dates, venue: venue || columnLabel };
}
