/**
 * The archives an old-style id (`archive[.SC]/YYMMNNN`) can name, with the months they took submissions
 * (`YYYY-MM`, from arXiv's taxonomy definitions): ids outside that window were never issued.
 */
export interface ArchiveSpan {
    start: string;
    /** Last month of a legacy archive since merged into another; absent for archives still open. */
    end?: string;
}
export declare const ARXIV_ARCHIVES: ReadonlyMap<string, ArchiveSpan>;
