import type { LinkSummary } from '../types.js';
import type { VerifyProgress, VerifyResults } from './types.js';
/** How a verified link, id or DOI counts in the report and the progress line. */
export declare function tallyOf(status: string): 'alive' | 'dead' | 'unverified';
/**
 * The report's link counts: every link, arXiv id and DOI verified in the run (redirects count as alive). The
 * links excluded from verification are for the caller to count: verify never sees them.
 */
export declare function summarizeLinks(results: VerifyResults): Omit<LinkSummary, 'excluded'>;
/** The progress line the CLI redraws on a TTY. */
export declare function progressLine(progress: VerifyProgress): string;
