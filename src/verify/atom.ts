/** The arXiv API's Atom feed, read namespace-aware: both the post-2025 format and the older per-element one. */

import { XMLParser } from 'fast-xml-parser';

const ATOM = 'http://www.w3.org/2005/Atom';
const ARXIV = 'http://arxiv.org/schemas/atom';
const XMLNS_PREFIX = 'xmlns:';

/** One paper entry of a feed. */
export interface AtomEntry {
  /** Id without version, as the API spells it: `1605.08386`, `quant-ph/0201082`. */
  id: string;
  /** Version named by the entry's `<id>`; absent when the (old) feed omits it. */
  version?: number;
  /** Title as sent, markup and line breaks included. */
  title: string;
  published?: string;
  comment?: string;
  /** `arxiv:journal_ref`: where the paper was published, as its authors wrote it. */
  journalRef?: string;
  /** `arxiv:doi`: the DOI of the published version. */
  doi?: string;
  /** Author names in order. */
  authors: string[];
  /** The abstract, line breaks folded. */
  summary?: string;
}

/** An `Error` entry: the API's way of rejecting one id (`incorrect id format for abc`). */
export interface AtomError {
  /** The id the error names, when it names one. */
  id?: string;
  message: string;
}

export interface ArxivFeed {
  entries: AtomEntry[];
  errors: AtomError[];
}

/** A parsed element with its namespace resolved: `(uri, local name)`, never a raw prefix. */
interface Element {
  uri: string;
  local: string;
  children: Element[];
  text: string;
}

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Needed for numeric character references (`&#233;`); named HTML entities stay undecoded, as XML wants.
  htmlEntities: true,
});

/** Turns fast-xml-parser's ordered output into elements whose names are resolved against xmlns scopes. */
function resolve(nodes: OrderedNode[], scope: ReadonlyMap<string, string>): Element[] {
  const elements: Element[] = [];
  for (const node of nodes) {
    const name = Object.keys(node).find((key) => key !== ':@' && key !== '#text');
    if (name === undefined) continue;
    const attributes = node[':@'] ?? {};
    let inner = scope;
    for (const [attribute, value] of Object.entries(attributes)) {
      if (attribute === 'xmlns' || attribute.startsWith(XMLNS_PREFIX)) {
        if (inner === scope) inner = new Map(scope);
        (inner as Map<string, string>).set(
          attribute === 'xmlns' ? '' : attribute.slice(XMLNS_PREFIX.length),
          value,
        );
      }
    }
    const colon = name.indexOf(':');
    const prefix = colon < 0 ? '' : name.slice(0, colon);
    const children = (node[name] as OrderedNode[]) ?? [];
    elements.push({
      uri: inner.get(prefix) ?? '',
      local: colon < 0 ? name : name.slice(colon + 1),
      children: resolve(children, inner),
      text: children.map((child) => (typeof child['#text'] === 'string' ? child['#text'] : '')).join(''),
    });
  }
  return elements;
}

function child(element: Element, uri: string, local: string): Element | undefined {
  return element.children.find((c) => c.uri === uri && c.local === local);
}

/** `http://arxiv.org/abs/1605.08386v1` → `{ id: '1605.08386', version: 1 }`. */
export function arxivIdOfEntryId(entryId: string): { id: string; version?: number } | undefined {
  const match = /\/abs\/(.+?)(?:v(\d+))?\/?$/.exec(entryId.trim());
  if (!match) return undefined;
  return match[2] === undefined ? { id: match[1] } : { id: match[1], version: Number(match[2]) };
}

/** The id an error entry names: `…/api/errors#incorrect_id_format_for_abc` or its summary. */
function erroredId(entryId: string, summary: string): string | undefined {
  const fromId = /#incorrect_id_format_for_(.+)$/.exec(entryId.trim());
  if (fromId) return fromId[1];
  return /incorrect id format for\s+(\S+)/i.exec(summary)?.[1];
}

/** Parses an arXiv API response body; throws on text that is not an Atom feed. */
export function parseArxivFeed(xml: string): ArxivFeed {
  // The user manual's samples are indented, declaration included; XML allows no text before it.
  const root = resolve(parser.parse(xml.trimStart()) as OrderedNode[], new Map());
  const feed = root.find((element) => element.uri === ATOM && element.local === 'feed');
  if (!feed) throw new Error('not an Atom feed');
  const entries: AtomEntry[] = [];
  const errors: AtomError[] = [];
  for (const entry of feed.children) {
    if (entry.uri !== ATOM || entry.local !== 'entry') continue;
    const entryId = child(entry, ATOM, 'id')?.text.trim() ?? '';
    const title = child(entry, ATOM, 'title')?.text ?? '';
    if (entryId.includes('/api/errors')) {
      const message = (child(entry, ATOM, 'summary')?.text ?? title).trim();
      errors.push({ id: erroredId(entryId, message), message });
      continue;
    }
    const parsed = arxivIdOfEntryId(entryId);
    if (!parsed) continue;
    const text = (uri: string, local: string) =>
      child(entry, uri, local)?.text.replace(/\s+/g, ' ').trim() || undefined;
    const published = text(ATOM, 'published');
    const comment = text(ARXIV, 'comment');
    const journalRef = text(ARXIV, 'journal_ref');
    const doi = text(ARXIV, 'doi');
    const summary = text(ATOM, 'summary');
    const authors = entry.children
      .filter((c) => c.uri === ATOM && c.local === 'author')
      .flatMap((author) => child(author, ATOM, 'name')?.text.replace(/\s+/g, ' ').trim() || []);
    entries.push({
      ...parsed,
      title,
      ...(published && { published }),
      ...(comment && { comment }),
      ...(journalRef && { journalRef }),
      ...(doi && { doi }),
      authors,
      ...(summary && { summary }),
    });
  }
  return { entries, errors };
}
