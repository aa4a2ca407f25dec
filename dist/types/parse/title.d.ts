/** Where the title of an entry lies in its flat text, and what is a link label rather than a title. */
import { type Flat } from './flat.js';
/** Lower-case words of `text` (letters and digits) joined by single spaces: `[PDF]` → `pdf`, `Paper Title:` → `paper title`. */
export declare function wordKey(text: string): string;
/** True for "paper", "[PDF]", "Code", "arXiv" and the like. */
export declare function isLinkLabel(text: string): boolean;
/** A usable title: has letters, is no link label, no URL and no bare date. */
export declare function isTitleLike(text: string): boolean;
export type TitleMode = 'item' | 'cell';
export interface TitleRange {
    from: number;
    to: number;
    /**
     * The entry describes the paper after its title (`**MusicGen** - a simple and controllable model …`,
     * `[ViLT](…) 论文精读`): what the title holds is a name for the paper rather than its published title.
     */
    described?: boolean;
    /** The prose after a digest's title (`PaperBench  OpenAI introduces … from ICML 2024`): its venues and dates are not the entry's. */
    description?: {
        from: number;
        to: number;
    };
    /** A name written before the title (`RoBERTa` in `RoBERTa **RoBERTa: A Robustly …**`). */
    name?: {
        from: number;
        to: number;
    };
    /** The title is quoted after the authors of a citation (`Simonyan, Karen, … "Very deep …" arXiv …`). */
    cited?: boolean;
    /** The title is the slot after an author list that opens the entry (`N. Papernot, …, and A. Swami, **Title**`). */
    authored?: boolean;
}
/**
 * What a list's own entries say of where their titles are (`learnHint` in `template.ts`), for one entry
 * whose own shape leaves it open.
 */
export interface TitleHint {
    /** The list's entries open with their authors: one name before the title (`Joshua Goodman: …`) is one too. */
    authorsFirst?: boolean;
    /** The list's titles are bold or italic runs: one is the title rather than the plain text before it. */
    emphasis?: boolean;
    /** The list writes a venue before each title (`[[CVPR](…)] PointNet: …`): a venue's name is never its title. */
    venues?: boolean;
}
/** Finds the title in `flat.text[from, to)`: link text, a bold or italic run, quotes, or text up to a separator. */
export declare function findTitle(flat: Flat, from: number, to: number, mode: TitleMode, hint?: TitleHint): TitleRange | undefined;
/**
 * A date or a venue and nothing else (`23.10 - arxiv`, `2019-ICML`, `NeurIPS 2023`, `CVPR, 2015`): never a title.
 * It must hold a date, a year or `arXiv`: capitals alone (`CVPR`, but also `BERT`) or a model's number (`GPT-4`)
 * may be a paper's name.
 */
export declare function isDateOrVenue(text: string): boolean;
/** A venue's name or date and nothing else (`CVPR`, `ICCV 2017`, `arXiv`): a slot a list may repeat before each title. */
export declare function isVenueLabel(text: string): boolean;
/** `ABS+` of `ABS+ (Rush et al., 2015)`: a name or title without the citation that closes it. */
export declare function withoutCitation(text: string): string;
/** `MicroLens` in `MicroLens: A Content-Driven …`: a name of at most three words before a colon. */
export declare function shortNameOf(title: string): string | undefined;
/** Collapses whitespace (line breaks inside link labels, CRLF) into single spaces. */
export declare function cleanTitle(text: string): string;
