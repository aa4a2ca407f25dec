import { editDistance } from '../text/title.js';

/**
 * ` (did you mean 'x'?)` for the candidate closest to a mistyped name, or `` when none is close: a few edits,
 * at most half the word (`'xyz'` is no typo of `'abs'`), or the start of a candidate (`'warn'`, `'warning'`).
 */
export function didYouMean(name: string, candidates: readonly string[]): string {
  const best = candidates
    .map((candidate) => ({ candidate, distance: editDistance(name, candidate) }))
    .sort((x, y) => x.distance - y.distance)[0];
  if (!best) return '';
  const close = best.distance <= 3 && best.distance * 2 <= Math.max(name.length, best.candidate.length);
  const prefix = name.length >= 3 && candidates.find((candidate) => candidate.startsWith(name));
  const suggestion = close ? best.candidate : prefix;
  return suggestion ? ` (did you mean '${suggestion}'?)` : '';
}
