import type { LinkSummary } from '../types.js';
import type { VerifyProgress, VerifyResults } from './types.js';

/** How a verified link, id or DOI counts in the report and the progress line. */
export function tallyOf(status: string): 'alive' | 'dead' | 'unverified' {
  if (status === 'alive' || status === 'redirect' || status === 'found' || status === 'moved') return 'alive';
  return status === 'dead' || status === 'not-found' ? 'dead' : 'unverified';
}

/**
 * The report's link counts: every link, arXiv id and DOI verified in the run (redirects count as alive). The
 * links excluded from verification are for the caller to count: verify never sees them.
 */
export function summarizeLinks(results: VerifyResults): Omit<LinkSummary, 'excluded'> {
  const counts = { checked: 0, alive: 0, dead: 0, unverified: 0 };
  for (const { status } of [...results.links.values(), ...results.arxiv.values(), ...results.dois.values()]) {
    counts.checked += 1;
    counts[tallyOf(status)] += 1;
  }
  return counts;
}

/** The progress line the CLI redraws on a TTY. */
export function progressLine(progress: VerifyProgress): string {
  const { done, total, alive, dead, unverified } = progress;
  return `Verifying links ${done}/${total}: ${alive} alive, ${dead} dead, ${unverified} unverified`;
}
