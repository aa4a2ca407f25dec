import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import type { PaperList } from '../types.js';
import { extractEntries } from './entries.js';

const BOM = '\uFEFF';

/** The one Markdown syntax of the project: CommonMark + GFM (tables, autolinks). */
export const markdownPlugins = [remarkParse, remarkGfm];

export const markdownProcessor = unified().use(markdownPlugins).freeze();

/** Removes a leading byte-order mark; positions everywhere are relative to the text without it. */
export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

export function parseMarkdown(source: string): Root {
  return markdownProcessor.parse(source) as Root;
}

/** Builds the entry model of a parsed document. Pure: the same tree and source give the same list. */
export function buildPaperList(tree: Root, source: string): PaperList {
  return { source, entries: extractEntries(tree, source) };
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
