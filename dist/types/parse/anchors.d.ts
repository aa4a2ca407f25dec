/**
 * What a document offers to links into it and what it links to inside its repository: GitHub's heading
 * anchors (github-slugger, duplicates `-1`, `-2`), HTML `id`/`name` anchors and footnotes, every link, image,
 * definition and HTML `href`/`src` destination with its place, and the lists whose items are anchor links
 * (tables of contents). Read from the mdast tree, once per tree.
 */
import type { Root } from 'mdast';
import type { Span } from '../types.js';
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
/** The anchors, headings, destinations and anchor lists of a document; computed once per tree. */
export declare function documentAnchors(tree: Root, source: string): DocumentAnchors;
