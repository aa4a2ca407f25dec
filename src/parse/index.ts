import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { type Processor, unified } from 'unified';
import type { VFile } from 'vfile';
import { stripBom } from '../text/bom.js';
import type { Link, PaperList } from '../types.js';
import { extractModel } from './entries.js';
import { limitNesting } from './nesting.js';

/** Wraps the parser so that hostile nesting cannot hang it; the file's own text stays untouched. */
function remarkLimitNesting(this: Processor) {
  const parse = this.parser!;
  this.parser = (document, file) => parse(limitNesting(document), file);
}

/** The one Markdown syntax of the project: CommonMark + GFM (tables, autolinks). */
export const markdownPlugins = [remarkParse, remarkLimitNesting, remarkGfm];

const markdownProcessor = unified().use(markdownPlugins).freeze();

export { stripBom } from '../text/bom.js';

export function parseMarkdown(source: string): Root {
  return markdownProcessor.parse(source) as Root;
}

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
