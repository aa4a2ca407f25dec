/**
 * ` (did you mean 'x'?)` for the candidate closest to a mistyped name, or `` when none is close: a few edits,
 * at most half the word (`'xyz'` is no typo of `'abs'`), or the start of a candidate (`'warn'`, `'warning'`).
 */
export declare function didYouMean(name: string, candidates: readonly string[]): string;
