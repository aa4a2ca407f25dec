/**
 * Whether a link's `#fragment` names an anchor of a document, and when it does not, the one anchor it most
 * likely meant: a case difference, a difference of punctuation or emoji only (`#start` for `#-start`), a
 * dropped or stale `-1`, a typo, or a heading renamed with one clear successor.
 */

import type { DocumentAnchors } from '../parse/anchors.js';
import { editDistance } from '../text/title.js';
import { safeDecode } from '../text/url.js';

export type AnchorMatch =
  | { kind: 'found' }
  | { kind: 'case'; anchor: string }
  | { kind: 'near'; anchor: string; heading?: string }
  | { kind: 'missing' };

/** Fragments every page has: the top (`#`, `#top`) and GitHub's line references (`#L10`, `#L10-L20`). */
const ALWAYS = /^(?:top|L\d+(?:C\d+)?(?:-L\d+(?:C\d+)?)?)?$/;
/**
 * Comparisons a document's typo and renamed-heading searches may spend in all: a file with thousands of
 * headings and broken links gets its first suggestions, then plain "missing" findings, never a stall.
 */
const FUZZY_BUDGET = 50_000;

/** Letters and digits only, lower case: what is left when punctuation, emoji and case are set aside. */
const looseKey = (anchor: string) => anchor.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
/** A repeated heading's anchor without its number: `notes-2` → `notes`. */
const baseOf = (anchor: string) => /^(.+)-\d+$/.exec(anchor)?.[1] ?? anchor;
const wordsOf = (slug: string) => new Set(slug.split('-').filter((word) => word !== ''));

/** A document's anchors grouped for near-miss lookups, built once per document. */
interface AnchorIndex {
  byLowerCase: Map<string, string[]>;
  byLooseKey: Map<string, string[]>;
  byBase: Map<string, string[]>;
  looseKeys: Array<{ anchor: string; key: string }>;
  headings: Array<{ slug: string; words: Set<string> }>;
  headingText: Map<string, string>;
  /** Comparisons left for fuzzy searches. */
  budget: number;
}

function group(anchors: Iterable<string>, keyOf: (anchor: string) => string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const anchor of anchors) {
    const key = keyOf(anchor);
    const members = groups.get(key);
    if (members) members.push(anchor);
    else groups.set(key, [anchor]);
  }
  return groups;
}

const indexes = new WeakMap<DocumentAnchors, AnchorIndex>();

function indexOf(document: DocumentAnchors): AnchorIndex {
  let index = indexes.get(document);
  if (!index) {
    index = {
      byLowerCase: group(document.anchors, (anchor) => anchor.toLowerCase()),
      byLooseKey: group(document.anchors, looseKey),
      byBase: group(document.anchors, baseOf),
      looseKeys: [...document.anchors].map((anchor) => ({ anchor, key: looseKey(anchor) })),
      headings: document.headings.map(({ slug }) => ({ slug, words: wordsOf(slug) })),
      headingText: new Map(document.headings.map(({ slug, text }) => [slug, text])),
      budget: FUZZY_BUDGET,
    };
    indexes.set(document, index);
  }
  return index;
}

const only = <T>(values: readonly T[] | undefined): T | undefined =>
  values?.length === 1 ? values[0] : undefined;

/** Spends the budget for a search over `size` candidates; false when it is spent. */
function afford(index: AnchorIndex, size: number): boolean {
  if (index.budget < size) return false;
  index.budget -= size;
  return true;
}

/** A typo: one letter or digit off (two in a longer fragment), punctuation aside. */
function typoOf(key: string, index: AnchorIndex): string | undefined {
  if (key.length < 4 || !afford(index, index.looseKeys.length)) return undefined;
  const allowed = key.length >= 10 ? 2 : 1;
  return only(
    index.looseKeys
      .filter((other) => editDistance(other.key, key, allowed) <= allowed)
      .map(({ anchor }) => anchor),
  );
}

/** Dice coefficient of two sets of words. */
function overlap(left: Set<string>, right: Set<string>): number {
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return (2 * shared) / (left.size + right.size);
}

/**
 * A heading renamed since the link was written: of the headings no other link names, the one whose words
 * overlap the fragment's most, by at least half, and clearly more than the runner-up's.
 */
function successorOf(fragment: string, index: AnchorIndex, linked: ReadonlySet<string>): string | undefined {
  if (!afford(index, index.headings.length)) return undefined;
  const words = wordsOf(fragment.toLowerCase());
  const scored = index.headings
    .filter((heading) => !linked.has(heading.slug))
    .map((heading) => ({ slug: heading.slug, score: overlap(words, heading.words) }))
    .sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best || best.score < 0.5 || (second && best.score - second.score < 0.2)) return undefined;
  return best.slug;
}

/** The anchor meant, with the text of its heading when it is one. */
function near(anchor: string, index: AnchorIndex): AnchorMatch {
  const heading = index.headingText.get(anchor);
  return { kind: 'near', anchor, ...(heading !== undefined && { heading }) };
}

/**
 * Matches a fragment as written (percent-encoded or not) against a document's anchors. `linked` holds the
 * fragments (lower case) other links of the same document already name: a heading they reach was not renamed.
 */
export function matchAnchor(
  written: string,
  document: DocumentAnchors,
  linked: ReadonlySet<string> = new Set(),
): AnchorMatch {
  const fragment = safeDecode(written).replace(/^user-content-/, '');
  if (ALWAYS.test(fragment) || document.anchors.has(fragment)) return { kind: 'found' };
  const index = indexOf(document);
  const sameCase = only(index.byLowerCase.get(fragment.toLowerCase()));
  if (sameCase !== undefined) return { kind: 'case', anchor: sameCase };
  const key = looseKey(fragment);
  const loose = key === '' ? undefined : only(index.byLooseKey.get(key));
  if (loose !== undefined) return near(loose, index);
  // A numbered repeat that lost, gained or changed its number when a heading was added or removed.
  const repeat = only(index.byBase.get(baseOf(fragment)));
  if (repeat !== undefined) return near(repeat, index);
  const meant = typoOf(key, index) ?? successorOf(fragment, index, linked);
  return meant === undefined ? { kind: 'missing' } : near(meant, index);
}
