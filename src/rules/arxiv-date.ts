/**
 * @rule arxiv-date
 * @summary An entry's arXiv date that contradicts the month in its arXiv id.
 * @fixable no
 *
 * An arXiv id says when the paper was submitted: `2403.17372` is March 2024, `hep-th/9901001` January
 * 1999. A date labelled as arXiv (`arxiv 2023/03`, `arXiv2023/3`, `arXiv 2023`) that is off from the
 * id's month by more than one month was usually copied from a neighbouring entry or mistyped.
 *
 * Unlabelled dates (a date column in a table, `[2023/10]`) are compared too when the file's unlabelled
 * dates mostly (at least three in four, of five or more) agree with their entries' ids: then the list
 * dates its entries by arXiv submission and a disagreeing date is a mistake. A date labelled with a
 * venue (`NeurIPS 2022`) is never compared: publication follows submission by months or years.
 *
 * A year-only date is compared by year, with the same month of slack (`arXiv 2022` for an id of
 * January 2023 passes). When an entry has several ids, each date is compared with the closest.
 *
 * - **warning** when the date differs from the id's month by more than one month;
 * - **error** when it lies more than a year before the id's month: the paper did not exist yet.
 *
 * Option `unlabelled`: `"auto"` (default) as above, `"always"` or `"never"` to compare unlabelled
 * dates regardless of the rest of the file.
 *
 * @example ok
 * - Recommender Systems in the Era of Large Language Models, arxiv 2023/07, [[paper]](https://arxiv.org/abs/2307.02046)
 * - A Survey on Large Language Models for Recommendation, arXiv 2023, [[paper]](https://arxiv.org/abs/2305.19860)
 * - Text Is All You Need, KDD 2023, [[paper]](https://arxiv.org/abs/2305.13731)
 *
 * @example not-ok
 * - Empirical Study, arxiv2023/3, [[paper]](https://arxiv.org/pdf/2403.17372.pdf)
 * - A Survey, arxiv 2021/01, [[paper]](https://arxiv.org/abs/2305.19860)
 * - Uncovering ChatGPT's Capabilities, arxiv 2023/08, [[paper]](https://arxiv.org/abs/2304.10149)
 * @expect 1:20 warning Date 'arxiv2023/3' is 12 months before arXiv id 2403.17372, expected 2024-03
 * @expect 2:13 error Date 'arxiv 2021/01' is 28 months before arXiv id 2305.19860, expected 2023-05
 * @expect 3:38 warning Date 'arxiv 2023/08' is 4 months after arXiv id 2304.10149, expected 2023-04
 *
 * @example not-ok {"unlabelled": "always"}
 * | Date | Paper |
 * | --- | --- |
 * | 2022-05 | [Direct Preference Optimization](https://arxiv.org/pdf/2305.18290.pdf) |
 * @expect 3:3 warning Date '2022-05' is 12 months before arXiv id 2305.18290, expected 2023-05
 */
import { monthIndex, parseArxivId, yearMonth } from '../arxiv/id.js';
import type { Entry, EntryDate, PaperList, RuleFinding } from '../types.js';
import { defineRule } from './rule.js';

export interface ArxivDateOptions {
  /** Whether unlabelled dates are compared: `auto` when most of the file's agree with their ids. */
  unlabelled: 'auto' | 'always' | 'never';
}

/** arXiv ids are assigned by submission, so a month either side is normal. */
const SLACK_MONTHS = 1;
/** Further back than this, the date is before the paper could exist. */
const ERROR_MONTHS = 12;
const AGREEMENT = 0.75;
const MIN_AGREEMENT_SAMPLES = 5;

interface IdMonth {
  id: string;
  /** `year * 12 + month - 1`. */
  month: number;
}

/** A `monthIndex` as `2023-05`. */
const formatMonth = (index: number) => yearMonth(Math.floor(index / 12), (index % 12) + 1);

function idMonthsOf(entry: Entry, today: Date): IdMonth[] {
  const months = new Map<string, number>();
  for (const ref of entry.arxiv) {
    const parsed = parseArxivId(ref.id, today);
    if (parsed.valid) months.set(parsed.id, monthIndex(parsed.year, parsed.month));
  }
  return [...months].map(([id, month]) => ({ id, month }));
}

/** Signed distance in months from the id's month to the nearest month the date can mean. */
function offset(date: EntryDate, id: IdMonth): number {
  if (date.month !== undefined) return monthIndex(date.year, date.month) - id.month;
  const first = monthIndex(date.year, 1);
  const last = monthIndex(date.year, 12);
  if (id.month < first) return first - id.month;
  if (id.month > last) return last - id.month;
  return 0;
}

interface Comparison {
  date: EntryDate;
  id: IdMonth;
  offset: number;
}

function compare(date: EntryDate, ids: IdMonth[]): Comparison | undefined {
  let best: Comparison | undefined;
  for (const id of ids) {
    const candidate = { date, id, offset: offset(date, id) };
    if (!best || Math.abs(candidate.offset) < Math.abs(best.offset)) best = candidate;
  }
  return best;
}

const isUnlabelledMonth = (date: EntryDate) => date.label === '' && date.month !== undefined;

/** Whether the file dates its entries by arXiv submission: most unlabelled dates agree with the ids. */
function unlabelledDatesFollowIds(list: PaperList, idMonths: readonly IdMonth[][]): boolean {
  let samples = 0;
  let agreeing = 0;
  for (const [i, entry] of list.entries.entries()) {
    const ids = idMonths[i];
    if (ids.length === 0) continue;
    for (const date of entry.dates.filter(isUnlabelledMonth)) {
      samples++;
      if (Math.abs(compare(date, ids)!.offset) <= SLACK_MONTHS) agreeing++;
    }
  }
  return samples >= MIN_AGREEMENT_SAMPLES && agreeing >= AGREEMENT * samples;
}

function findingFor({ date, id, offset: months }: Comparison): RuleFinding {
  const direction = months < 0 ? 'before' : 'after';
  const distance =
    date.month === undefined ? '' : `${Math.abs(months)} month${Math.abs(months) === 1 ? '' : 's'} `;
  const expected = date.month === undefined ? String(Math.floor(id.month / 12)) : formatMonth(id.month);
  return {
    severity: months < -ERROR_MONTHS ? 'error' : 'warning',
    message: `Date '${date.text}' is ${distance}${direction} arXiv id ${id.id}, expected ${expected}`,
    span: date.span,
  };
}

export default defineRule<ArxivDateOptions>(
  'arxiv-date',
  { unlabelled: 'auto' },
  (list, options, context) => {
    const idMonths = list.entries.map((entry) => idMonthsOf(entry, context.today));
    const unlabelled =
      options.unlabelled === 'always' ||
      (options.unlabelled === 'auto' && unlabelledDatesFollowIds(list, idMonths));
    return list.entries.flatMap((entry, i) => {
      const ids = idMonths[i];
      if (ids.length === 0) return [];
      return entry.dates.flatMap((date) => {
        if (date.label !== 'arxiv' && !(unlabelled && isUnlabelledMonth(date))) return [];
        const comparison = compare(date, ids)!;
        return Math.abs(comparison.offset) > SLACK_MONTHS ? [findingFor(comparison)] : [];
      });
    });
  },
);
