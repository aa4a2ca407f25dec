import { createHash } from 'node:crypto';

const PREFIX = 'paperlint-verdicts-v1';

/** The ISO 8601 week of a date (UTC), e.g. `2026-W48`: weeks start on Monday, week 1 holds January 4. */
export function isoWeek(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  // The Thursday of this week decides the week's year.
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/**
 * The verdict cache's key: one per week plus a hash of the linted files. When the files changed, a
 * cache of the same week, else the latest of any week, is a good start: the cache expires its own entries.
 */
export function verdictCacheKey(
  week: string,
  files: readonly { path: string; content: string }[],
): { key: string; restoreKeys: string[] } {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    hash.update(`${file.path}\0${file.content}\0`);
  }
  return {
    key: `${PREFIX}-${week}-${hash.digest('hex').slice(0, 16)}`,
    restoreKeys: [`${PREFIX}-${week}-`, `${PREFIX}-`],
  };
}
