/**
 * Whether an entry's title is the paper's published title or a name standing for it (`MusicGen`, `Chain of
 * Thought`): each entry's shape says so, or leaves it to the entries of the same list or table.
 */
import type { Entry } from '../types.js';
export interface ShapeEvidence {
    /** The entry describes the paper after the title (`**Name** - a model that …`, `[ViLT](…) 论文精读`). */
    described: boolean;
    /** The title comes from a table's name column (`Name`, `Model`, `Dataset`). */
    nameColumn: boolean;
}
/**
 * Sets the kind of every titled entry of one list or table: short labels follow the majority of the others
 * (names in a table of model names, full titles in a list of papers); when unsure, a title is full.
 */
export declare function settleTitleKinds(entries: ReadonlyArray<{
    entry: Entry;
    evidence: ShapeEvidence;
}>): void;
