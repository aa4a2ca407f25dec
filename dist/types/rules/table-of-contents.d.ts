/**
 * Sections a table of contents leaves out, where it clearly means to list every one: a list of anchor links
 * that lists every other heading of the same level between its first and last entry, under the same
 * parents. Trailing sections (Contributing, License) and partial tables say nothing.
 */
import type { DocumentAnchors, HeadingAnchor } from '../parse/anchors.js';
import type { Fix, Point } from '../types.js';
export interface MissingSection {
    heading: HeadingAnchor;
    /** The table's entry for it, as the table writes its others (`- [Title](#title)`). */
    entry: string;
    /** Where it goes: after the entry of the section before it, or before the one after it. */
    at: Point;
    /** The insertion; absent for a numbered table, whose numbers would need to move too. */
    fix?: Fix;
}
/** The sections each table of contents of the document leaves out (see the module's comment). */
export declare function sectionsMissingFromContents(document: DocumentAnchors, source: string): MissingSection[];
