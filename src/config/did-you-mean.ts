import { editDistance } from '../text/title.js';

/** ` (did you mean 'x'?)` for the candidate closest to a mistyped name, or `` when none is close. */
export function didYouMean(name: string, candidates: readonly string[]): string {
  const best = candidates
    .map((candidate) => ({ candidate, distance: editDistance(name, candidate) }))
    .sort((x, y) => x.distance - y.distance)[0];
  return best && best.distance <= 3 ? ` (did you mean '${best.candidate}'?)` : '';
}
