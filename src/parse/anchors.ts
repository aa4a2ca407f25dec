/**
 * What a document offers to links into it and what it links to inside its repository: GitHub's heading
 * anchors (github-slugger, duplicates `-1`, `-2`), HTML `id`/`name` anchors and footnotes, every link, image,
 * definition and HTML `href`/`src` destination with its place, and the lists whose items are anchor links
 * (tables of contents). Read from the mdast tree, once per tree.
 */

import GithubSlugger from 'github-slugger';
import type { Heading, Link, List, ListItem, Nodes, Root } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import type { Span } from '../types.js';
import { createLocator, type Locator, nodeSpan } from './source.js';

export interface HeadingAnchor {
  /** 1–6. */
  depth: number;
  /** The heading as GitHub shows it, trimmed: plain text, images and HTML left out. */
  text: string;
  /** GitHub's anchor, `-1`, `-2` … added to repeats. */
  slug: string;
  span: Span;
}

/** A destination written in the document. */
export interface Reference {
  kind: 'link' | 'image' | 'definition' | 'html';
  /** As the Markdown reads it (escapes and entities resolved). */
  url: string;
  span: Span;
  /** Where the destination is written, when the source spells it exactly as `url`. */
  urlSpan?: Span;
}

/** An item of an anchor list: its own link to `#fragment`. */
export interface AnchorItem {
  fragment: string;
  label: string;
  /** 0 for the list's own items, 1 for those of a list nested in one of them, … */
  level: number;
  /** The link. */
  span: Span;
  /** The list item, nested lists included. */
  itemSpan: Span;
  /** What precedes the link on its line: indentation and list marker (`  - `, `* [ ] `). */
  prefix: string;
  ordered: boolean;
}

export interface DocumentAnchors {
  headings: HeadingAnchor[];
  /** Every fragment a link may name: heading slugs (and their spelling without emoji shortcodes), HTML ids and names, footnotes. */
  anchors: ReadonlySet<string>;
  references: Reference[];
  /** Top-level lists whose items are mostly links to anchors (tables of contents), in document order. */
  anchorLists: AnchorItem[][];
}

const SHORTCODE = /:[a-z0-9_+-]+:/g;

function pushHeading(
  heading: Heading,
  slugger: GithubSlugger,
  plain: GithubSlugger,
  headings: HeadingAnchor[],
  anchors: Set<string>,
): void {
  // Not trimmed: `# Title ![badge](…)` is `#title-` on GitHub, the space before the image kept.
  const shown = textOf(heading, { includeImageAlt: false, includeHtml: false });
  const slug = slugger.slug(shown);
  headings.push({ depth: heading.depth, text: shown.trim(), slug, span: nodeSpan(heading) });
  anchors.add(slug);
  // `:rocket:` may count as its name or as the emoji GitHub draws, a badge's space may be kept or not: both taken.
  anchors.add(plain.slug(shown.replace(SHORTCODE, '').trim()));
}

interface Tag {
  closing: boolean;
  /** Lower case. */
  name: string;
  /** What follows the name up to `>`, and where that starts and the tag ends in the text. */
  body: string;
  at: number;
  end: number;
}

/**
 * The tags of an HTML text, in one pass: a `<` that starts no tag, or a tag that never ends, costs nothing
 * more; comments are skipped. A tag ends at its first `>`, even inside a quoted value: rare in lists, and it
 * keeps the pass linear.
 */
function* tagsOf(html: string): Generator<Tag> {
  let close = -1;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    // A comment's links and anchors are not on the page.
    if (html.startsWith('<!--', i)) {
      i = html.indexOf('-->', i + 4);
      if (i < 0) return;
      continue;
    }
    if (close < i) close = html.indexOf('>', i + 1);
    if (close < 0) return;
    const name = /^<(\/?)([a-z][a-z\d-]*)/i.exec(html.slice(i, Math.min(close, i + 32)));
    if (!name) continue;
    const at = i + name[0].length;
    yield {
      closing: name[1] === '/',
      name: name[2].toLowerCase(),
      body: html.slice(at, close),
      at,
      end: close + 1,
    };
    i = close;
  }
}

const NAME_CHARACTER = /[\w:.-]/;
const UNQUOTED_END = /[\s"'=<>`]/;

/** The attributes of a tag's body with where each value starts, in one pass (an unclosed quote ends it). */
function* attributesOf(tag: Tag): Generator<{ name: string; value: string; at: number }> {
  const { body } = tag;
  let i = 0;
  while (i < body.length) {
    while (i < body.length && !NAME_CHARACTER.test(body[i])) i++;
    const nameStart = i;
    while (i < body.length && NAME_CHARACTER.test(body[i])) i++;
    const name = body.slice(nameStart, i).toLowerCase();
    let j = i;
    while (j < body.length && /\s/.test(body[j])) j++;
    if (name === '' || body[j] !== '=') {
      i = Math.max(j, i + 1);
      continue;
    }
    j++;
    while (j < body.length && /\s/.test(body[j])) j++;
    const quote = body[j];
    let end: number;
    let start = j;
    if (quote === '"' || quote === "'") {
      start = j + 1;
      end = body.indexOf(quote, start);
      if (end < 0) return;
      i = end + 1;
    } else {
      end = j;
      while (end < body.length && !UNQUOTED_END.test(body[end])) end++;
      i = end;
    }
    yield { name, value: body.slice(start, end), at: tag.at + start };
  }
}

/** The inner HTML of each `<hN>…</hN>`: an opening tag with the next closing tag of its level. */
function htmlHeadingsOf(tags: readonly Tag[], html: string): string[] {
  const open = new Map<string, number>();
  const texts: string[] = [];
  for (const tag of tags) {
    if (!/^h[1-6]$/.test(tag.name)) continue;
    const from = open.get(tag.name);
    if (!tag.closing) open.set(tag.name, tag.end);
    else if (from !== undefined) {
      texts.push(html.slice(from, tag.at - tag.name.length - 2));
      open.delete(tag.name);
    }
  }
  return texts;
}

function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function readHtml(
  node: Nodes,
  locator: Locator,
  anchors: Set<string>,
  references: Reference[],
  headingSlugs: GithubSlugger,
): void {
  const start = node.position?.start.offset ?? 0;
  const html = locator.source.slice(start, node.position?.end.offset ?? start);
  const tags = [...tagsOf(html)];
  for (const tag of tags) {
    for (const { name, value, at } of attributesOf(tag)) {
      if (name === 'id' || name === 'name') anchors.add(decodeEntities(value));
      else if ((name === 'href' || name === 'src') && value !== '') {
        const url = decodeEntities(value);
        const span = locator.spanOf(start + at, start + at + value.length);
        references.push({ kind: 'html', url, span, ...(url === value && { urlSpan: span }) });
      }
    }
  }
  // A heading written in HTML: GitHub's renderer may give it an anchor too; never a reason to report a link.
  for (const text of htmlHeadingsOf(tags, html)) {
    const shown = decodeEntities(text.replace(/<[^<>]*>/g, ''));
    anchors.add(headingSlugs.slug(shown)).add(headingSlugs.slug(shown.trim()));
  }
}

/** Where the destination of a link, image or definition is written, when the source spells it as parsed. */
function urlSpanOf(node: Nodes & { url: string }, locator: Locator): Span | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined || node.url === '') return undefined;
  const text = locator.source.slice(start, end);
  // The destination follows the label: the last spelling of it in the node (before an optional title).
  const at =
    node.type === 'definition' ? text.indexOf(node.url, text.indexOf(']:')) : text.lastIndexOf(node.url);
  return at < 0 ? undefined : locator.spanOf(start + at, start + at + node.url.length);
}

/** The item's own link when its first paragraph is nothing but one link to an anchor. */
function anchorLinkOf(item: ListItem): Link | undefined {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return undefined;
  let link: Link | undefined;
  // Counted, not filtered: a paper's item holds many children and is no anchor item.
  for (const child of first.children) {
    if (child.type === 'text' && child.value.trim() === '') continue;
    if (link !== undefined || child.type !== 'link' || !child.url.startsWith('#')) return undefined;
    link = child;
  }
  return link;
}

/** Every item of a list and of the lists nested in its items, with how deep each lies. */
function itemsOf(list: List, level: number, locator: Locator, items: Array<AnchorItem | undefined>): void {
  for (const item of list.children) {
    const link = anchorLinkOf(item);
    if (!link) items.push(undefined);
    else {
      const span = nodeSpan(link);
      const lineStart = locator.source.lastIndexOf('\n', span.start.offset - 1) + 1;
      items.push({
        fragment: link.url.slice(1),
        label: textOf(link),
        level,
        span,
        itemSpan: nodeSpan(item),
        prefix: locator.source.slice(lineStart, span.start.offset),
        ordered: list.ordered === true,
      });
    }
    for (const child of item.children) if (child.type === 'list') itemsOf(child, level + 1, locator, items);
  }
}

/** A list is a table of contents when at least 3 of its items, and 80 % of them, are one link to an anchor. */
function anchorListOf(list: List, locator: Locator): AnchorItem[] | undefined {
  const items: Array<AnchorItem | undefined> = [];
  itemsOf(list, 0, locator, items);
  const anchored = items.filter((item) => item !== undefined);
  return anchored.length >= 3 && anchored.length >= 0.8 * items.length ? anchored : undefined;
}

const cache = new WeakMap<Root, DocumentAnchors>();

/** The anchors, headings, destinations and anchor lists of a document; computed once per tree. */
export function documentAnchors(tree: Root, source: string): DocumentAnchors {
  const known = cache.get(tree);
  if (known) return known;
  const locator = createLocator(source);
  const headings: HeadingAnchor[] = [];
  const anchors = new Set<string>();
  const references: Reference[] = [];
  const anchorLists: AnchorItem[][] = [];
  const slugger = new GithubSlugger();
  const plain = new GithubSlugger();
  const htmlHeadings = new GithubSlugger();
  const visit = (node: Nodes, inList: boolean) => {
    switch (node.type) {
      case 'heading':
        pushHeading(node, slugger, plain, headings, anchors);
        break;
      case 'html':
        readHtml(node, locator, anchors, references, htmlHeadings);
        return;
      case 'footnoteDefinition': {
        const id = node.identifier.toLowerCase();
        anchors.add(`fn-${id}`).add(`fnref-${id}`);
        break;
      }
      case 'link':
      case 'image':
      case 'definition': {
        const reference: Reference = { kind: node.type, url: node.url, span: nodeSpan(node) };
        const urlSpan = urlSpanOf(node, locator);
        // Set, not spread in: an object less per link, and links are most of a list's nodes.
        if (urlSpan) reference.urlSpan = urlSpan;
        references.push(reference);
        break;
      }
      case 'list':
        if (!inList) {
          const items = anchorListOf(node, locator);
          if (items) anchorLists.push(items);
        }
        break;
    }
    if (!('children' in node)) return;
    const nested = inList || node.type === 'list';
    // Text, the most common node, offers and names nothing: not visited.
    for (const child of node.children) if (child.type !== 'text') visit(child, nested);
  };
  visit(tree, false);
  const result = { headings, anchors, references, anchorLists };
  cache.set(tree, result);
  return result;
}
