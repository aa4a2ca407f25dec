/** Paper-title normalisation and similarity: pure, shared by the offline rules and arXiv title verification. */
export type TitleMatch = 'same' | 'near' | 'different';
export interface TitleComparison {
    match: TitleMatch;
    /** 0–1: the best of token overlap and character similarity (1 for equal titles). */
    score: number;
}
/** Whether a normalised title (words between spaces) has at least `count` words, counted without splitting it. */
export declare function hasWords(title: string, count: number): boolean;
/**
 * Folds a title to a comparable form: NFKC, lower case, LaTeX markup, quotes, apostrophes, dashes,
 * punctuation and whitespace (line breaks included) removed or folded to single spaces.
 */
export declare function normalizeTitle(title: string): string;
/** Empties the memo of `normalizeTitle`: a lint starts with it, so that it holds one list's titles at a time. */
export declare function forgetNormalizedTitles(): void;
export declare function titleTokens(title: string): string[];
/** Levenshtein distance with an early exit once it exceeds `limit`. */
export declare function editDistance(a: string, b: string, limit?: number): number;
/**
 * The distinctive lead two titles share before their colons (`Reflexion` in `Reflexion: an autonomous agent
 * …` and `Reflexion: Language Agents with Verbal Reinforcement Learning`): one paper, renamed between versions.
 */
export declare function sharedColonLead(a: string, b: string): string | undefined;
/**
 * Compares two titles. 'same': equal once normalised, or once case, hyphens, plurals and common
 * abbreviations (`LLMs`, `GNN`, `VLM`) are folded, parentheses dropped, or either side of a colon taken
 * for the whole (`Chameleon` and `Chameleon: Mixed-Modal Early-Fusion Foundation Models`);
 * 'near': a typo, a shortened, extended or renamed title that keeps most words or the short name, or a
 * name of three words or fewer against a full title;
 * 'different': clearly different papers.
 */
export declare function compareTitles(a: string, b: string): TitleComparison;
/**
 * Whether `title`, not the same as `paperTitle`, reads as a name standing for that paper rather than as
 * its title misspelt: three words or fewer against a longer title (`Mamba-2`, `Chain of Thought`), such a
 * name followed by a description, or the paper title's first words (`Where to Go Next for Recommender
 * Systems`).
 */
export declare function readsAsName(title: string, paperTitle: string): boolean;
