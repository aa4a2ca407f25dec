import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
/** The one Markdown syntax of the project: CommonMark + GFM (tables, autolinks). */
export declare const markdownPlugins: (import("unified").Plugin<[(Readonly<import("remark-parse").Options> | null | undefined)?], string, Root> | typeof remarkGfm)[];
/** The document's tree as remark reads it: the reference every faster reading must equal. */
export declare function parseMarkdown(source: string): Root;
