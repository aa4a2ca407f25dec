/**
 * What a document offers to links into it and what it links to inside its repository: GitHub's heading
 * anchors (github-slugger, duplicates `-1`, `-2`), HTML `id`/`name` anchors and footnotes, every link, image,
 * definition and HTML `href`/`src` destination with its place, and the lists whose items are anchor links
 * (tables of contents). Read from the mdast tree, once per tree.
 */

import GithubSlugger from 'github-slugger';
import type { Heading, List, ListItem, Nodes, Root } from 'mdast';
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
/** An HTML start tag and, inside one, an attribute: `name="value"`, `name='value'` or `name=value`. */
const TAG = /<[a-z][a-z0-9-]*\b[^>]*>/gi;
const ATTRIBUTE = /\s([a-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;
const HTML_HEADING = /<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1\s*>/gi;

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

/** The attribute values of each HTML tag in `html` (a slice of the source starting at `offset`). */
function* attributesOf(html: string, offset: number): Generator<{ name: string; value: string; at: number }> {
  for (const tag of html.matchAll(TAG)) {
    for (const attribute of tag[0].matchAll(ATTRIBUTE)) {
      const value = attribute[2] ?? attribute[3] ?? attribute[4] ?? '';
      const inAttribute = attribute[0].lastIndexOf(value);
      yield {
        name: attribute[1].toLowerCase(),
        value,
        at: offset + tag.index + attribute.index + inAttribute,
      };
    }
  }
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
  for (const { name, value, at } of attributesOf(html, start)) {
    if (name === 'id' || name === 'name') anchors.add(decodeEntities(value));
    else if ((name === 'href' || name === 'src') && value !== '') {
      const url = decodeEntities(value);
      const span = locator.spanOf(at, at + value.length);
      references.push({ kind: 'html', url, span, ...(url === value && { urlSpan: span }) });
    }
  }
  // A heading written in HTML: GitHub's renderer may give it an anchor too; never a reason to report a link.
  for (const match of html.matchAll(HTML_HEADING)) {
    const shown = decodeEntities(match[2].replace(/<[^>]*>/g, ''));
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
function anchorLinkOf(item: ListItem): { fragment: string; label: string; node: Nodes } | undefined {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return undefined;
  const links = first.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const [link] = links;
  if (links.length !== 1 || link.type !== 'link' || !link.url.startsWith('#')) return undefined;
  return { fragment: link.url.slice(1), label: textOf(link), node: link };
}

/** Every item of a list and of the lists nested in its items, with how deep each lies. */
function itemsOf(list: List, level: number, locator: Locator): Array<AnchorItem | undefined> {
  return list.children.flatMap((item) => {
    const own = anchorLinkOf(item);
    const nested = item.children.flatMap((child) =>
      child.type === 'list' ? itemsOf(child, level + 1, locator) : [],
    );
    if (!own) return [undefined, ...nested];
    const span = nodeSpan(own.node);
    const lineStart = locator.source.lastIndexOf('\n', span.start.offset - 1) + 1;
    const anchorItem: AnchorItem = {
      fragment: own.fragment,
      label: own.label,
      level,
      span,
      itemSpan: nodeSpan(item),
      prefix: locator.source.slice(lineStart, span.start.offset),
      ordered: list.ordered === true,
    };
    return [anchorItem, ...nested];
  });
}

/** A list is a table of contents when at least 3 of its items, and 80 % of them, are one link to an anchor. */
function anchorListOf(list: List, locator: Locator): AnchorItem[] | undefined {
  const items = itemsOf(list, 0, locator);
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
        const urlSpan = urlSpanOf(node, locator);
        references.push({
          kind: node.type,
          url: node.url,
          span: nodeSpan(node),
          ...(urlSpan && { urlSpan }),
        });
        break;
      }
      case 'list':
        if (!inList) {
          const items = anchorListOf(node, locator);
          if (items) anchorLists.push(items);
        }
        break;
    }
    if ('children' in node) for (const child of node.children) visit(child, inList || node.type === 'list');
  };
  visit(tree, false);
  const result = { headings, anchors, references, anchorLists };
  cache.set(tree, result);
  return result;
}
