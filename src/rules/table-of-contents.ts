/**
 * Sections a table of contents leaves out, where it clearly means to list every one: a list of anchor links
 * that lists every other heading of the same level between its first and last entry, under the same
 * parents. Trailing sections (Contributing, License) and partial tables say nothing.
 */

import type { AnchorItem, DocumentAnchors, HeadingAnchor } from '../parse/anchors.js';
import { safeDecode } from '../text/url.js';
import type { Fix, Point } from '../types.js';
import { matchAnchor } from './anchor-match.js';

export interface MissingSection {
  heading: HeadingAnchor;
  /** The table's entry for it, as the table writes its others (`- [Title](#title)`). */
  entry: string;
  /** Where it goes: after the entry of the section before it, or before the one after it. */
  at: Point;
  /** The insertion; absent for a numbered table, whose numbers would need to move too. */
  fix?: Fix;
}

/** At most this share of the sections a table should list may be missing: more, and it lists a selection. */
const MAX_MISSING_SHARE = 0.2;

/** Each heading's parent: the nearest heading above it of a smaller depth (-1 for none), in one pass. */
function parentsOf(headings: readonly HeadingAnchor[]): number[] {
  const open: number[] = [];
  return headings.map((heading, index) => {
    while (open.length > 0 && headings[open[open.length - 1]].depth >= heading.depth) open.pop();
    const parent = open.length > 0 ? open[open.length - 1] : -1;
    open.push(index);
    return parent;
  });
}

const escapeLabel = (text: string) => text.replace(/[\\[\]]/g, '\\$&');

function missingFrom(
  items: readonly AnchorItem[],
  document: DocumentAnchors,
  source: string,
): MissingSection[] {
  const { headings } = document;
  const slugs = new Map(headings.map((heading, index) => [heading.slug, index]));
  const tableEnd = items.at(-1)?.itemSpan.end.offset ?? 0;
  const listed = new Map<number, AnchorItem>();
  for (const item of items) {
    // An entry whose link is broken still lists its section: the link's own finding says how to mend it.
    const match = matchAnchor(item.fragment, document);
    // One that names nothing may be meant for any section: its own finding comes first.
    if (match.kind === 'missing') return [];
    const index = slugs.get(match.kind === 'found' ? safeDecode(item.fragment) : match.anchor);
    if (index !== undefined && headings[index].span.start.offset > tableEnd) listed.set(index, item);
  }
  // A table of this document's sections: most of its entries name a heading below it.
  if (listed.size < 3 || listed.size < 0.8 * items.length) return [];
  const indices = [...listed.keys()].sort((a, b) => a - b);
  const depths = new Set(indices.map((index) => headings[index].depth));
  const top = Math.min(...depths);
  const parents = parentsOf(headings);
  // The listed headings of each parent and depth, in document order.
  const familyOf = (index: number) => `${parents[index]} ${headings[index].depth}`;
  const listedFamilies = new Map<string, number[]>();
  for (const index of indices) {
    const family = listedFamilies.get(familyOf(index));
    if (family) family.push(index);
    else listedFamilies.set(familyOf(index), [index]);
  }
  const familyListed = (index: number) => listedFamilies.get(familyOf(index)) ?? [];
  const wanted: number[] = [];
  for (let index = indices[0]; index <= indices[indices.length - 1]; index++) {
    const { depth } = headings[index];
    if (!depths.has(depth)) continue;
    // A subsection counts where the table lists its parent and some of its siblings.
    const siblings = familyListed(index).length - (listed.has(index) ? 1 : 0);
    if (depth > top && !(listed.has(parents[index]) && siblings > 0)) continue;
    wanted.push(index);
  }
  const missing = wanted.filter((index) => !listed.has(index));
  if (missing.length === 0 || missing.length > MAX_MISSING_SHARE * wanted.length) return [];
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  return missing.flatMap((index) => {
    const heading = headings[index];
    const siblings = familyListed(index);
    const before = siblings.filter((k) => k < index).at(-1);
    const after = siblings.find((k) => k > index);
    const model = listed.get(before ?? after ?? -1);
    if (!model) return [];
    const entry = `${model.prefix}[${escapeLabel(heading.text)}](#${heading.slug})`;
    const at: Point =
      before !== undefined
        ? model.itemSpan.end
        : {
            line: model.span.start.line,
            column: 1,
            offset: model.span.start.offset - model.prefix.length,
          };
    const replacement = before !== undefined ? `${eol}${entry}` : `${entry}${eol}`;
    const fix = model.ordered ? undefined : { start: at.offset, end: at.offset, replacement };
    return [{ heading, entry: entry.trim(), at, ...(fix && { fix }) }];
  });
}

/** The sections each table of contents of the document leaves out (see the module's comment). */
export function sectionsMissingFromContents(document: DocumentAnchors, source: string): MissingSection[] {
  return document.anchorLists.flatMap((items) => missingFrom(items, document, source));
}
