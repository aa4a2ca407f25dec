/**
 * Whether a link's `#fragment` names an anchor of a document, and when it does not, the one anchor it most
 * likely meant: a case difference, a difference of punctuation or emoji only (`#start` for `#-start`), a
 * dropped or stale `-1`, or a heading renamed with one clear successor.
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

/** Letters and digits only, lower case: what is left when punctuation, emoji and case are set aside. */
const looseKey = (anchor: string) => anchor.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

const tokens = (slug: string) => new Set(slug.split('-').filter((token) => token !== ''));

/** Dice coefficient of two slugs' words. */
function wordOverlap(a: string, b: string): number {
  const left = tokens(a);
  const right = tokens(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const token of left) if (right.has(token)) shared++;
  return (2 * shared) / (left.size + right.size);
}

const only = <T>(values: T[]): T | undefined => (values.length === 1 ? values[0] : undefined);

/** A typo: one letter or digit off (two in a longer fragment), punctuation aside. */
function typoOf(key: string, anchors: readonly string[]): string | undefined {
  if (key.length < 4) return undefined;
  const allowed = key.length >= 10 ? 2 : 1;
  return only(anchors.filter((anchor) => editDistance(looseKey(anchor), key, allowed) <= allowed));
}

/**
 * A heading renamed since the link was written: of the headings no other link names, the one whose words
 * overlap the fragment's most, by at least half, and clearly more than the runner-up's.
 */
function successorOf(
  fragment: string,
  document: DocumentAnchors,
  linked: ReadonlySet<string>,
): string | undefined {
  const scored = document.headings
    .filter((heading) => !linked.has(heading.slug))
    .map((heading) => ({ heading, score: wordOverlap(fragment.toLowerCase(), heading.slug) }))
    .sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best || best.score < 0.5 || (second && best.score - second.score < 0.2)) return undefined;
  return best.heading.slug;
}

/** The anchor meant, with the text of its heading when it is one. */
function near(anchor: string, document: DocumentAnchors): AnchorMatch {
  const heading = document.headings.find((candidate) => candidate.slug === anchor);
  return { kind: 'near', anchor, ...(heading && { heading: heading.text }) };
}

/**
 * Matches a fragment as written (percent-encoded or not) against a document's anchors. `linked` holds the
 * fragments other links of the same document already name: a heading they reach was not renamed.
 */
export function matchAnchor(
  written: string,
  document: DocumentAnchors,
  linked: ReadonlySet<string> = new Set(),
): AnchorMatch {
  const fragment = safeDecode(written).replace(/^user-content-/, '');
  if (ALWAYS.test(fragment) || document.anchors.has(fragment)) return { kind: 'found' };
  const anchors = [...document.anchors];
  const sameCase = only(anchors.filter((anchor) => anchor.toLowerCase() === fragment.toLowerCase()));
  if (sameCase !== undefined) return { kind: 'case', anchor: sameCase };
  const key = looseKey(fragment);
  const loose = key === '' ? undefined : only(anchors.filter((anchor) => looseKey(anchor) === key));
  if (loose !== undefined) return near(loose, document);
  // A numbered repeat that lost, gained or changed its number when a heading was added or removed.
  const base = /^(.+)-\d+$/.exec(fragment)?.[1] ?? fragment;
  const repeat = only(
    anchors.filter(
      (anchor) =>
        anchor === base || (anchor.startsWith(`${base}-`) && /^\d+$/.test(anchor.slice(base.length + 1))),
    ),
  );
  if (repeat !== undefined) return near(repeat, document);
  const typo = typoOf(key, anchors);
  if (typo !== undefined) return near(typo, document);
  const successor = successorOf(fragment, document, linked);
  return successor === undefined ? { kind: 'missing' } : near(successor, document);
}
