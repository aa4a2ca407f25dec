/**
 * The entry model: one walk over the mdast tree turns list items, table rows and multi-line blocks (citation
 * paragraphs among them) into entries with their section, title and its kind, venue, dates, links, arXiv ids
 * and DOIs, and leaves out what is not a paper (tables of contents, badges, news, resource and contributor
 * lists).
 */

import type {
  Definition,
  Heading,
  List,
  ListItem,
  Nodes,
  Paragraph,
  Root,
  RootContent,
  Table,
  TableRow,
} from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { arxivIdFromUrl, findArxivIdsInText } from '../arxiv/id.js';
import { isAuthorList, leadingAuthors } from '../text/authors.js';
import { doiFromUrl, findDoisInText } from '../text/doi.js';
import type { ArxivRef, DoiRef, Entry, EntryDate, EntryKind, Link, Span } from '../types.js';
import { dateLabel, findDatesInText } from './dates.js';
import { headingBodyEnd, isBoldOnly, isFieldList, isLeafHeading, withoutDetails } from './entry-blocks.js';
import {
  type DefinitionLookup,
  type Flat,
  FlatBuilder,
  type FlatLink,
  maskRanges,
  sliceFlat,
  sourceRange,
} from './flat.js';
import { type HtmlUnit, htmlRegionEnd, opensHtmlRegion, readHtmlRegion } from './html.js';
import {
  isBadgeOnly,
  isNewsItem,
  isNonPaperSection,
  isPaperLink,
  isResourceSection,
  isTableOfContents,
  refersToPaper,
} from './nonentry.js';
import { SectionPath } from './sections.js';
import { createLocator, type Locator, nodeSpan } from './source.js';
import { learnHint, type TitleReading, titleReading } from './template.js';
import { cleanTitle, findTitle, shortNameOf, type TitleRange, withoutCitation, wordKey } from './title.js';
import { type ShapeEvidence, settleTitleKinds } from './title-kind.js';

interface Walk {
  locator: Locator;
  definitions: DefinitionLookup;
  sections: SectionPath;
  entries: Entry[];
  /** Every link met, by source offset; a link flattened twice (nested lists) keeps its last object. */
  links: Map<number, Link>;
  /** Headings read as papers (a heading per paper) whose run is not over yet. */
  paperHeadings: PaperHeading[];
  /** The entries whose titles `findTitle` read in their flat text, with the list each was kept in. */
  readings: Array<{ candidate: Candidate; list: Candidate[] }>;
  /** Whether a section scope (`SectionPath.scope`, one array per section) excludes papers or holds resources. */
  sectionKinds: WeakMap<readonly string[], { nonPaper: boolean; resource: boolean }>;
}

/** A heading with its body, read as one paper, and the blocks to walk instead if its run stays alone. */
interface PaperHeading {
  candidate: Candidate;
  /** Its links, remembered once the run is known to be papers. */
  links: readonly FlatLink[];
  heading: Heading;
  body: RootContent[];
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
  /** In a section of code, tools, data or talks: an entry only when it refers to a paper. */
  resource: boolean;
  /** What the entry's shape says of its title. */
  evidence: ShapeEvidence;
  /** Where the title was looked for and found, when not in a table's cells. */
  reading?: Reading;
}

/**
 * Where an entry's title was looked for (`flat.text[0, to)`) and found, and how to build that flat again for
 * the list's template to read. Not the flat itself: held from the entry's reading to the end of the walk,
 * 20,000 of them were promoted to the old generation, some 40 MB of garbage at the peak.
 */
interface Reading {
  seen: TitleReading;
  to: number;
  again: () => Flat;
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
    paperHeadings: [],
    readings: [],
    sectionKinds: new WeakMap(),
  };
  walkFlow(tree.children, walk);
  applyTemplates(walk);
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
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node.type === 'heading') {
      const end = headingBodyEnd(nodes, i);
      const paper = isLeafHeading(nodes, i, end) && paperHeading(node, nodes.slice(i + 1, end), walk);
      if (paper) {
        walk.paperHeadings.push(paper);
        i = end - 1;
        continue;
      }
    }
    flushPaperHeadings(walk);
    switch (node.type) {
      case 'heading':
        walk.sections.heading(node.depth, mdastToString(node, { includeImageAlt: false }).trim());
        flatten([node], walk);
        break;
      case 'html':
        if (opensHtmlRegion(node.value)) {
          const end = htmlRegionEnd(nodes, i);
          addHtmlRegion(nodes.slice(i, end), walk);
          i = end - 1;
        } else walk.sections.html(node);
        break;
      case 'paragraph': {
        const next = nodes[i + 1];
        if (isBoldOnly(node) && isFieldListAt(nodes, i + 1)) {
          addFieldBlock(node, next as List, walk);
          i++;
        } else if (!walk.sections.boldParagraph(node)) addBlock(node, walk);
        break;
      }
      case 'list':
        addList(node, walk);
        break;
      case 'table':
        addTable(node, walk);
        break;
      case 'blockquote':
      case 'footnoteDefinition':
        walkFlow(node.children, walk);
        break;
      default:
        break;
    }
  }
  flushPaperHeadings(walk);
}

/** Whether `nodes[i]` is a list of fields about one paper (`- Paper: …`, `- Code: …`). */
function isFieldListAt(nodes: readonly RootContent[], i: number): boolean {
  const node = nodes[i];
  return node?.type === 'list' && isFieldList(node);
}

function flatten(nodes: readonly Nodes[], walk: Walk): Flat {
  return remember(flatOf(nodes, walk), walk);
}

/** The nodes' flat text, its links not remembered: `flatten`, or the same flat built again. */
function flatOf(nodes: readonly Nodes[], walk: Walk): Flat {
  const builder = new FlatBuilder(walk.locator, walk.definitions);
  for (const node of nodes) builder.flow(node);
  return builder.build();
}

/**
 * How a reading builds its flat text again (`Reading.again`), `line` a range of it (one line of a numbered
 * paragraph). Made here, apart from the caller's scope, so that the closure cannot hold the first build.
 */
function builtAgain(nodes: readonly Nodes[], walk: Walk, line?: readonly [number, number]): () => Flat {
  return line ? () => sliceFlat(flatOf(nodes, walk), line[0], line[1]) : () => flatOf(nodes, walk);
}

function remember(flat: Flat, walk: Walk): Flat {
  rememberLinks(flat.links, walk);
  return flat;
}

function rememberLinks(links: readonly FlatLink[], walk: Walk): void {
  for (const found of links) walk.links.set(found.link.span.start.offset, found.link);
}

/** End of the first paragraph: the title is looked for there only. */
function headEnd(flat: Flat): number {
  const separator = flat.pieces.find((piece) => piece.kind === 'separator');
  return separator ? separator.from : flat.text.length;
}

// ---------------------------------------------------------------------------------------------------------
// A heading per paper: `### 7. [CVPR '24] Title`, its authors, abstract and links below it

/**
 * The heading and its body as one paper, when the body is about one paper: it holds at most one arXiv id, no
 * list or table of papers of its own, and the heading holds a title.
 */
function paperHeading(heading: Heading, body: RootContent[], walk: Walk): PaperHeading | undefined {
  if (body.some((node) => node.type === 'table' || node.type === 'heading')) return undefined;
  const lists = body.filter(
    (node): node is List => node.type === 'list' && !isFieldList(node) && !holdsOnePapersFields([node], walk),
  );
  // A list of notes under one paper is rare; a list of two items or more is what a section holds.
  if (lists.some((list) => list.children.length >= 2)) return undefined;
  if (body.some((node) => node.type === 'paragraph' && titledPaper(node, walk))) return undefined;
  // `# 3D目标跟踪` over `**Center-based 3D Object Detection and Tracking**` and its fields: a section over one
  // paper of the bold-title layout, whose title is the bold paragraph.
  if (body.some((node, i) => node.type === 'paragraph' && isBoldOnly(node) && isFieldListAt(body, i + 1)))
    return undefined;
  if (lists.length > 0 && subItemsArePapers(lists, walk, headCandidate)) return undefined;
  const headingText = mdastToString(heading, { includeImageAlt: false });
  if (isNonPaperSection([headingText])) return undefined;
  const builder = new FlatBuilder(walk.locator, walk.definitions);
  builder.flow(heading);
  const titleEnd = builder.size;
  for (const node of withoutDetails(body)) builder.flow(node);
  const flat = builder.build();
  const title = findTitle(flat, 0, titleEnd, 'item');
  if (!title) return undefined;
  const end = body.length > 0 ? nodeSpan(body[body.length - 1]).end : nodeSpan(heading).end;
  const again = builtAgain([heading, ...withoutDetails(body)], walk);
  const c = readCandidate(
    'block',
    { start: nodeSpan(heading).start, end },
    flat,
    titleEnd,
    again,
    walk,
    title,
  );
  if (!c.refers || new Set(c.entry.arxiv.map((ref) => ref.id)).size > 1) return undefined;
  return { candidate: c, links: flat.links, heading, body };
}

/** A paragraph that is a paper entry of its own: a title and a paper link (`**[1]** Authors. "Title." …`). */
function titledPaper(paragraph: Paragraph, walk: Walk): boolean {
  const builder = new FlatBuilder(walk.locator, walk.definitions);
  builder.flow(paragraph);
  const flat = builder.build();
  if (!flat.links.some((found) => isPaperLink(found.link))) return false;
  const title = findTitle(flat, 0, flat.text.length, 'item');
  return title !== undefined && flat.text.slice(title.from, title.to).split(/\s+/).length >= 2;
}

/**
 * A run of paper headings (two or more) is a list of papers; a lone one is read as an ordinary heading, its
 * body walked as usual (an introduction that links the authors' survey is no paper entry).
 */
function flushPaperHeadings(walk: Walk): void {
  const run = walk.paperHeadings;
  if (run.length === 0) return;
  walk.paperHeadings = [];
  if (run.length >= 2) {
    for (const { links } of run) rememberLinks(links, walk);
    keepPapers(
      run.map(({ candidate }) => candidate),
      walk,
    );
    return;
  }
  const [{ heading, body }] = run;
  walk.sections.heading(heading.depth, mdastToString(heading, { includeImageAlt: false }).trim());
  flatten([heading], walk);
  walkFlow(body, walk);
}

// ---------------------------------------------------------------------------------------------------------
// A bold title over a field list: `**Title**`, then `- Paper: https://arxiv.org/abs/…`, `- Code: …`

function addFieldBlock(paragraph: Paragraph, list: List, walk: Walk): void {
  const builder = new FlatBuilder(walk.locator, walk.definitions);
  builder.flow(paragraph);
  const titleEnd = builder.size;
  builder.flow(list);
  const flat = remember(builder.build(), walk);
  const span = { start: nodeSpan(paragraph).start, end: nodeSpan(list).end };
  keepPapers([readCandidate('block', span, flat, titleEnd, builtAgain([paragraph, list], walk), walk)], walk);
}

// ---------------------------------------------------------------------------------------------------------
// HTML: `<table>` rows and `<ul><li>` items

function addHtmlRegion(nodes: RootContent[], walk: Walk): void {
  const units = readHtmlRegion(nodes, walk.locator, () => new FlatBuilder(walk.locator, walk.definitions));
  // Each table (its own header row) and each list is a list of its own.
  const groups: HtmlUnit[][] = [];
  for (const unit of units) {
    remember(unit.flat, walk);
    const last = groups.at(-1)?.[0];
    if (last && last.kind === unit.kind && last.headers === unit.headers) groups.at(-1)!.push(unit);
    else groups.push([unit]);
  }
  for (const group of groups) {
    const columns = learnTitleColumn(
      group.filter((unit) => unit.kind === 'table'),
      columnsOf(group[0].headers),
    );
    const candidates = group.map((unit) => {
      // An HTML unit's flat is kept, not read again from its markup: such lists are rare and short.
      if (unit.kind !== 'table')
        return readCandidate(unit.kind, unit.span, unit.flat, headEnd(unit.flat), () => unit.flat, walk);
      return cellsCandidate(unit.flat, unit.cells, columns, unit.span, walk);
    });
    keepPapers(candidates, walk);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Lists

/** `looked`: its items' own content as the parent item's look read it (sections do not change in between). */
function addList(list: List, walk: Walk, looked?: ReadonlyMap<ListItem, Candidate>): void {
  const kind = kindOf(list);
  const candidates: Candidate[] = [];
  for (const item of list.children) {
    const sublists = item.children.filter((child): child is List => child.type === 'list');
    const head = looked?.get(item) ?? headCandidate(kind, item, walk);
    if (sublists.length === 0) {
      candidates.push(head);
      continue;
    }
    const { entry } = head;
    const linkless = entry.links.length === 0 && !head.refers;
    // `1. **Title**` over `- NeurIPS 2023` and `- [[paper]](…) [[code]](…)`: the sub-bullets are its fields.
    const fieldsBelow = linkless && entry.title !== '' && holdsOnePapersFields(sublists, walk);
    if (linkless && !fieldsBelow && (entry.dates.length === 0 || entry.title === '')) {
      // `- Category` (or `- 2023`) with papers below: a grouping, not an entry.
      const name = entry.text;
      if (name !== '') walk.sections.pushGroup(name);
      for (const sublist of sublists) addList(sublist, walk);
      if (name !== '') walk.sections.popGroup();
      continue;
    }
    // Read once for both looks, and only while this item is read: a cache for the whole walk would keep every
    // item's flat text alive to its end.
    const heads = new Map<ListItem, Candidate>();
    const look = (kind: EntryKind, sub: ListItem) => {
      const c = headCandidate(kind, sub, walk);
      heads.set(sub, c);
      return c;
    };
    if (!fieldsBelow && subItemsArePapers(sublists, walk, look, head)) {
      candidates.push(head);
      for (const sublist of sublists) addList(sublist, walk, heads);
    } else {
      // A paper whose sub-bullets hold its links, authors or notes.
      candidates.push(itemCandidate(kind, item, item.children, walk));
    }
  }
  keepPapers(candidates, walk);
}

/**
 * Sub-bullets that hold one paper's fields and no title of their own: a venue, a date, authors, links labelled
 * `[paper]`, `[code]` — one of them with the paper's link. Read without the item cache: a parent that turns
 * out to be a grouping reads its items again under its name.
 */
function holdsOnePapersFields(sublists: readonly List[], walk: Walk): boolean {
  if (sublists.length !== 1) return false;
  const [list] = sublists;
  let papers = 0;
  for (const item of list.children) {
    if (item.children.some((child) => child.type === 'list')) return false;
    // The title before the rest of the entry: the first item of a list of papers already has one.
    const shown = withoutDetails(item.children);
    const flat = flatten(shown, walk);
    const to = headEnd(flat);
    const title = findTitle(flat, 0, to, 'item');
    if (ownTitle(titleText(flat, title))) return false;
    if (readCandidate(kindOf(list), nodeSpan(item), flat, to, builtAgain(shown, walk), walk, title).refers)
      papers++;
  }
  return papers === 1;
}

/** Whether the title read in an item is one: more than its dates with their labels (`arxiv 2015/01`) or authors. */
function ownTitle(title: string): boolean {
  let rest = title;
  for (const date of findDatesInText(rest).reverse())
    rest = rest.slice(0, date.index) + rest.slice(date.index + date.length);
  rest = rest.replace(/[\s,;:|()[\]/–—-]+/g, ' ').trim();
  return rest !== '' && !isAuthorList(rest);
}

const ANNOTATION =
  /^\W*(?:code|paper|pdf|project|authors?|venue|conference|published|links?|website|homepage|demo|data(?:set)?s?|slides|video|blog|github|tl;?dr|summary|abstract|notes?|keywords?|tags|citation|bibtex)\s*[:：]/i;

/**
 * Sub-bullets that are papers of their own (titled, with a paper link), not notes about their parent. `look`
 * reads an item (and may keep it for the items' own list, when their section is settled). A sub-bullet
 * without links whose arXiv ids are all its parent's (`* AlexNet [[Paper]](…)` over `* Alex Krizhevsky, …,
 * ImageNet Classification …, NIPS, 2012.`) cites the parent's paper: a note.
 */
function subItemsArePapers(
  sublists: readonly List[],
  walk: Walk,
  look: (kind: EntryKind, item: ListItem, walk: Walk) => Candidate,
  parent?: Candidate,
): boolean {
  const parentIds = new Set(parent?.refers ? parent.entry.arxiv.map((ref) => ref.id) : []);
  const citesParent = (entry: Entry) =>
    parentIds.size > 0 &&
    entry.links.length === 0 &&
    entry.dois.length === 0 &&
    entry.arxiv.every((ref) => parentIds.has(ref.id));
  let items = 0;
  let papers = 0;
  for (const sublist of sublists) {
    for (const item of sublist.children) {
      items++;
      const { entry, refers } = look(kindOf(sublist), item, walk);
      if (refers && entry.title.split(' ').length >= 2 && !ANNOTATION.test(entry.text) && !citesParent(entry))
        papers++;
    }
  }
  return papers * 2 >= items && papers > 0;
}

function kindOf(list: List): EntryKind {
  return list.ordered ? 'ordered' : 'bullet';
}

/** The item without its sub-lists. */
function headCandidate(kind: EntryKind, item: ListItem, walk: Walk): Candidate {
  const own = item.children.filter((child) => child.type !== 'list');
  return itemCandidate(kind, item, own, walk);
}

function itemCandidate(kind: EntryKind, item: ListItem, nodes: readonly Nodes[], walk: Walk): Candidate {
  // An abstract folded under `<details>` is no part of the entry: its years and ids are other papers'.
  const shown = withoutDetails(nodes);
  const flat = flatten(shown, walk);
  return readCandidate(kind, nodeSpan(item), flat, headEnd(flat), builtAgain(shown, walk), walk);
}

/** An entry whose title is looked for in `flat.text[0, to)`, with what a list's template may read again. */
function readCandidate(
  kind: EntryKind,
  span: Span,
  flat: Flat,
  to: number,
  again: () => Flat,
  walk: Walk,
  title = findTitle(flat, 0, to, 'item'),
): Candidate {
  const c = candidate(assemble(kind, span, flat, title, walk), flat, title, walk);
  c.reading = { seen: titleReading(flat, title), to, again };
  return c;
}

function candidate(
  entry: Entry,
  flat: Flat,
  title: TitleRange | undefined,
  walk: Walk,
  nameColumn = false,
): Candidate {
  const section = sectionKind(walk);
  const excluded =
    isTableOfContents(entry.links) || isBadgeOnly(flat.text) || isNewsItem(entry.text) || section.nonPaper;
  const refers = refersToPaper(entry);
  const evidence = { described: title?.described === true, nameColumn };
  const { resource } = section;
  return { entry, refers, signal: refers || entry.dates.length > 0, excluded, resource, evidence };
}

/** What the current section's scope says of its entries, read once per section. */
function sectionKind(walk: Walk): { nonPaper: boolean; resource: boolean } {
  const scope = walk.sections.scope();
  let kind = walk.sectionKinds.get(scope);
  if (!kind) {
    kind = { nonPaper: isNonPaperSection(scope), resource: isResourceSection(scope) };
    walk.sectionKinds.set(scope, kind);
  }
  return kind;
}

/**
 * A list (or table) where at least a third of the items look like papers is a paper list: all its items are
 * entries. Elsewhere (resource lists, tool lists) only the items that refer to a paper are.
 */
function keepPapers(candidates: readonly Candidate[], walk: Walk): void {
  const signals = candidates.filter((c) => c.signal && !c.excluded).length;
  const paperList = signals * 3 >= candidates.length && (signals >= 2 || candidates.length === 1);
  const notes = notesOnPrevious(candidates);
  const kept = candidates.filter(
    (c) => !c.excluded && !notes.has(c) && ((paperList && !c.resource) || c.refers),
  );
  keep(kept, walk);
}

/** Entries of one list, their title kinds settled among them. */
function keep(kept: Candidate[], walk: Walk): void {
  settleTitleKinds(kept);
  for (const c of kept) {
    walk.entries.push(c.entry);
    if (c.reading) walk.readings.push({ candidate: c, list: kept });
  }
}

/**
 * Reads titles again where the entries of their kind (list items, blocks) show the list's template
 * (`template.ts`): one name before the title is an author, a bold run is the title, a repeated venue slot is
 * none. A title the template finds no slot for stays as the entry's own shape gave it.
 */
function applyTemplates(walk: Walk): void {
  const byKind = new Map<EntryKind, Walk['readings']>();
  for (const read of walk.readings) {
    const group = byKind.get(read.candidate.entry.kind) ?? [];
    group.push(read);
    byKind.set(read.candidate.entry.kind, group);
  }
  for (const group of byKind.values()) {
    const hint = learnHint(group.map(({ candidate }) => candidate.reading!.seen));
    if (!hint) continue;
    const changed = new Set<Candidate[]>();
    for (const { candidate: c, list } of group) {
      const { seen, to, again } = c.reading!;
      const { title } = seen;
      const flat = again();
      const read = findTitle(flat, 0, to, 'item', hint);
      if (!read || (title && read.from === title.from && read.to === title.to)) continue;
      const { entry } = c;
      const fresh = assemble(entry.kind, entry.span, sameLinks(flat, entry.links), read, walk);
      fresh.section = entry.section;
      // The same object: the list's other readers (nested lists, headings) hold it.
      for (const key of Object.keys(entry)) delete (entry as unknown as Record<string, unknown>)[key];
      Object.assign(entry, fresh);
      c.evidence = { ...c.evidence, described: read.described === true };
      changed.add(list);
    }
    for (const list of changed) settleTitleKinds(list);
  }
}

/**
 * A flat built again holds new link objects; `links` are the entry's, from the first build, in the same order:
 * the ones the walk remembered (`Walk.links`), which every reader shares.
 */
function sameLinks(flat: Flat, links: readonly Link[]): Flat {
  return { ...flat, links: flat.links.map((found, i) => ({ ...found, link: links[i] })) };
}

/**
 * `* R-CNN minus R, Oxford [[Paper]](https://arxiv.org/pdf/1506.06981)` then, indented too little to nest under
 * it, `* Karel Lenc, Andrea Vedaldi, R-CNN minus R, arXiv:1506.06981.`: an item without links that cites, authors
 * first, only the paper of the item before it (its arXiv ids, or its very title) is a note on that item, not
 * another entry. The same title and id without authors is the same paper listed again.
 */
function notesOnPrevious(candidates: readonly Candidate[]): Set<Candidate> {
  const notes = new Set<Candidate>();
  candidates.forEach((c, i) => {
    const previous = candidates[i - 1];
    const { entry } = c;
    if (!previous?.refers || entry.links.length > 0 || entry.dois.length > 0) return;
    // Authors first (one name will do: `Ross Girshick, Fast R-CNN, arXiv:1504.08083.`).
    if (!c.reading?.seen.title?.authored && leadingAuthors(entry.text, true) === 0) return;
    const ids = new Set(previous.entry.arxiv.map((ref) => ref.id));
    const cites =
      entry.arxiv.length > 0
        ? entry.arxiv.every((ref) => ids.has(ref.id))
        : entry.title !== '' && wordKey(entry.title) === wordKey(previous.entry.title);
    if (cites) notes.add(c);
  });
  return notes;
}

// ---------------------------------------------------------------------------------------------------------
// Tables

const TITLE_HEADER =
  /^(?:papers?|titles?|paper titles?|paper names?|articles?|publication titles?|标题|论文|题目|论文标题|论文名称|文章)$/;
const NAME_HEADER =
  /^(?:names?|models?|llms?|methods?|datasets?|benchmarks?|short names?|abbr|abbreviations?|keywords?|repo names?|projects?|名字|名称|模型|方法|简称|数据集)$/;
const VENUE_HEADER = /venue|conference|journal|publication|published|booktitle|^pub$/;
const YEAR_HEADER = /^(?:years?|dates?|time|release|released|month)$/;

function addTable(table: Table, walk: Walk): void {
  const [header, ...rows] = table.children;
  if (!header) return;
  const read = rows.map((row) => rowCells(row, walk));
  const columns = learnTitleColumn(
    read,
    columnsOf(header.children.map((cell) => wordKey(mdastToString(cell)))),
  );
  keepPapers(
    read.map(({ flat, cells, span }) => cellsCandidate(flat, cells, columns, span, walk)),
    walk,
  );
}

/** A table's rows: each its flat text and its cells' ranges in it. */
interface TableRows {
  flat: Flat;
  cells: ReadonlyArray<[number, number]>;
}

/**
 * A column holds titles when this share of its rows hold one there: the whole cell, four to 25 words, one
 * sentence, no author list (a dataset's `Information` cell is a description, no title).
 */
const TITLE_COLUMN_SHARE = 0.6;
const TITLE_WORDS = [4, 25] as const;

/**
 * The table's own title column where no header names one (`| Model | ROUGE-1 | … | Paper / Source |`): of the
 * columns other than the name and venue columns, the one that holds a title in most rows. The name column
 * (`Model`) then gives each row its short name.
 */
function learnTitleColumn(rows: readonly TableRows[], columns: Columns): Columns {
  if (columns.title !== -1 || rows.length < 2) return columns;
  const titled = new Map<number, number>();
  for (const { flat, cells } of rows) {
    cells.forEach(([from, to], index) => {
      if (index !== columns.name && index !== columns.venue && isTitleCell(flat, from, to))
        titled.set(index, (titled.get(index) ?? 0) + 1);
    });
  }
  let best = -1;
  for (const [index, count] of titled) if (count > (titled.get(best) ?? 0)) best = index;
  const share = (titled.get(best) ?? 0) / rows.length;
  return best !== -1 && share >= TITLE_COLUMN_SHARE ? { ...columns, title: best } : columns;
}

function isTitleCell(flat: Flat, from: number, to: number): boolean {
  const title = findTitle(flat, from, to, 'cell');
  if (!title) return false;
  const cell = flat.text.slice(from, to).trim();
  const text = flat.text.slice(title.from, title.to);
  const words = text.split(/\s+/).length;
  return (
    words >= TITLE_WORDS[0] &&
    words <= TITLE_WORDS[1] &&
    text.length >= cell.length * 0.8 &&
    !/[.!?]\s+\p{Lu}/u.test(cell)
  );
}

/** Which columns hold the title, a name, the venue and the year, by their headers' words. */
function columnsOf(headers: readonly string[]): Columns {
  const column = (pattern: RegExp) => headers.findIndex((text) => pattern.test(text));
  const title = column(TITLE_HEADER);
  return {
    title,
    name: column(NAME_HEADER),
    venue: headers.findIndex((text, i) => VENUE_HEADER.test(text) && i !== title),
    year: column(YEAR_HEADER),
  };
}

interface Columns {
  title: number;
  name: number;
  venue: number;
  year: number;
}

function rowCells(row: TableRow, walk: Walk): TableRows & { span: Span } {
  const builder = new FlatBuilder(walk.locator, walk.definitions);
  const cells: Array<[number, number]> = [];
  for (const cell of row.children) {
    builder.separator(' | ');
    const from = builder.size;
    builder.phrasing(cell.children, false, -1, cell);
    cells.push([from, builder.size]);
  }
  return { flat: remember(builder.build(), walk), cells, span: nodeSpan(row) };
}

/** A table row, Markdown or HTML, as an entry: its title cell, its venue column. */
function cellsCandidate(
  flat: Flat,
  cells: ReadonlyArray<[number, number]>,
  columns: Columns,
  span: Span,
  walk: Walk,
): Candidate {
  const { title, column } = tableTitle(flat, cells, columns);
  const venueCell = cells[columns.venue];
  const venue = venueCell ? cleanTitle(flat.text.slice(venueCell[0], venueCell[1])) : '';
  const entry = assemble('table', span, flat, title, walk, venue);
  // A name column beside the title column names the row (`Method`: `M-DYR-H`, `M-DYR-S` of one paper).
  const nameCell = column === columns.title && columns.name !== -1 ? cells[columns.name] : undefined;
  // `ABS+ (Rush et al., 2015)`: the name without the citation after it.
  const name = nameCell && withoutCitation(cleanTitle(flat.text.slice(nameCell[0], nameCell[1])));
  // `rnn-ext + abs + RL + rerank`: four words, the plus signs between them no words.
  if (name && name.split(' ').filter((word) => /[\p{L}\d]/u.test(word)).length <= 4) entry.shortName = name;
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

/** Prose in lower case, or a sentence opening with it; a title's capitalised `All You Need` is none. */
const PROSE =
  /\b(?:we|our|us|you|your|please|see|welcome|if|feel free|check|follow|star|this (?:repo|repository|list|paper|project)|(?:has|have|had) been|was|were)\b|^(?:We|Our|You|Your|Please|See|Welcome|If|Feel free|Check|Follow|Star|This (?:repo|repository|list|paper|project))\b/;

function addBlock(paragraph: Paragraph, walk: Walk): void {
  const flat = flatten([paragraph], walk);
  if (flat.links.length === 0 && !/arxiv|doi|10\.\d{4}/i.test(flat.text)) return;
  const span = nodeSpan(paragraph);
  const lines = numberedLines(flat);
  // `>[1] [World Models](…): Ha and Schmidhuber, 2018` then `[2] …`: one paper a line.
  const blocks =
    lines.length < 2
      ? [blockCandidate(flat, builtAgain([paragraph], walk), span, walk)]
      : lines.map(([from, to]) => {
          const range = sourceRange(flat, from, to);
          const lineSpan = range ? walk.locator.spanOf(range.start, range.end) : span;
          const again = builtAgain([paragraph], walk, [from, to]);
          return blockCandidate(sliceFlat(flat, from, to), again, lineSpan, walk);
        });
  keep(
    blocks.filter((c): c is Candidate => c !== undefined),
    walk,
  );
}

/** A reference's number opening a line: `[1]`, `(2)`, `3.`, `4)`. */
const LINE_NUMBER = /^[\s>*_]*(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.)])\s/;

/**
 * The lines of a paragraph that each open with a reference number, as flat ranges (a line without one goes
 * with the line before); none unless at least two do.
 */
function numberedLines(flat: Flat): Array<[number, number]> {
  const starts: number[] = [];
  for (let at = 0; at !== -1 && at < flat.text.length; ) {
    if (LINE_NUMBER.test(flat.text.slice(at, at + 12))) starts.push(at);
    const newline = flat.text.indexOf('\n', at);
    at = newline === -1 ? -1 : newline + 1;
  }
  if (starts.length < 2) return [];
  if (starts[0] !== 0) starts.unshift(0);
  return starts.map((start, i) => {
    let end = i + 1 < starts.length ? starts[i + 1] : flat.text.length;
    while (end > start && /\s/.test(flat.text[end - 1])) end--;
    return [start, end];
  });
}

/** The sentence that holds a title: from the paragraph's start to the first full stop before a capital after it. */
function sentenceOf(text: string, title: TitleRange): string {
  const end = /[.!?]\s+\p{Lu}/u.exec(text.slice(title.to));
  return text.slice(0, end ? title.to + end.index : text.length);
}

/** A paragraph (or a line of one) as a paper: a title that reads like one, and a paper reference. */
function blockCandidate(flat: Flat, again: () => Flat, span: Span, walk: Walk): Candidate | undefined {
  const title = findTitle(flat, 0, flat.text.length, 'item');
  if (!title) return undefined;
  const titleText = flat.text.slice(title.from, title.to);
  // A citation's quoted title may read like prose (`You only look once: …`); a link in a sentence of prose
  // (`The [CNN / Daily Mail dataset](…) as processed by … has been used …`) is a mention, no paper.
  if ((!title.cited && PROSE.test(sentenceOf(flat.text, title))) || titleText.split(/\s+/).length > 30)
    return undefined;
  const c = readCandidate('block', span, flat, flat.text.length, again, walk, title);
  return c.refers && !c.excluded ? c : undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Assembly

function spanOfRange(flat: Flat, from: number, to: number, walk: Walk): Span | undefined {
  const range = sourceRange(flat, from, to);
  return range ? walk.locator.spanOf(range.start, range.end) : undefined;
}

/** A title's text as its entry holds it, line breaks and runs of spaces made single spaces; `` for none. */
function titleText(flat: Flat, range: TitleRange | undefined): string {
  return range ? cleanTitle(flat.text.slice(range.from, range.to)) : '';
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
  const title = titleText(flat, titleRange);
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
  // An arXiv id in prose follows `arxiv`, a DOI starts with `10.`: without either, no need to mask the links.
  const prose = /arxiv|10\./i.test(flat.text) ? maskRanges(flat.text, linkRanges, ' ') : flat.text;
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
    if (!guess) continue;
    const { id, version } = guess;
    const { span } = link.link;
    refs.push(version === undefined ? { id, link: link.link, span } : { id, version, link: link.link, span });
  }
  for (const found of findArxivIdsInText(prose)) {
    const ref: ArxivRef = {
      id: found.id,
      span: spanOfRange(flat, found.index, found.index + found.length, walk) ?? span,
    };
    if (found.version !== undefined) ref.version = found.version;
    refs.push(ref);
  }
  // Of the exact length (after `push`, V8 reserves room for 16): the entry model keeps it.
  return refs.slice();
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
  // A loop: a filter and a flatMap made three arrays per entry for what is, in most entries, none.
  const boundaries: number[] = [];
  for (const piece of flat.pieces) if (piece.kind === 'code') boundaries.push(piece.from, piece.to);
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
