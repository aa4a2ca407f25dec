/** ` (did you mean 'x'?)` for the candidate closest to a mistyped name, or `` when none is close. */
export declare function didYouMean(name: string, candidates: readonly string[]): string;
