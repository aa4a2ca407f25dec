/** Positions in the source text: mdast gives nodes theirs; offsets found inside text need line and column. */

import type { Node } from 'unist';
import type { Point, Span } from '../types.js';

export interface Locator {
  source: string;
  /** Line, column and offset of a 0-based offset. */
  pointAt(offset: number): Point;
  spanOf(start: number, end: number): Span;
}

/**
 * Indexes line starts once (O(n)) so that each lookup is a binary search. A line ends at `\r\n`, `\n` or a
 * lone `\r`, as in CommonMark and remark, so that positions found in text agree with the tree's.
 */
export function createLocator(source: string): Locator {
  const lineStarts = [0];
  for (const ending of source.matchAll(/\r\n?|\n/g)) lineStarts.push(ending.index + ending[0].length);
  const pointAt = (offset: number): Point => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low] + 1, offset };
  };
  return { source, pointAt, spanOf: (start, end) => ({ start: pointAt(start), end: pointAt(end) }) };
}

/**
 * The node's span as mdast gives it: its own position when that has offsets (nothing changes a position in
 * place, so the entry model shares it with the tree instead of holding a copy).
 */
export function nodeSpan(node: Node): Span {
  const position = node.position;
  if (position?.start.offset !== undefined && position.end.offset !== undefined) return position as Span;
  const origin = { line: 1, column: 1, offset: 0 };
  const { start, end } = position ?? { start: origin, end: origin };
  return {
    start: { line: start.line, column: start.column, offset: start.offset ?? 0 },
    end: { line: end.line, column: end.column, offset: end.offset ?? 0 },
  };
}

export function startOffset(node: Node): number {
  return node.position?.start.offset ?? 0;
}

export function endOffset(node: Node): number {
  return node.position?.end.offset ?? 0;
}
