/**
 * Each list's own entry template: where its entries hold their titles, learnt from the entries themselves
 * rather than hard-coded per layout. One entry's shape may leave its title open (`Joshua Goodman: A bit of
 * progress …` is a title or an author and a title; `[[CVPR](…)] PointNet: …` is titled `CVPR` or `PointNet`);
 * the other entries of its list settle it:
 * - most entries open with an author list → one name before the title is an author too;
 * - most titles are bold or italic runs → a bold run is the title rather than the plain text before it;
 * - venue names where titles should be, recurring across entries (`CVPR`, `ICCV`, `NeurIPS` before each title),
 *   are the template's venue slot, not titles.
 */
import { type Flat } from './flat.js';
import { type TitleHint, type TitleRange } from './title.js';
/** The title an entry's own shape gave it, and what the template asks of its flat text. */
export interface TitleReading {
    title: TitleRange | undefined;
    /** The title opens a bold or italic run. */
    emphasised: boolean;
    /** The title's text ('' without one). */
    text: string;
}
/** What `learnHint` needs of `title` in `flat`, read while the flat text is at hand (it is not kept). */
export declare function titleReading(flat: Flat, title: TitleRange | undefined): TitleReading;
/** What the entries of one list say of where their titles are; undefined when they say nothing. */
export declare function learnHint(readings: readonly TitleReading[]): TitleHint | undefined;
