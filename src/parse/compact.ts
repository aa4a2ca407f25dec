/**
 * Makes a freshly read piece of the tree smaller without changing what it holds. A 20,000-entry list has some
 * 300,000 nodes, each with a position of two points; most of the tree's memory is those points and the
 * `children` arrays, which a reader fills one `push` at a time (V8 then reserves room for 16 nodes where most
 * hold one or two).
 * - Equal points are one object: a paragraph starts where its first text does, a link ends where the next
 *   text starts, an item ends where its last paragraph does. Nothing changes a point in place (positions are
 *   replaced whole where they move), so sharing is invisible to every reader of the tree.
 * - Each `children` array is copied to its exact length.
 */

import type { Nodes, RootContent } from 'mdast';
import type { Point, Span } from '../types.js';

/** Compacts `blocks` in place (see the file's header). */
export function compactTree(blocks: RootContent[]): void {
  compactChildren(blocks, undefined);
}

/** Shares the points of `children` with their parent's (`span`) and with each other, and compacts below. */
function compactChildren(children: readonly Nodes[], span: Span | undefined): void {
  let previous = span?.start;
  for (const node of children) {
    const position = node.position as Span | undefined;
    if (position) {
      if (previous && same(position.start, previous)) position.start = previous;
      if (span && same(position.end, span.end)) position.end = span.end;
      previous = position.end;
    }
    if ('children' in node) {
      const copy = node.children.slice();
      node.children = copy as typeof node.children;
      compactChildren(copy, position);
    }
  }
}

function same(a: Point, b: Point): boolean {
  return a.offset === b.offset && a.column === b.column && a.line === b.line;
}
