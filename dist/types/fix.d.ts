import { type LintedFile, type LintOptions } from './lint.js';
import type { Finding, Fix } from './types.js';
/**
 * Applies fixes to a source text. Fixes that overlap an earlier one are left for a later pass (`skipped`), so
 * the result never depends on the order rules ran in. Returns the new text and how many fixes were applied.
 */
export declare function applyFixes(source: string, fixes: readonly Fix[]): {
    output: string;
    applied: number;
    skipped: Fix[];
};
/**
 * Applies every safe offline fix to a document until none is left (later passes pick up fixes that
 * overlapped earlier ones). Keeps a byte-order mark and line endings; never removes an entry. `linted` is
 * the lint of the output, which the last pass made anyway.
 */
export declare function fixText(text: string, file: string, options?: LintOptions): {
    output: string;
    applied: number;
    linted: LintedFile;
};
/**
 * Applies the fixes an online run reported for a document already fixed offline (arXiv link proposals,
 * redirects: `findings` point into `linted`, the lint of `text`), then the offline fixes they lead to.
 */
export declare function fixTextOnline(text: string, linted: LintedFile, findings: readonly Finding[], options?: LintOptions): {
    output: string;
    applied: number;
    linted: LintedFile;
};
