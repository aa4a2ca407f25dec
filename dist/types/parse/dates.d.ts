/** Dates written in entries and what they are labelled with: `arxiv 2023/05`, `NeurIPS'23`, `[2023/10]`. */
export interface DateInText {
    /** Start of the date as written, its label included (`arxiv 2023/05`) or its brackets (`[2023/10]`). */
    index: number;
    length: number;
    /** Lower-cased label: `arxiv`, a venue (`neurips`), or `` when unlabelled. */
    label: string;
    /** The venue as written (`NeurIPS`), when the label names one other than arXiv. */
    venue?: string;
    year: number;
    month?: number;
}
/** The months' three-letter stems, lower-case, January first. */
export declare const MONTHS: string[];
/** An English month name as lists write it, full or abbreviated (`Sep`, `Sept`, `September`). */
export declare const MONTH_NAME = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";
/** A date's label lower-cased, misspelt arXivs as `arxiv`: labels in text and a table's venue column alike. */
export declare function dateLabel(label: string): string;
/**
 * Finds the dates in `text` with their labels. `boundaries` are extra positions (sorted) that a label must not
 * cross, such as the edges of inline code spans (`` `Uber` `2021` `` names a company, not a venue).
 */
export declare function findDatesInText(text: string, boundaries?: readonly number[]): DateInText[];
