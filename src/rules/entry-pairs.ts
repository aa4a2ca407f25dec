/**
 * Which entries name the same paper: shared by `duplicate-entry` and `conflicting-link`.
 *
 * Every entry gets identity keys: its arXiv ids (any URL form, any version), its DOIs, the normalised
 * URLs of its paper links, and its normalised title. Entries are grouped by key in one pass over the
 * list (maps, so a 20,000-entry list stays linear). An entry that shares a key with an earlier entry is
 * paired with it, and the pair is classified by comparing the two titles:
 * - titles `same` or `near` (or one of them empty) → the same paper listed twice: `duplicate-entry`
 *   (`same` only, when the shared link does not name both entries' own papers);
 * - titles clearly `different` under a shared arXiv id, DOI or paper URL → one entry links the wrong
 *   paper: `conflicting-link` (and not a duplicate).
 * Code repositories, project pages and other links that several papers may share are not keys, except
 * the link on the entry's own title (`- [ruff](https://github.com/astral-sh/ruff) - …`), which names
 * the entry in awesome lists; such a link only ever yields duplicates, never conflicts. A page that
 * three or more differently titled entries link (a conference programme) lists papers: not a key.
 */

import { isArxivHost } from '../arxiv/id.js';
import { compareTitles, hasWords, normalizeTitle, type TitleComparison } from '../text/title.js';
import { httpHostOf, isPaperPageHost, normalizeUrl } from '../text/url.js';
import type { ArxivRef, Entry, Link, PaperList } from '../types.js';

export type KeyKind = 'arxiv' | 'doi' | 'url' | 'title';

export interface EntryKey {
  kind: KeyKind;
  /** The comparable value: arXiv id, lower-cased DOI, normalised URL or normalised title. */
  value: string;
  /**
   * Whether the key names the entry's own paper, so that another title under it is a conflict. False for
   * title links to code hosts and blogs, and for arXiv/DOI links that cite another work
   * (`[GPT3](https://arxiv.org/abs/2005.14165)-like models`): those only ever find duplicates.
   */
  identifiesPaper: boolean;
}

export type PairRelation = 'duplicate' | 'conflict';

export interface EntryPair {
  relation: PairRelation;
  /** The later entry, where the finding is reported. */
  entry: Entry;
  /** The earlier entry it duplicates or conflicts with. */
  other: Entry;
  key: EntryKey;
  titles: TitleComparison;
}

const PAPER_LABELS = 'paper|papers|pdf|article|full ?(paper|text)|publication|preprint';
/** Labels of links that point at the paper itself rather than at code, slides or a project page. */
const PAPER_LABEL = new RegExp(`^(${PAPER_LABELS})$`);
/** Labels that an arXiv or DOI link carries when it is the entry's own paper. */
const ID_LABEL = new RegExp(
  `^(${PAPER_LABELS}|links?|arxiv|abs|abstract|doi|acm|ieee|openreview|springer|acl|proceedings)$`,
);

/** Hosts of code, models, videos and social posts: shared by several entries without naming a paper. */
const SHARED_HOST =
  /(^|\.)(github\.com|github\.io|gitlab\.com|bitbucket\.org|huggingface\.co|youtube\.com|youtu\.be|twitter\.com|x\.com|colab\.research\.google\.com|paperswithcode\.com|zenodo\.org|kaggle\.com|medium\.com|gitee\.com)$/;

/** Whether a link carries one of the entry's arXiv ids or DOIs, which are its keys already. */
function carriesId(entry: Entry, link: Link): boolean {
  for (const ref of entry.arxiv) if (ref.link === link) return true;
  for (const ref of entry.dois) if (ref.link === link) return true;
  return false;
}

function urlKey(entry: Entry, title: string, link: Link): EntryKey | undefined {
  if (carriesId(entry, link)) return undefined;
  const host = httpHostOf(link.url);
  // arXiv pages are keyed by their ids, or name no one paper (`/list/cs.CL`).
  if (host === undefined || isArxivHost(host)) return undefined;
  const label = normalizeTitle(link.label);
  const titleLink = entry.title !== '' && label === title;
  let identifiesPaper: boolean | undefined;
  if (SHARED_HOST.test(host)) identifiesPaper = titleLink ? false : undefined;
  else if (isPaperPageHost(host) || PAPER_LABEL.test(label)) identifiesPaper = true;
  else if (titleLink) identifiesPaper = false;
  if (identifiesPaper === undefined) return undefined;
  const value = normalizeUrl(link.url);
  // A site's home page (`https://openai.com/`) is shared by everything from that site.
  return value.includes('/') ? { kind: 'url', value, identifiesPaper } : undefined;
}

function mapKeyOf(key: EntryKey): string {
  return `${key.kind}\u0000${key.value}`;
}

/**
 * A title of a word or two (`ruff`, `Deep learning`: a book and a review article) is too weak to call two
 * entries one paper on its own.
 */
const MIN_TITLE_KEY_LENGTH = 12;
const MIN_TITLE_KEY_WORDS = 3;

/**
 * Whether an arXiv or DOI link names the entry's own paper: a `[paper]`-like label, the title (or a
 * bare URL) as label. `[GPT3](https://arxiv.org/abs/2005.14165)-like models` cites another paper.
 */
function namesOwnPaper(entry: Entry, link: Link | undefined): boolean {
  if (link === undefined || entry.title.trim() === '' || link.label === link.url) return true;
  return (
    ID_LABEL.test(normalizeTitle(link.label)) || compareTitles(link.label, entry.title).match !== 'different'
  );
}

/** Keys by `mapKeyOf`, in the order they were found. */
type Keys = Map<string, EntryKey>;

function addKey(keys: Keys, key: EntryKey | undefined): void {
  if (key === undefined) return;
  const mapKey = mapKeyOf(key);
  const known = keys.get(mapKey);
  // Cited elsewhere in the entry and linked as its paper: the stronger reading wins.
  if (known) known.identifiesPaper ||= key.identifiesPaper;
  else keys.set(mapKey, key);
}

/** The identity keys of an entry by `mapKeyOf`, strongest first, without repeats. */
function keysOf(entry: Entry): Keys {
  const keys: Keys = new Map();
  for (const ref of entry.arxiv) {
    addKey(keys, { kind: 'arxiv', value: ref.id, identifiesPaper: namesOwnPaper(entry, ref.link) });
  }
  for (const ref of entry.dois) {
    addKey(keys, {
      kind: 'doi',
      value: ref.doi.toLowerCase(),
      identifiesPaper: namesOwnPaper(entry, ref.link),
    });
  }
  const title = normalizeTitle(entry.title);
  for (const link of entry.links) addKey(keys, urlKey(entry, title, link));
  if (title.length >= MIN_TITLE_KEY_LENGTH && hasWords(title, MIN_TITLE_KEY_WORDS)) {
    addKey(keys, { kind: 'title', value: title, identifiesPaper: true });
  }
  return keys;
}

/** The identity keys of an entry, strongest first, without repeats. */
export function entryKeys(entry: Entry): EntryKey[] {
  return [...keysOf(entry).values()];
}

/** `GPT-4`, `GPT 4` and `gpt4` are one name; `ISS` and `ISS++`, `Mamba` and `Mamba-2` are not. */
function foldShortName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{Pd}_.]/gu, '');
}

/**
 * Whether two entries carry different short names (`ISS: Image as Stepping Stone …` and `ISS++: Image as
 * Stepping Stone …`): different papers, however alike the rest of their titles (title normalisation drops the
 * `++`).
 */
function distinctShortNames(a: Entry, b: Entry): boolean {
  return (
    a.shortName !== undefined &&
    b.shortName !== undefined &&
    foldShortName(a.shortName) !== foldShortName(b.shortName)
  );
}

/**
 * Title comparison that treats a missing title as unknown rather than different, and a name (`MoCo`,
 * `Llama 3.1`) as unable to refute another title: the name of a paper and its full title share few words.
 */
function compareEntryTitles(a: Entry, b: Entry): TitleComparison {
  if (a.title.trim() === '' || b.title.trim() === '') return { match: 'near', score: 0 };
  const titles = compareTitles(a.title, b.title);
  if (titles.match === 'different' && (a.titleKind === 'name' || b.titleKind === 'name')) {
    return { ...titles, match: 'near' };
  }
  return titles;
}

/**
 * Two table rows that name different methods (`M-DYR-H`, `M-DYR-S`; `ABS`, `ABS+`) and cite one paper: a
 * benchmark lists each variant the paper describes. The rows are no duplicates; a row citing another paper's
 * link under its own title is still a conflict, since its title differs.
 */
function variantRows(a: Entry, b: Entry): boolean {
  return (
    a.kind === 'table' &&
    b.kind === 'table' &&
    distinctShortNames(a, b) &&
    normalizeTitle(a.title) === normalizeTitle(b.title)
  );
}

/** Whether two entries sit under the same headings. */
export function inSameSection(a: Entry, b: Entry): boolean {
  if (a.section.length !== b.section.length) return false;
  for (let i = 0; i < a.section.length; i++) if (a.section[i] !== b.section[i]) return false;
  return true;
}

/** Earlier entries kept per key; a key shared by more entries than this is not an identity. */
const MAX_GROUP = 64;
/** A page linked by this many differently titled entries lists papers (a program, a blog index). */
const LISTING_TITLES = 3;

/** URL keys that several differently titled entries share: listing pages, not papers. */
function listingPages(entries: readonly Entry[], keys: readonly Keys[]): Set<string> {
  const titles = new Map<string, Set<string>>();
  const listings = new Set<string>();
  for (let i = 0; i < entries.length; i++) {
    for (const [mapKey, key] of keys[i]) {
      if (key.kind !== 'url') continue;
      let seen = titles.get(mapKey);
      if (seen === undefined) {
        seen = new Set<string>();
        titles.set(mapKey, seen);
      }
      if (seen.size < LISTING_TITLES) seen.add(normalizeTitle(entries[i].title));
      if (seen.size >= LISTING_TITLES) listings.add(mapKey);
    }
  }
  return listings;
}

interface Member {
  entry: Entry;
  /** Whether the key names this entry's own paper (see `EntryKey.identifiesPaper`). */
  identifies: boolean;
}

/**
 * Pairs every entry with the earlier entries it shares a key with, in document order: at most one
 * duplicate (the first key, strongest first, whose earlier entry has a matching title; an earlier copy in
 * the entry's own section before one elsewhere) and at most one conflict per earlier entry, when the key
 * names both entries' own papers.
 */
export function pairEntries(entries: readonly Entry[]): EntryPair[] {
  const keys = entries.map(keysOf);
  const listings = listingPages(entries, keys);
  const groups = new Map<string, Member[]>();
  const pairs: EntryPair[] = [];
  entries.forEach((entry, i) => {
    let duplicateFound = false;
    const conflictsWith = new Set<Entry>();
    for (const [mapKey, key] of keys[i]) {
      if (listings.has(mapKey)) continue;
      let earlier = groups.get(mapKey);
      if (earlier === undefined) {
        earlier = [];
        groups.set(mapKey, earlier);
      }
      let copy: { other: Entry; titles: TitleComparison } | undefined;
      let firstDifferent: { other: Entry; titles: TitleComparison } | undefined;
      for (const member of earlier) {
        if (variantRows(entry, member.entry)) continue;
        const titles = compareEntryTitles(entry, member.entry);
        // A link that does not name both papers, or a title, only confirms a duplicate whose titles agree.
        const strong = key.identifiesPaper && member.identifies && key.kind !== 'title';
        const agree = strong
          ? titles.match !== 'different'
          : titles.match === 'same' && !distinctShortNames(entry, member.entry);
        if (agree) {
          // A copy in the entry's own section is the one to report: that is the error.
          const sameSection = inSameSection(entry, member.entry);
          if (copy === undefined || sameSection) copy = { other: member.entry, titles };
          if (sameSection) break;
        } else if (member.identifies) firstDifferent ??= { other: member.entry, titles };
      }
      if (copy) {
        if (!duplicateFound) pairs.push({ relation: 'duplicate', entry, key, ...copy });
        duplicateFound = true;
      } else if (
        firstDifferent &&
        key.identifiesPaper &&
        key.kind !== 'title' &&
        !conflictsWith.has(firstDifferent.other)
      ) {
        conflictsWith.add(firstDifferent.other);
        pairs.push({ relation: 'conflict', entry, key, ...firstDifferent });
      }
      if (earlier.length < MAX_GROUP) earlier.push({ entry, identifies: key.identifiesPaper });
    }
  });
  return pairs;
}

const pairsCache = new WeakMap<PaperList, EntryPair[]>();

/** The pairs of a list, computed once for both rules that read them. */
export function entryPairsOf(list: PaperList): EntryPair[] {
  let pairs = pairsCache.get(list);
  if (!pairs) {
    pairs = pairEntries(list.entries);
    pairsCache.set(list, pairs);
  }
  return pairs;
}

const KEY_NAMES: Record<KeyKind, string> = { arxiv: 'arXiv id', doi: 'DOI', url: 'URL', title: 'title' };

/** `arXiv id 2305.11700`, `DOI 10.1145/…`, `URL example.com/a`, `title`. */
export function describeKey(key: EntryKey): string {
  return key.kind === 'title' ? KEY_NAMES.title : `${KEY_NAMES[key.kind]} ${key.value}`;
}

/**
 * A link that stands for the entry's paper itself: a bare URL, a badge, a `[paper]`-like label or the title.
 * Stricter than `namesOwnPaper`: `[(Part 2)](…)` or `[v2](…)` beside a title names another paper of a series.
 */
function isOwnPaperLink(entry: Entry, link: Link): boolean {
  const label = normalizeTitle(link.label);
  return (
    link.label === link.url ||
    label === '' ||
    ID_LABEL.test(label) ||
    compareTitles(link.label, entry.title).match === 'same'
  );
}

/** An entry whose own paper links carry two different arXiv ids (a title link and a badge): one is wrong. */
export interface IdClash {
  entry: Entry;
  first: ArxivRef;
  second: ArxivRef;
}

const clashCache = new WeakMap<PaperList, IdClash[]>();

/**
 * Entries whose own arXiv links (the title, a `[paper]` or `arXiv` label or badge, a bare URL) name two
 * different ids, unless another entry already shares one of them (a conflict between entries says more).
 */
export function idClashesOf(list: PaperList): IdClash[] {
  let clashes = clashCache.get(list);
  if (clashes) return clashes;
  const conflicting = new Set<Entry>();
  for (const pair of entryPairsOf(list)) {
    if (pair.relation === 'conflict' && pair.key.kind === 'arxiv')
      conflicting.add(pair.entry).add(pair.other);
  }
  clashes = [];
  for (const entry of list.entries) {
    if (entry.arxiv.length < 2 || conflicting.has(entry)) continue;
    const own = entry.arxiv.filter((ref) => ref.link && isOwnPaperLink(entry, ref.link));
    const second = own.find((ref) => ref.id !== own[0].id);
    if (second) clashes.push({ entry, first: own[0], second });
  }
  clashCache.set(list, clashes);
  return clashes;
}

/**
 * Entries whose arXiv link is itself in doubt: it conflicts with another entry's title, or the entry links two
 * different ids. A fix that trusts such a link (a date rewritten to its month) could make a right text wrong.
 */
export function doubtfulArxivEntries(list: PaperList): Set<Entry> {
  const doubtful = new Set<Entry>(idClashesOf(list).map((clash) => clash.entry));
  for (const pair of entryPairsOf(list)) {
    if (pair.relation === 'conflict' && pair.key.kind === 'arxiv') doubtful.add(pair.entry).add(pair.other);
  }
  return doubtful;
}
