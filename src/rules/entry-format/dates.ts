/**
 * @aspect dates
 *
 * `date`: a year-month date written unlike most dates of the list — `2023/5` among `2023/05`, `2023.05`
 * among `2023/05`. A list that consistently writes `2023/5` is left alone; `2023/11` says nothing about
 * padding. The fix rewrites the date in the list's style.
 *
 * @example ok
 * - Title One, arxiv 2023/5, [[paper]](https://arxiv.org/abs/2305.11700)
 * - Title Two, arxiv 2023/6, [[paper]](https://arxiv.org/abs/2306.11700)
 * - Title Three, arxiv 2023/11, [[paper]](https://arxiv.org/abs/2311.11700)
 *
 * @example not-ok
 * - Title One, arxiv 2023/01, [[paper]](https://arxiv.org/abs/2301.11700)
 * - Title Two, arxiv 2023/02, [[paper]](https://arxiv.org/abs/2302.11700)
 * - Title Three, arxiv 2023/03, [[paper]](https://arxiv.org/abs/2303.11700)
 * - Title Four, arxiv 2023/04, [[paper]](https://arxiv.org/abs/2304.11700)
 * - Title Five, arxiv 2023/05, [[paper]](https://arxiv.org/abs/2305.11700)
 * - Title Six, arxiv 2023/06, [[paper]](https://arxiv.org/abs/2306.11700)
 * - Title Seven, arxiv 2023/7, [[paper]](https://arxiv.org/abs/2307.11700)
 * - Title Eight, arxiv 2023.08, [[paper]](https://arxiv.org/abs/2308.11700)
 * - Title Nine, arxiv 2023.9, [[paper]](https://arxiv.org/abs/2309.11700)
 * @expect 7:22 warning Expected '2023/07', like most dates of the list, instead of '2023/7' (date)
 * @expect 8:22 warning Expected '2023/08', like most dates of the list, instead of '2023.08' (date)
 * @expect 9:21 warning Expected '2023/09', like most dates of the list, instead of '2023.9' (date)
 */

import type { Entry, PaperList } from '../../types.js';
import type { Observation, StyleTally } from './tally.js';

const DATE_NUMBERS = /(\d{4})\s*([./-])\s*(\d{1,2})(?!\d)/;

export function observeDates(list: PaperList, entry: Entry, out: StyleTally) {
  for (const date of entry.dates) {
    const match = DATE_NUMBERS.exec(date.text);
    if (!match || date.month === undefined) continue;
    // Read by index: a destructured match is iterated, per date, before the optimiser has run.
    const written = match[0];
    const year = match[1];
    const separator = match[2];
    const month = match[3];
    const start = date.span.start.offset + date.text.indexOf(written);
    const located = list.source.slice(start, start + written.length) === written;
    const rewrite = (expectedSeparator: string, padded: boolean) => {
      const expected = `${year}${expectedSeparator}${padded ? month.padStart(2, '0') : String(Number(month))}`;
      return {
        check: 'date' as const,
        at: start,
        expected: `Expected '${expected}', like most dates of the list, instead of`,
        where: `'${written}'`,
        ...(located && { fix: { start, end: start + written.length, replacement: expected } }),
      };
    };
    const padded = month.length === 2;
    // `2023/11` is written the same padded or not: only months 1–9 show the convention.
    const byPadding: Observation | undefined =
      Number(month) < 10
        ? {
            entry,
            dimension: 'date-padding',
            variant: padded ? 'padded' : 'unpadded',
            // A date off in both ways gets one finding, from its separator.
            report: (expected) =>
              out.expected(bySeparator) === undefined ? rewrite(separator, expected === 'padded') : undefined,
          }
        : undefined;
    const bySeparator: Observation = {
      entry,
      dimension: 'date-separator',
      variant: separator,
      report: (expected) =>
        rewrite(expected, byPadding ? (out.expected(byPadding) ?? byPadding.variant) === 'padded' : padded),
    };
    out.observe(bySeparator);
    if (byPadding) out.observe(byPadding);
  }
}
