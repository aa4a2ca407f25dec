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
import { type TitleComparison } from '../text/title.js';
import type { ArxivRef, Entry, PaperList } from '../types.js';
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
/** The identity keys of an entry, strongest first, without repeats. */
export declare function entryKeys(entry: Entry): EntryKey[];
/** Whether two entries sit under the same headings. */
export declare function inSameSection(a: Entry, b: Entry): boolean;
/**
 * Pairs every entry with the earlier entries it shares a key with, in document order: at most one
 * duplicate (the first key, strongest first, whose earlier entry has a matching title; an earlier copy in
 * the entry's own section before one elsewhere) and at most one conflict per earlier entry, when the key
 * names both entries' own papers.
 */
export declare function pairEntries(entries: readonly Entry[]): EntryPair[];
/** The pairs of a list, computed once for both rules that read them. */
export declare function entryPairsOf(list: PaperList): EntryPair[];
/** `arXiv id 2305.11700`, `DOI 10.1145/…`, `URL example.com/a`, `title`. */
export declare function describeKey(key: EntryKey): string;
/** An entry whose own paper links carry two different arXiv ids (a title link and a badge): one is wrong. */
export interface IdClash {
    entry: Entry;
    first: ArxivRef;
    second: ArxivRef;
}
/**
 * Entries whose own arXiv links (the title, a `[paper]` or `arXiv` label or badge, a bare URL) name two
 * different ids, unless another entry already shares one of them (a conflict between entries says more).
 */
export declare function idClashesOf(list: PaperList): IdClash[];
/**
 * Entries whose arXiv link is itself in doubt: it conflicts with another entry's title, or the entry links two
 * different ids. A fix that trusts such a link (a date rewritten to its month) could make a right text wrong.
 */
export declare function doubtfulArxivEntries(list: PaperList): Set<Entry>;
