/**
 * The entry model: one walk over the mdast tree turns list items, table rows and multi-line blocks (citation
 * paragraphs among them) into entries with their section, title and its kind, venue, dates, links, arXiv ids
 * and DOIs, and leaves out what is not a paper (tables of contents, badges, news, resource and contributor
 * lists).
 */
import type { Root } from 'mdast';
import type { Entry, Link } from '../types.js';
/** Turns a parsed document into its paper entries, in document order. */
export declare function extractEntries(tree: Root, source: string): Entry[];
/** The entries of a parsed document and every link in it (entries' links are the same objects). */
export declare function extractModel(tree: Root, source: string): {
    entries: Entry[];
    links: Link[];
};
