/**
 * Raw HTML in a Markdown list: `<table>` rows and `<ul><li>` items written as HTML, and `<a href>` tags inline.
 * HTML is read with a real HTML parser (parse5, through hast-util-from-html), never with patterns, and every
 * piece of text and every link keeps its place in the Markdown source, so findings and fixes land on the
 * right line and column.
 */
import type { RootContent } from 'mdast';
import type { Span } from '../types.js';
import type { Flat, FlatBuilder } from './flat.js';
import { type Locator } from './source.js';
/** The `href` of an `<a …>` start tag, as the HTML parser reads it (entities decoded); undefined without one. */
export declare function anchorHref(tag: string): string | undefined;
/** Whether an html block opens a table or a list written in HTML. */
export declare function opensHtmlRegion(value: string): boolean;
/**
 * End (exclusive) of the HTML region opening at `nodes[i]`: up to the html block that closes what it opened.
 * Blank lines cut an HTML block in CommonMark, so a table may span several html blocks with Markdown between.
 */
export declare function htmlRegionEnd(nodes: readonly RootContent[], i: number): number;
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
/**
 * Reads the rows (`<tr>` with `<td>`) and items (`<li>`) of an HTML region, `nodes` being the region's html
 * blocks and the Markdown blocks between them (`<td>\n\n[Title](…)\n\n</td>`), which are read as Markdown.
 */
export declare function readHtmlRegion(nodes: readonly RootContent[], locator: Locator, newBuilder: () => FlatBuilder): HtmlUnit[];
