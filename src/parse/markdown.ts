import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { type Processor, unified } from 'unified';
import { limitNesting } from './nesting.js';

/** Wraps the parser so that hostile nesting cannot hang it; the file's own text stays untouched. */
function remarkLimitNesting(this: Processor) {
  const parse = this.parser!;
  this.parser = (document, file) => parse(limitNesting(document), file);
}

/** The one Markdown syntax of the project: CommonMark + GFM (tables, autolinks). */
export const markdownPlugins = [remarkParse, remarkLimitNesting, remarkGfm];

const markdownProcessor = unified().use(markdownPlugins).freeze();

/** The document's tree as remark reads it: the reference every faster reading must equal. */
export function parseMarkdown(source: string): Root {
  return markdownProcessor.parse(source) as Root;
}
