import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Link, PaperList } from '../types.js';
export { stripBom } from '../text/bom.js';
export { parseDocument } from './document.js';
export { markdownPlugins, parseMarkdown } from './markdown.js';
/** Builds the entry model of a parsed document. Pure: the same tree and source give the same list. */
export declare function buildPaperList(tree: Root, source: string): PaperList;
/** The entry model of a file, computed once per tree and shared by every rule that asks for it. */
export declare function paperListOf(tree: Root, file: VFile): PaperList;
/** Every link of the file: prose, tables of contents and resource lists too (hand-built lists: their entries'). */
export declare function linksOf(list: PaperList): Link[];
