/**
 * The plain text of an entry, flattened once from its mdast nodes, with a map back to source offsets and the
 * links it holds. Titles, dates and ids are found in this text; the map turns what they match into spans.
 */

import type { Definition, Nodes, PhrasingContent } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import type { Link } from '../types.js';
import { anchorHref } from './html.js';
import { endOffset, type Locator, nodeSpan, startOffset } from './source.js';

export type PieceKind = 'text' | 'code' | 'break' | 'separator';

/** A run of flat text that came from one node. */
export interface Piece {
  from: number;
  to: number;
  /** Source offsets of the node; when `exact`, flat index `from + i` is source offset `start + i`. */
  start: number;
  end: number;
  exact: boolean;
  kind: PieceKind;
  /** Inside bold, italic or strike-through. */
  emphasis: boolean;
  /** Index into `links` when the piece is (part of) a link label, else -1. */
  link: number;
}

export interface FlatLink {
  link: Link;
  /** The label's range in the flat text. */
  from: number;
  to: number;
}

export interface Flat {
  text: string;
  pieces: Piece[];
  links: FlatLink[];
}

/** Resolves `[label][ref]` references; definitions are collected only when a reference is met. */
export type DefinitionLookup = (identifier: string) => Definition | undefined;

/** Builds one flat text from phrasing and flow nodes, in document order. */
export class FlatBuilder {
  private parts: string[] = [];
  private length = 0;
  private pieces: Piece[] = [];
  private links: FlatLink[] = [];
  /** The innermost block with a position: nodes made by GFM's literal autolinking may have none. */
  private block: Nodes | undefined;

  constructor(
    private readonly locator: Locator,
    private readonly definitions: DefinitionLookup,
  ) {}

  /** Adds text that is not in the source (a cell or paragraph separator). */
  separator(text: string): void {
    if (this.length === 0) return;
    this.push(text, -1, -1, false, 'separator', false, -1);
  }

  /** Adds a flow node (paragraph, list, table, blockquote…) and everything inside it. */
  flow(node: Nodes): void {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'tableCell':
        this.block = node;
        this.phrasing(node.children, false, -1);
        this.separator('\n');
        return;
      case 'list':
      case 'listItem':
      case 'blockquote':
      case 'table':
      case 'tableRow':
        for (const child of node.children) this.flow(child);
        return;
      default:
        return;
    }
  }

  /** Adds inline content; `block` is the paragraph or cell holding it. */
  phrasing(nodes: readonly PhrasingContent[], emphasis: boolean, link: number, block?: Nodes): void {
    if (block) this.block = block;
    for (let i = 0; i < nodes.length; i++) {
      const close = link === -1 ? this.inlineAnchor(nodes, i, emphasis) : -1;
      if (close !== -1) i = close;
      else this.inline(nodes[i], emphasis, link);
    }
  }

  /**
   * `<a href="…">Title</a>` written inline (`- <a href="https://arxiv.org/abs/…">Title</a>, 2015`): the tags
   * are two html nodes around the label. Returns the index of the closing tag, or -1 when `nodes[i]` opens none.
   */
  private inlineAnchor(nodes: readonly PhrasingContent[], i: number, emphasis: boolean): number {
    const open = nodes[i];
    if (open.type !== 'html' || !/^<a\s[^>]*\bhref\s*=/i.test(open.value) || !open.position) return -1;
    let close = i + 1;
    while (
      close < nodes.length &&
      !(nodes[close].type === 'html' && /^<\/a\s*>$/i.test((nodes[close] as { value: string }).value))
    )
      close++;
    const href = anchorHref(open.value);
    if (close >= nodes.length || href === undefined || !nodes[close].position) return -1;
    const children = nodes.slice(i + 1, close);
    const start = startOffset(open);
    const link: Link = {
      label: mdastToString({ type: 'paragraph', children }).trim(),
      url: href,
      span: this.locator.spanOf(start, endOffset(nodes[close])),
    };
    const at = open.value.indexOf(href);
    if (at !== -1) link.urlSpan = this.locator.spanOf(start + at, start + at + href.length);
    const index = this.openLink(link);
    this.phrasing(children, emphasis, index);
    this.closeLink(index);
    return close;
  }

  /** Starts a link whose label the next pieces make (`closeLink` ends it); returns its index. */
  openLink(link: Link): number {
    this.links.push({ link, from: this.length, to: this.length });
    return this.links.length - 1;
  }

  closeLink(index: number): void {
    this.links[index].to = this.length;
  }

  /**
   * Text read from raw HTML at source `[start, end)` (a table cell's words, a link's label): exact when the
   * source holds it verbatim, not when entities (`&amp;`) or collapsed white space changed it.
   */
  htmlText(
    value: string,
    start: number,
    end: number,
    kind: 'text' | 'code' | 'break',
    emphasis: boolean,
    link: number,
  ): void {
    const exact = end - start === value.length && this.locator.source.slice(start, end) === value;
    this.push(value, start, end, exact, kind, emphasis, link);
  }

  private inline(node: PhrasingContent, emphasis: boolean, link: number): void {
    switch (node.type) {
      case 'text': {
        // Parts split off by GFM's autolink literals have no position: look for them in their block.
        const holder = node.position ? node : this.block;
        const start = holder?.position ? startOffset(holder) : -1;
        const end = holder?.position ? endOffset(holder) : -1;
        this.text(node.value, start, end, holder === node, emphasis, link);
        return;
      }
      case 'inlineCode': {
        const start = startOffset(node);
        const at = this.locator.source.slice(start, endOffset(node)).indexOf(node.value);
        if (at === -1) this.push(node.value, start, endOffset(node), false, 'code', emphasis, link);
        else this.push(node.value, start + at, start + at + node.value.length, true, 'code', emphasis, link);
        return;
      }
      case 'break':
        this.push('\n', startOffset(node), endOffset(node), false, 'break', emphasis, link);
        return;
      case 'html':
        if (/^<br\s*\/?>$/i.test(node.value)) {
          this.push('\n', startOffset(node), endOffset(node), false, 'break', emphasis, link);
        }
        return;
      case 'emphasis':
      case 'strong':
      case 'delete':
        this.phrasing(node.children, true, link);
        return;
      case 'link':
        this.link(node, node.url, node.children, emphasis, link);
        return;
      case 'linkReference': {
        const definition = this.definitions(node.identifier);
        if (definition) this.link(node, definition.url, node.children, emphasis, link, definition);
        else this.phrasing(node.children, emphasis, link);
        return;
      }
      default:
        return;
    }
  }

  /**
   * A text node maps 1:1 onto the source unless line indentation, escapes or entities changed it, or GFM's
   * autolink literals split it (the parts keep the whole node's position): then each line of the value is
   * looked for in the node's source, after the previous part.
   */
  private text(
    value: string,
    start: number,
    end: number,
    own: boolean,
    emphasis: boolean,
    link: number,
  ): void {
    if (start < 0 || (own && end - start === value.length)) {
      this.push(value, start, end, start >= 0, 'text', emphasis, link);
      return;
    }
    let cursor = this.resumeAt(start, end);
    const lines = value.split(/\r?\n/);
    lines.forEach((line, i) => {
      if (i > 0) this.push('\n', cursor, cursor, false, 'text', emphasis, link);
      const at = line === '' ? -1 : this.indexWithin(line, cursor, end);
      if (at !== -1) {
        this.push(line, at, at + line.length, true, 'text', emphasis, link);
        cursor = at + line.length;
      } else {
        this.push(line, start, end, false, 'text', emphasis, link);
      }
    });
  }

  private link(
    node: Nodes,
    url: string,
    children: PhrasingContent[],
    emphasis: boolean,
    outer: number,
    definition?: Definition,
  ): void {
    // A link inside a link cannot exist in CommonMark; keep the outer one if a tree says otherwise.
    if (outer !== -1) {
      this.phrasing(children, emphasis, outer);
      return;
    }
    const index = this.links.length;
    const label = mdastToString(children);
    const link: Link = node.position
      ? { label: label.trim(), url, span: nodeSpan(node) }
      : this.literalLink(label, url);
    if (node.position) {
      const urlSpan = this.locateUrl(definition ?? node, url, node.type === 'link');
      if (urlSpan) link.urlSpan = urlSpan;
    }
    const flatLink: FlatLink = { link, from: this.length, to: this.length };
    this.links.push(flatLink);
    this.phrasing(children, emphasis, index);
    flatLink.to = this.length;
  }

  /** A GFM literal (`www.…`, a bare URL inside other text) has no position: find its text in the block. */
  private literalLink(text: string, url: string): Link {
    const block = this.block;
    const start = block ? startOffset(block) : 0;
    const end = block ? endOffset(block) : 0;
    const at = this.indexWithin(text, this.resumeAt(start, end), end);
    if (text === '' || at === -1) {
      return { label: text.trim(), url, span: block ? nodeSpan(block) : this.locator.spanOf(0, 0) };
    }
    const span = this.locator.spanOf(at, at + text.length);
    return { label: text.trim(), url, span, urlSpan: span };
  }

  /**
   * Where `text` first lies in source `[from, end)`, or -1. The search stops at `end`: a text that is not in
   * the source (a lazy line micromark stripped) would otherwise scan to the end of the file each time.
   */
  private indexWithin(text: string, from: number, end: number): number {
    const at = this.locator.source.slice(from, end).indexOf(text);
    return at === -1 ? -1 : from + at;
  }

  /** Where to look for the next text inside source `[start, end)`: after the last exact piece when it lies there. */
  private resumeAt(start: number, end: number): number {
    const previous = this.pieces.at(-1);
    return previous?.exact && previous.start >= start && previous.end <= end ? previous.end : start;
  }

  /** Finds the destination text inside the node's source; GFM literals (`www.…`) are the whole node. */
  private locateUrl(node: Nodes, url: string, hasLabel: boolean): Link['urlSpan'] {
    const start = startOffset(node);
    const end = endOffset(node);
    const slice = this.locator.source.slice(start, end);
    const at = slice.lastIndexOf(url);
    if (at !== -1) return this.locator.spanOf(start + at, start + at + url.length);
    if (hasLabel && !/^[[<]/.test(slice) && url.endsWith(slice)) return this.locator.spanOf(start, end);
    return undefined;
  }

  private push(
    text: string,
    start: number,
    end: number,
    exact: boolean,
    kind: PieceKind,
    emphasis: boolean,
    link: number,
  ): void {
    if (text === '') return;
    this.pieces.push({
      from: this.length,
      to: this.length + text.length,
      start,
      end,
      exact,
      kind,
      emphasis,
      link,
    });
    this.parts.push(text);
    this.length += text.length;
  }

  get size(): number {
    return this.length;
  }

  build(): Flat {
    return { text: this.parts.join(''), pieces: this.pieces, links: this.links };
  }
}

/**
 * The part `[from, to)` of a flat text as a flat text of its own (a paragraph's line, a block's first lines),
 * its pieces and links cut to it and re-based at 0.
 */
export function sliceFlat(flat: Flat, from: number, to: number): Flat {
  const pieces: Piece[] = [];
  const linkIndex = new Map<number, number>();
  const links: FlatLink[] = [];
  // Pieces and links run in order: start at the first that reaches past `from`, so that cutting a paragraph
  // into its lines stays linear.
  for (let i = firstEndingAfter(flat.links, from); i < flat.links.length; i++) {
    const found = flat.links[i];
    if (found.from >= to) break;
    if (found.to <= from) continue;
    linkIndex.set(i, links.length);
    links.push({
      link: found.link,
      from: Math.max(found.from, from) - from,
      to: Math.min(found.to, to) - from,
    });
  }
  for (let i = firstEndingAfter(flat.pieces, from); i < flat.pieces.length; i++) {
    const piece = flat.pieces[i];
    if (piece.from >= to) break;
    if (piece.to <= from) continue;
    const cutStart = Math.max(piece.from, from) - piece.from;
    const cutEnd = Math.min(piece.to, to) - piece.from;
    pieces.push({
      ...piece,
      from: piece.from + cutStart - from,
      to: piece.from + cutEnd - from,
      start: piece.exact ? piece.start + cutStart : piece.start,
      end: piece.exact ? piece.start + cutEnd : piece.end,
      link: piece.link === -1 ? -1 : (linkIndex.get(piece.link) ?? -1),
    });
  }
  return { text: flat.text.slice(from, to), pieces, links };
}

/** Index of the first range (sorted by `from`, not overlapping) that ends after `at`: a binary search. */
function firstEndingAfter(ranges: ReadonlyArray<{ from: number; to: number }>, at: number): number {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (ranges[mid].to <= at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The piece holding flat index `i` (binary search), or undefined past the end. */
export function pieceAt(flat: Flat, i: number): Piece | undefined {
  const k = firstEndingAfter(flat.pieces, i);
  // Tested before the read: an index past the end makes V8 throw the optimized caller away.
  if (k === flat.pieces.length) return undefined;
  const piece = flat.pieces[k];
  return piece.from <= i ? piece : undefined;
}

/**
 * Source offsets of a flat range, and whether they are exact (otherwise they widen to the nodes holding it);
 * `undefined` when the range touches text that is not in the source.
 */
export function sourceRange(
  flat: Flat,
  from: number,
  to: number,
): { start: number; end: number; exact: boolean } | undefined {
  const first = pieceAt(flat, from);
  const last = pieceAt(flat, to - 1);
  if (!first || !last || first.start < 0 || last.start < 0) return undefined;
  const start = first.exact ? first.start + (from - first.from) : first.start;
  const end = last.exact ? last.start + (to - last.from) : last.end;
  return end > start ? { start, end, exact: first.exact && last.exact } : undefined;
}

/**
 * The text with the given ranges overwritten by `fill` (a character repeated, or what a function makes of
 * each range's text), indices unchanged.
 */
export function maskRanges(
  text: string,
  ranges: ReadonlyArray<readonly [number, number]>,
  fill: string | ((segment: string) => string),
): string {
  if (ranges.length === 0) return text;
  // Ranges mostly come in order (a text's links): sorted only when they are not.
  const sorted = ranges.every((range, i) => i === 0 || ranges[i - 1][0] <= range[0])
    ? ranges
    : [...ranges].sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [from, to] of sorted) {
    if (to <= at) continue;
    const start = Math.max(from, at);
    out +=
      text.slice(at, start) +
      (typeof fill === 'string' ? fill.repeat(to - start) : fill(text.slice(start, to)));
    at = to;
  }
  return out + text.slice(at);
}
