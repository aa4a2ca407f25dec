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
import type { RootContent } from 'mdast';
/** Compacts `blocks` in place (see the file's header). */
export declare function compactTree(blocks: RootContent[]): void;
