import type { ArxivLinkWanted, Entry, Fix } from '../../types.js';
/** The sub-checks, each an option of the rule (`{"spacing": false}` turns one off). */
export type SubCheck = 'no-link' | 'empty-title' | 'link-syntax' | 'spacing' | 'whitespace' | 'fullwidth' | 'date' | 'label' | 'separator' | 'directive';
/** What a finding says: `Expected no space before ',' in 'Xu ,'`. */
export interface Problem {
    check: SubCheck;
    /** Source offset of the problem, to order findings along the entry. */
    at: number;
    /** The message up to the place: `Expected no space before ',' in`. */
    expected: string;
    /** The place, quoted; an entry's problems with the same `expected` become one finding naming each place. */
    where?: string;
    fix?: Fix;
    /** A missing arXiv link that an online run may propose (`no-link`). */
    arxivLink?: ArxivLinkWanted;
}
/** One occurrence of a style variant that is worth reporting when it is a clear minority. */
export interface Observation {
    entry: Entry;
    /** What is being counted (`date-padding`, `label:paper`, `comma-before`…). */
    dimension: string;
    variant: string;
    /** The problem to report when this variant turns out to be the minority; `expected` is the majority. */
    report: (expected: string) => Problem | undefined;
}
/**
 * Where the observers put what they see: every variant is counted (per section and for the whole list),
 * but only variants that can be wrong (a double space, not a single one) become observations. Counting
 * ends before the first question (`expected`, `mostCommon`): the whole list's counts are summed then.
 */
export declare class StyleTally {
    readonly observations: Observation[];
    /**
     * dimension → variant → occurrences in the whole list, variants in the order the list first uses them;
     * the counts are the sections' summed on the first question.
     */
    private readonly list;
    private summed;
    /** dimension → variant → occurrences, for each section. */
    private readonly sections;
    private current;
    private lastEntry;
    /** The section last asked about and its counts: observations are asked about entry after entry. */
    private asked;
    private readonly majorities;
    /** The entry the next counts and observations belong to. */
    enter(entry: Entry): void;
    count(dimension: string, variant: string): void;
    observe(observation: Observation): void;
    /** A variant new to its section may be new to the list: the list's variants keep the order of first use. */
    private firstInSection;
    /** The whole list's variants of `dimension` and their counts. */
    private listCounts;
    /** The majority variant when `observation`'s own is a clear minority in its section (or, in small sections, the list). */
    expected(observation: Observation): string | undefined;
    /** The variant the whole list uses most in `dimension`, if any. */
    mostCommon(dimension: string): string | undefined;
    /** A section's counts, found by its headings rather than held per observation (a list has some 80,000). */
    private countsOf;
    private majorityOf;
}
