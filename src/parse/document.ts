/**
 * The tree of a whole list, read faster than remark alone reads it and equal to parseMarkdown's, positions
 * included. The document is cut before each line that starts a new top-level block whatever came before it:
 * an ATX heading at column 1, or a line at column 1 after a blank line that is no list item (it cannot continue
 * a list, a paragraph or a table), outside fenced code. Pieces of the shapes readBlocks knows are read by it,
 * everything else by remark, and the pieces are joined with their positions moved back. Definitions (`[a]: …`,
 * `[^1]: …`) are read by remark in their pieces; the readers are told what they define, and remark reads them
 * again before every other piece it reads, for its brackets to refer to.
 */

import type { Nodes, Root, RootContent } from 'mdast';
import type { Point } from '../types.js';
import { readBlocks } from './blocks.js';
import { compactTree } from './compact.js';
import type { References } from './inline.js';
import { parseMarkdown } from './markdown.js';

/**
 * A line that starts a top-level block wherever it does not continue a code or HTML block: an ATX heading at
 * column 1, or, after a blank line, anything at column 1 but a list item (which would continue a list).
 */
const BLOCK_LINE = /^#{1,6}(?:[ \t]|$)|(?<=\n[ \t]*\n)(?![ \t\n]|[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))/gm;

/** A line that may be or open a code block (indented or fenced). */
const CODE = /^(?: {4}|\t| {0,3}(?:```|~~~))/m;

/** A line that may open a fenced code block at the top level: its fence and info string. */
const OPENING_FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/gm;

/** Where the pieces of `source` start: 0 and each line that starts a top-level block outside a fenced block. */
export function blockStarts(source: string): number[] {
  const starts = [0];
  const fenced = fencedSpans(source);
  let k = 0;
  for (const { index } of source.matchAll(BLOCK_LINE)) {
    while (k < fenced.length && fenced[k][1] < index) k++;
    if (index > 0 && !(k < fenced.length && fenced[k][0] < index)) starts.push(index);
  }
  return starts;
}

/**
 * The spans of the fenced code blocks that may lie at the top level, from their opening line to the end of
 * their closing one (or of the document): a line in one starts no block. A fence that is in fact in a list item
 * only leaves a piece larger.
 */
function fencedSpans(source: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  OPENING_FENCE.lastIndex = 0;
  for (let match = OPENING_FENCE.exec(source); match; match = OPENING_FENCE.exec(source)) {
    const [line, fence, info] = match;
    if (fence[0] === '`' && info.includes('`')) continue;
    const closing = new RegExp(`^ {0,3}${fence[0]}{${fence.length},}[ \\t]*$`, 'gm');
    closing.lastIndex = match.index + line.length;
    const close = closing.exec(source);
    const end = close ? close.index + close[0].length : source.length;
    spans.push([match.index, end]);
    OPENING_FENCE.lastIndex = end;
  }
  return spans;
}

/** Lines longer than this are refused: no list has one, and a hostile one could make millions of nodes. */
export const MAX_LINE_LENGTH = 10_000_000;

/** The first line longer than MAX_LINE_LENGTH: its number and length, or undefined. */
export function overlongLine(source: string): { line: number; length: number } | undefined {
  let line = 1;
  for (let start = 0; start <= source.length; line++) {
    const newline = source.indexOf('\n', start);
    const end = newline === -1 ? source.length : newline;
    if (end - start > MAX_LINE_LENGTH) return { line, length: end - start };
    if (newline === -1) return undefined;
    start = newline + 1;
  }
  return undefined;
}

/** Text not read yet: where it starts. */
interface Unread {
  offset: number;
  line: number;
  /** It has code in it, after which micromark reads some lists differently: remark reads on. */
  code?: boolean;
}

export function parseDocument(source: string): Root {
  // `\r` changes line ends: remark reads those documents whole.
  if (source.includes('\r')) return parseMarkdown(source);
  const starts = blockStarts(source);
  const definitions = source.includes(']:') ? definitionsIn(source, starts) : undefined;
  // Before an indented first line, the definitions (a footnote's content) would take it in.
  if (definitions === null || (definitions && /^(?:[ \t]*\n)*[ \t]+\S/.test(source)))
    return parseMarkdown(source);
  const root: Root = {
    type: 'root',
    children: [],
    position: { start: { line: 1, column: 1, offset: 0 }, end: endPoint(source) },
  };
  let unread: Unread | undefined;
  let line = 1;
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k];
    if (k > 0) line += newlinesIn(source, starts[k - 1], start);
    const end = starts[k + 1] ?? source.length;
    const simple =
      unread?.code || definitions?.pieces.has(start)
        ? undefined
        : readBlocks(source, start, end, line, definitions);
    if (!simple) {
      unread ??= { offset: start, line, code: false };
      unread.code ||= CODE.test(source.slice(start, end));
      continue;
    }
    if (unread) {
      // Its last block may run on into this heading (an unclosed fence can take the rest of the file):
      // remark reads it all again with everything after it, at most once more.
      if (!readWithRemark(source, unread, start, root, definitions)) break;
      unread = undefined;
    }
    compactTree(simple);
    root.children.push(...simple);
  }
  if (unread) readWithRemark(source, unread, source.length, root, definitions);
  // A definition found in a piece read apart that is none in the whole (a piece cut inside an HTML comment).
  if (definitions && root.children.filter(isDefinition).length !== definitions.count)
    return parseMarkdown(source);
  return root;
}

/** A document's definitions, which every piece may refer to. */
interface Definitions extends References {
  /** Their text, each followed by a blank line: remark reads it before each piece it reads. */
  prefix: string;
  prefixLines: number;
  count: number;
  /** Where the pieces that hold `]:` start: remark reads those. */
  pieces: Set<number>;
}

const isDefinition = (node: Nodes) => node.type === 'definition' || node.type === 'footnoteDefinition';

/**
 * The definitions of the pieces holding `]:`, each piece read by remark; null when one is not at the top level
 * at column 1 (its text could not be read apart as it is), undefined when there are none.
 */
function definitionsIn(source: string, starts: number[]): Definitions | null | undefined {
  const texts: string[] = [];
  const footnotes = new Set<string>();
  const pieces = new Set<number>();
  let links = false;
  for (let k = 0; k < starts.length; k++) {
    const text = source.slice(starts[k], starts[k + 1] ?? source.length);
    if (!text.includes(']:')) continue;
    pieces.add(starts[k]);
    for (const node of parseMarkdown(text).children) {
      if (!isDefinition(node)) {
        if (holdsDefinition(node)) return null;
        continue;
      }
      const { start, end } = node.position!;
      if (start.column !== 1) return null;
      texts.push(text.slice(start.offset, end.offset));
      if (node.type === 'footnoteDefinition') footnotes.add(node.identifier);
      else links = true;
    }
  }
  if (texts.length === 0) return undefined;
  const prefix = texts.map((text) => `${text}\n\n`).join('');
  return {
    prefix,
    prefixLines: newlinesIn(prefix, 0, prefix.length),
    count: texts.length,
    footnotes,
    links,
    pieces,
  };
}

function holdsDefinition(node: Nodes): boolean {
  return 'children' in node && node.children.some((child) => isDefinition(child) || holdsDefinition(child));
}

/**
 * Reads `from`–`end` with remark and appends its blocks to `root`. When `end` is a heading line that the
 * last block could still take in (a fenced code or HTML block not closed by a blank line), nothing is appended
 * and false is returned: it must be read together with what follows, from `from` (the only place where what
 * precedes cannot change the reading: a list cut from the paragraph it interrupts is read differently).
 */
function readWithRemark(
  source: string,
  from: Unread,
  end: number,
  root: Root,
  definitions?: Definitions,
): boolean {
  // The document's definitions come first, for the piece's brackets to refer to; their nodes are left out.
  const prefix = definitions?.prefix ?? '';
  const text = prefix + source.slice(from.offset, end);
  const tree = parseMarkdown(text);
  const blocks = tree.children.filter((block) => block.position!.start.offset! >= prefix.length);
  const last = blocks.at(-1);
  if (end < source.length && last && mayRunOn(last, text)) return false;
  const lines = from.line - 1 - (definitions?.prefixLines ?? 0);
  for (const block of blocks) shift(block, lines, from.offset - prefix.length);
  root.children.push(...blocks);
  // remark-gfm marks the root `checked` when a paragraph right in it starts with a task checkbox ('-\n[x] a').
  if ('checked' in tree) Object.assign(root, { checked: tree.checked });
  return true;
}

/** A block whose last leaf block is code or HTML (inline HTML is no block), with no blank line after it. */
function mayRunOn(block: RootContent, text: string): boolean {
  let node: Nodes | undefined = block;
  while (node && (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote'))
    node = node.children.at(-1);
  if (node?.type !== 'code' && node?.type !== 'html') return false;
  return !/\n[ \t]*\n/.test(text.slice(node.position!.end.offset!));
}

/** Moves a tree read from a text that starts at a line start by `lines` and `offset`. */
function shift(node: Nodes, lines: number, offset: number): void {
  // Nodes made by GFM's autolink transform can lack a position.
  if (node.position)
    node.position = {
      start: moved(node.position.start as Point, lines, offset),
      end: moved(node.position.end as Point, lines, offset),
    };
  if ('children' in node) for (const child of node.children) shift(child, lines, offset);
}

function moved(point: Point, lines: number, offset: number): Point {
  return { line: point.line + lines, column: point.column, offset: point.offset + offset };
}

function newlinesIn(source: string, from: number, to: number): number {
  let count = 0;
  for (let i = source.indexOf('\n', from); i !== -1 && i < to; i = source.indexOf('\n', i + 1)) count++;
  return count;
}

/** Where remark's root ends: after the last character. */
function endPoint(source: string): Point {
  const lastNewline = source.lastIndexOf('\n');
  return {
    line: newlinesIn(source, 0, source.length) + 1,
    column: source.length - lastNewline,
    offset: source.length,
  };
}
