import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { stripBom } from '../text/bom.js';
import type { Link, PaperList } from '../types.js';
import { extractModel } from './entries.js';

export { stripBom } from '../text/bom.js';
export { parseDocument } from './document.js';
export { markdownPlugins, parseMarkdown } from './markdown.js';

/** Builds the entry model of a parsed document. Pure: the same tree and source give the same list. */
export function buildPaperList(tree: Root, source: string): PaperList {
  const { entries, links } = extractModel(tree, source);
  return { source, entries, links };
}

const cache = new WeakMap<Root, PaperList>();

/** The entry model of a file, computed once per tree and shared by every rule that asks for it. */
export function paperListOf(tree: Root, file: VFile): PaperList {
  let list = cache.get(tree);
  if (!list) {
    list = buildPaperList(tree, stripBom(String(file.value ?? '')));
    cache.set(tree, list);
  }
  return list;
}

/** Every link of the file: prose, tables of contents and resource lists too (hand-built lists: their entries'). */
export function linksOf(list: PaperList): Link[] {
  return list.links ?? list.entries.flatMap((entry) => entry.links);
}
