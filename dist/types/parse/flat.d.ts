/**
 * The plain text of an entry, flattened once from its mdast nodes, with a map back to source offsets and the
 * links it holds. Titles, dates and ids are found in this text; the map turns what they match into spans.
 */
import type { Definition, Nodes, PhrasingContent } from 'mdast';
import type { Link } from '../types.js';
import { type Locator } from './source.js';
export type PieceKind = 'text' | 'code' | 'break' | 'separator';
/** A run of flat text that came from one node. */
export interface Piece {
    from: number;
    to: number;
    /** Source offsets of the node; when `exact`, flat index `from + i` is source offset `start + i`. */
    start: number;
    end: number;
    exact: boolean;
    kind: PieceKind;
    /** Inside bold, italic or strike-through. */
    emphasis: boolean;
    /** Index into `links` when the piece is (part of) a link label, else -1. */
    link: number;
}
export interface FlatLink {
    link: Link;
    /** The label's range in the flat text. */
    from: number;
    to: number;
}
export interface Flat {
    text: string;
    pieces: Piece[];
    links: FlatLink[];
}
/** Resolves `[label][ref]` references; definitions are collected only when a reference is met. */
export type DefinitionLookup = (identifier: string) => Definition | undefined;
/** Builds one flat text from phrasing and flow nodes, in document order. */
export declare class FlatBuilder {
    private readonly locator;
    private readonly definitions;
    private parts;
    private length;
    private pieces;
    private links;
    /** The innermost block with a position: nodes made by GFM's literal autolinking may have none. */
    private block;
    constructor(locator: Locator, definitions: DefinitionLookup);
    /** Adds text that is not in the source (a cell or paragraph separator). */
    separator(text: string): void;
    /** Adds a flow node (paragraph, list, table, blockquote…) and everything inside it. */
    flow(node: Nodes): void;
    /** Adds inline content; `block` is the paragraph or cell holding it. */
    phrasing(nodes: readonly PhrasingContent[], emphasis: boolean, link: number, block?: Nodes): void;
    /**
     * `<a href="…">Title</a>` written inline (`- <a href="https://arxiv.org/abs/…">Title</a>, 2015`): the tags
     * are two html nodes around the label. Returns the index of the closing tag, or -1 when `nodes[i]` opens none.
     */
    private inlineAnchor;
    /** Starts a link whose label the next pieces make (`closeLink` ends it); returns its index. */
    openLink(link: Link): number;
    closeLink(index: number): void;
    /**
     * Text read from raw HTML at source `[start, end)` (a table cell's words, a link's label): exact when the
     * source holds it verbatim, not when entities (`&amp;`) or collapsed white space changed it.
     */
    htmlText(value: string, start: number, end: number, kind: 'text' | 'code' | 'break', emphasis: boolean, link: number): void;
    private inline;
    /**
     * A text node maps 1:1 onto the source unless line indentation, escapes or entities changed it, or GFM's
     * autolink literals split it (the parts keep the whole node's position): then each line of the value is
     * looked for in the node's source, after the previous part.
     */
    private text;
    private link;
    /** A GFM literal (`www.…`, a bare URL inside other text) has no position: find its text in the block. */
    private literalLink;
    /**
     * Where `text` first lies in source `[from, end)`, or -1. The search stops at `end`: a text that is not in
     * the source (a lazy line micromark stripped) would otherwise scan to the end of the file each time.
     */
    private indexWithin;
    /** Where to look for the next text inside source `[start, end)`: after the last exact piece when it lies there. */
    private resumeAt;
    /** Finds the destination text inside the node's source; GFM literals (`www.…`) are the whole node. */
    private locateUrl;
    private push;
    get size(): number;
    build(): Flat;
}
/**
 * The part `[from, to)` of a flat text as a flat text of its own (a paragraph's line, a block's first lines),
 * its pieces and links cut to it and re-based at 0.
 */
export declare function sliceFlat(flat: Flat, from: number, to: number): Flat;
/** The piece holding flat index `i` (binary search), or undefined past the end. */
export declare function pieceAt(flat: Flat, i: number): Piece | undefined;
/**
 * Source offsets of a flat range, and whether they are exact (otherwise they widen to the nodes holding it);
 * `undefined` when the range touches text that is not in the source.
 */
export declare function sourceRange(flat: Flat, from: number, to: number): {
    start: number;
    end: number;
    exact: boolean;
} | undefined;
/**
 * The text with the given ranges overwritten by `fill` (a character repeated, or what a function makes of
 * each range's text), indices unchanged.
 */
export declare function maskRanges(text: string, ranges: ReadonlyArray<readonly [number, number]>, fill: string | ((segment: string) => string)): string;
