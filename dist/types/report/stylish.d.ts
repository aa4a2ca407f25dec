import type { Report } from '../types.js';
export interface StylishOptions {
    color: boolean;
    cwd: string;
    /** The terminal's width in columns: messages wrap to fit it. Undefined (a pipe, a file): no wrapping. */
    width?: number;
}
/** The columns a text takes on a terminal. */
export declare function visibleWidth(text: string): number;
/** Splits a message into lines of at most `width` columns at spaces; a longer word (a URL) is cut. */
export declare function wrap(text: string, width: number): string[];
/**
 * ESLint-style output: one block per file, rows `line:col  severity  message  rule-id` with aligned columns
 * (`fixable` after the rule id of what `--fix` can fix), messages wrapped to the terminal's width, then the
 * summary's counts. Prints nothing at all when there is nothing to report.
 */
export declare function formatStylish(report: Report, options: StylishOptions): string;
