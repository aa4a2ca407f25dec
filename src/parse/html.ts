/**
 * Raw HTML in a Markdown list: `<table>` rows and `<ul><li>` items written as HTML, and `<a href>` tags inline.
 * HTML is read with a real HTML parser (parse5, through hast-util-from-html), never with patterns, and every
 * piece of text and every link keeps its place in the Markdown source, so findings and fixes land on the
 * right line and column.
 */

import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { RootContent } from 'mdast';
import type { Link, Span } from '../types.js';
import type { Flat, FlatBuilder } from './flat.js';
import { endOffset, type Locator, startOffset } from './source.js';

/** The `href` of an `<a …>` start tag, as the HTML parser reads it (entities decoded); undefined without one. */
export function anchorHref(tag: string): string | undefined {
  const tree = fromHtml(`${tag}</a>`, { fragment: true });
  const anchor = tree.children.find(
    (node): node is Element => node.type === 'element' && node.tagName === 'a',
  );
  const href = anchor?.properties.href;
  return typeof href === 'string' && href.trim() !== '' ? href.trim() : undefined;
}

const OPENS = /<(?:table|ul|ol)\b/gi;
const CLOSES = /<\/(?:table|ul|ol)\s*>/gi;

/** Whether an html block opens a table or a list written in HTML. */
export function opensHtmlRegion(value: string): boolean {
  OPENS.lastIndex = 0;
  return OPENS.test(value);
}

function count(pattern: RegExp, text: string): number {
  return text.match(pattern)?.length ?? 0;
}

/**
 * End (exclusive) of the HTML region opening at `nodes[i]`: up to the html block that closes what it opened.
 * Blank lines cut an HTML block in CommonMark, so a table may span several html blocks with Markdown between.
 */
export function htmlRegionEnd(nodes: readonly RootContent[], i: number): number {
  let depth = 0;
  for (let j = i; j < nodes.length; j++) {
    const node = nodes[j];
    if (node.type === 'heading') return Math.max(j, i + 1);
    if (node.type === 'html') depth += count(OPENS, node.value) - count(CLOSES, node.value);
    if (depth <= 0) return j + 1;
  }
  return nodes.length;
}

/** One row or list item read from HTML. */
export interface HtmlUnit {
  kind: 'table' | 'bullet' | 'ordered';
  flat: Flat;
  span: Span;
  /** A row's cells as flat ranges. */
  cells: Array<[number, number]>;
  /** The header cells of the row's table, lower-cased words. */
  headers: string[];
}

const EMPHASIS = new Set(['b', 'strong', 'em', 'i', 'u', 'mark', 'del', 's', 'strike']);
/** Elements whose content is no part of an entry's text: an abstract folded away, scripts, styles. */
const SKIPPED = new Set(['details', 'script', 'style', 'template', 'img', 'svg']);

/** A header cell's words, lower-cased. */
function headerText(cell: Element): string {
  return textOf(cell)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A column of a row: the cell over it, and whether the column is the cell's first (`colspan` takes more). */
interface Slot {
  cell: Element;
  first: boolean;
}

/**
 * A row's cells in their columns: `colspan` takes several, and a column that a `rowspan` from a row above
 * still takes holds no cell of this row (`undefined`). `spans` carries the row spans on to the next row.
 */
function placeCells(cells: readonly Element[], spans: number[]): Array<Slot | undefined> {
  const row: Array<Slot | undefined> = [];
  const skipTaken = () => {
    while ((spans[row.length] ?? 0) > 0) {
      spans[row.length]--;
      row.push(undefined);
    }
  };
  for (const cell of cells) {
    skipTaken();
    const colSpan = Math.min(50, Math.max(1, Number(cell.properties.colSpan) || 1));
    const rowSpan = Math.min(1000, Math.max(1, Number(cell.properties.rowSpan) || 1));
    for (let k = 0; k < colSpan; k++) {
      spans[row.length] = rowSpan - 1;
      row.push({ cell, first: k === 0 });
    }
  }
  skipTaken();
  return row;
}

/** `<th>`, or a `<td>` holding only bold or italic words (`<td><strong>Paper</strong></td>`), or nothing. */
function isHeaderCell(cell: Element): boolean {
  if (cell.tagName === 'th') return true;
  const content = cell.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  return content.every(
    (child) =>
      child.type === 'element' &&
      ['strong', 'b', 'em', 'i'].includes(child.tagName) &&
      !child.children.some((inner) => inner.type === 'element'),
  );
}

function textOf(node: ElementContent | HastRoot): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  return node.children.map((child) => textOf(child as ElementContent)).join('');
}

/**
 * Offsets of a node in the parsed HTML. Elements the parser implied (a `<tr>` never closed, a `<tbody>` never
 * written) have no position of their own: they reach from their first to their last placed descendant.
 */
function offsetsOf(node: ElementContent): { from: number; to: number } {
  const from = node.position?.start.offset;
  const to = node.position?.end.offset;
  if (from !== undefined && to !== undefined) return { from, to };
  if (node.type !== 'element') return { from: -1, to: -1 };
  let first = -1;
  let last = -1;
  for (const child of node.children) {
    const inner = offsetsOf(child);
    if (inner.from < 0) continue;
    if (first < 0) first = inner.from;
    last = inner.to;
  }
  return { from: first, to: last };
}

/**
 * Reads the rows (`<tr>` with `<td>`) and items (`<li>`) of an HTML region, `nodes` being the region's html
 * blocks and the Markdown blocks between them (`<td>\n\n[Title](…)\n\n</td>`), which are read as Markdown.
 */
export function readHtmlRegion(
  nodes: readonly RootContent[],
  locator: Locator,
  newBuilder: () => FlatBuilder,
): HtmlUnit[] {
  const base = startOffset(nodes[0]);
  const html = locator.source.slice(base, endOffset(nodes[nodes.length - 1]));
  const tree = fromHtml(html, { fragment: true });
  const markdown = nodes.filter((node) => node.type !== 'html' && node.position);
  // Text is met in document order: the Markdown blocks inside it are found by one cursor, not a search each.
  let nextMarkdown = 0;
  const units: HtmlUnit[] = [];
  let headers: string[] = [];
  /** How many more rows each column is taken by a `rowspan` from above. */
  let spans: number[] = [];

  /** Emits hast content into `builder`, Markdown blocks inside text read as Markdown. */
  const emit = (
    builder: FlatBuilder,
    children: readonly ElementContent[],
    emphasis: boolean,
    link: number,
  ) => {
    for (const child of children) {
      if (child.type === 'text') {
        emitText(builder, child.value, offsetsOf(child), emphasis, link);
        continue;
      }
      if (
        child.type !== 'element' ||
        SKIPPED.has(child.tagName) ||
        child.tagName === 'ul' ||
        child.tagName === 'ol'
      )
        continue;
      if (child.tagName === 'br') {
        const { from, to } = offsetsOf(child);
        builder.htmlText('\n', base + from, base + to, 'break', emphasis, link);
      } else if (child.tagName === 'a' && typeof child.properties.href === 'string' && link === -1) {
        const index = builder.openLink(anchorLink(child, textOf(child)));
        emit(builder, child.children, emphasis, index);
        builder.closeLink(index);
      } else if (child.tagName === 'code') {
        const { from, to } = offsetsOf(child);
        builder.htmlText(textOf(child), base + from, base + to, 'code', emphasis, link);
      } else {
        emit(builder, child.children, emphasis || EMPHASIS.has(child.tagName), link);
      }
    }
  };

  const emitText = (
    builder: FlatBuilder,
    value: string,
    { from, to }: { from: number; to: number },
    emphasis: boolean,
    link: number,
  ) => {
    if (from < 0) {
      builder.htmlText(value, -1, -1, 'text', emphasis, link);
      return;
    }
    // Markdown between the tags (a blank line ends an html block): its links are links, not text.
    while (nextMarkdown < markdown.length && startOffset(markdown[nextMarkdown]) < base + from)
      nextMarkdown++;
    const inside: RootContent[] = [];
    while (nextMarkdown < markdown.length && endOffset(markdown[nextMarkdown]) <= base + to)
      inside.push(markdown[nextMarkdown++]);
    if (inside.length === 0) {
      builder.htmlText(value, base + from, base + to, 'text', emphasis, link);
      return;
    }
    for (const node of inside) builder.flow(node);
  };

  const anchorLink = (anchor: Element, label: string): Link => {
    const href = String(anchor.properties.href).trim();
    const { from, to } = offsetsOf(anchor);
    const link: Link = { label: label.trim(), url: href, span: locator.spanOf(base + from, base + to) };
    const tagEnd = html.indexOf('>', from);
    const at = tagEnd === -1 ? -1 : html.slice(from, tagEnd).indexOf(href);
    if (at !== -1) link.urlSpan = locator.spanOf(base + from + at, base + from + at + href.length);
    return link;
  };

  const visit = (node: Element | HastRoot, list: 'bullet' | 'ordered') => {
    for (const child of node.children) {
      if (child.type !== 'element' || SKIPPED.has(child.tagName)) continue;
      if (child.tagName === 'tr') {
        const cells = child.children.filter(
          (cell): cell is Element =>
            cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th'),
        );
        const slots = placeCells(cells, spans);
        if (cells.length > 0 && cells.every(isHeaderCell)) {
          // A header row names the columns it covers (`<th colspan="3">Model</th>` three of them); a second
          // one names the sub-columns under a spanning cell (`Category | Method`), blanks keep the first's.
          // A bold row spanning the table under its headers (`Encoder Only`) groups the rows below: no header.
          const subHeader = slots.includes(undefined) || cells.every((cell) => cell.tagName === 'th');
          if (headers.length > 0 && !subHeader) continue;
          const named = [...headers];
          slots.forEach((slot, column) => {
            const text = slot ? headerText(slot.cell) : '';
            if (text !== '' || named[column] === undefined) named[column] = text;
          });
          headers = named;
          continue;
        }
        const builder = newBuilder();
        const ranges: Array<[number, number]> = [];
        // A cell another row's `rowspan` reaches into is empty here: the columns stay under their headers.
        for (const slot of slots) {
          builder.separator(' | ');
          const from = builder.size;
          if (slot?.first) emit(builder, slot.cell.children, slot.cell.tagName === 'th', -1);
          ranges.push([from, builder.size]);
        }
        units.push({ kind: 'table', flat: builder.build(), span: spanOf(child), cells: ranges, headers });
        continue;
      }
      if (child.tagName === 'table') {
        headers = [];
        spans = [];
      }
      if (child.tagName === 'li') {
        const builder = newBuilder();
        emit(builder, child.children, false, -1);
        units.push({ kind: list, flat: builder.build(), span: spanOf(child), cells: [], headers: [] });
      }
      visit(child, child.tagName === 'ol' ? 'ordered' : child.tagName === 'ul' ? 'bullet' : list);
    }
  };
  const spanOf = (element: Element): Span => {
    const { from, to } = offsetsOf(element);
    return from < 0 ? locator.spanOf(base, base) : locator.spanOf(base + from, base + to);
  };
  visit(tree, 'bullet');
  return units;
}
