/**
 * @rule arxiv-date
 * @summary An entry's arXiv date that contradicts the month in its arXiv id.
 * @fixable yes
 *
 * An arXiv id says when the paper was submitted: `2403.17372` is March 2024, `hep-th/9901001` January
 * 1999. A date labelled as arXiv (`arxiv 2023/03`, `arXiv2023/3`, `arXiv 2023`) that is before the
 * id's month by more than one month was usually copied from a neighbouring entry or mistyped: the paper
 * was not on arXiv yet.
 *
 * A date after the id's month is what a later version (v2, v3) or the camera-ready month looks like, so
 * up to a year after the id nothing is said; further after, an info asks whether it is a later
 * version's date. In a list where nearly all dated entries (90 % of ten or more) carry exactly their
 * id's month, any month after the id is that info: such a list writes submission months, and one that
 * differs is worth a look.
 *
 * Unlabelled dates (a date column in a table, `[2023/10]`) are compared too when the file's unlabelled
 * dates mostly (at least three in four, of five or more) agree with their entries' ids: then the list
 * dates its entries by arXiv submission and a disagreeing date is a mistake. A date labelled with a
 * venue (`NeurIPS 2022`) is never compared: publication follows submission by months or years.
 *
 * A year-only date is compared by year, with the same month of slack (`arXiv 2022` for an id of
 * January 2023 passes). When an entry has several ids, each date is compared with the closest.
 *
 * - **warning** when the date is more than one month and at most a year before the id's month; the fix
 *   writes the id's month in the date's own form (`Apr 2021` → `Apr 2022`, `2023/3` → `2024/3`,
 *   `2023-05`, `2024年9月`, `2021` → `2022`), leaving the label alone; a date with a day has no fix, and
 *   neither has an entry whose arXiv link is itself in doubt (a `conflicting-link` with another entry, or
 *   two different ids in the entry): there the date may be right and the link wrong;
 * - **error** when it lies more than a year before the id's month: the paper did not exist yet. No fix:
 *   as often the link is the wrong one;
 * - **info** when it lies more than a year after the id's month.
 *
 * Option `unlabelled`: `"auto"` (default) as above, `"always"` or `"never"` to compare unlabelled
 * dates regardless of the rest of the file.
 *
 * @example ok
 * - Recommender Systems in the Era of Large Language Models, arxiv 2023/07, [[paper]](https://arxiv.org/abs/2307.02046)
 * - A Survey on Large Language Models for Recommendation, arXiv 2023, [[paper]](https://arxiv.org/abs/2305.19860)
 * - Text Is All You Need, KDD 2023, [[paper]](https://arxiv.org/abs/2305.13731)
 * - Uncovering ChatGPT's Capabilities, arxiv 2023/08, [[paper]](https://arxiv.org/abs/2304.10149)
 *
 * @example not-ok
 * - Empirical Study, arxiv2023/3, [[paper]](https://arxiv.org/pdf/2403.17372.pdf)
 * - A Survey, arxiv 2021/01, [[paper]](https://arxiv.org/abs/2305.19860)
 * - Zero-Shot Planners, arXiv, Apr 2021. [[Paper](https://arxiv.org/abs/2204.01691)]
 * - Self-Supervised Learning: A Survey, arxiv, 2023/06, [[paper]](https://arxiv.org/pdf/2203.15876.pdf)
 * @expect 1:25 warning Date 'arxiv2023/3' is 12 months before arXiv id 2403.17372, expected 2024-03
 * @expect 2:13 error Date 'arxiv 2021/01' is 28 months before arXiv id 2305.19860, expected 2023-05
 * @expect 3:30 warning Date 'arXiv, Apr 2021' is 12 months before arXiv id 2204.01691, expected 2022-04
 * @expect 4:39 info Date 'arxiv, 2023/06' is 15 months after arXiv id 2203.15876 (2022-03): the date of a later version?
 *
 * @example not-ok {"unlabelled": "always"}
 * | Date | Paper |
 * | --- | --- |
 * | 2022-05 | [Direct Preference Optimization](https://arxiv.org/pdf/2305.18290.pdf) |
 * @expect 3:3 warning Date '2022-05' is 12 months before arXiv id 2305.18290, expected 2023-05
 */
import { monthIndex, parseArxivId, yearMonth } from '../arxiv/id.js';
import { MONTH_NAME } from '../parse/dates.js';
import type { Entry, EntryDate, Fix, PaperList, RuleFinding } from '../types.js';
import { doubtfulArxivEntries } from './entry-pairs.js';
import { defineRule } from './rule.js';

export interface ArxivDateOptions {
  /** Whether unlabelled dates are compared: `auto` when most of the file's agree with their ids. */
  unlabelled: 'auto' | 'always' | 'never';
}

/** arXiv ids are assigned by submission, so a month either side is normal. */
const SLACK_MONTHS = 1;
/** Further back than this, the date is before the paper could exist. */
const ERROR_MONTHS = 12;
/** Up to this far after the id, a date is a later version's or the camera-ready month: nothing to report. */
const LATER_VERSION_MONTHS = 12;
const AGREEMENT = 0.75;
const MIN_AGREEMENT_SAMPLES = 5;

interface IdMonth {
  id: string;
  /** `year * 12 + month - 1`. */
  month: number;
}

/** A `monthIndex` as `2023-05`. */
const formatMonth = (index: number) => yearMonth(Math.floor(index / 12), (index % 12) + 1);

/** The ids of an entry without any: shared, most entries of many lists have none. */
const NO_IDS: readonly IdMonth[] = [];

function idMonthsOf(entry: Entry, today: Date): readonly IdMonth[] {
  if (entry.arxiv.length === 0) return NO_IDS;
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

function compare(date: EntryDate, ids: readonly IdMonth[]): Comparison | undefined {
  let best: Comparison | undefined;
  for (const id of ids) {
    const candidate = { date, id, offset: offset(date, id) };
    if (!best || Math.abs(candidate.offset) < Math.abs(best.offset)) best = candidate;
  }
  return best;
}

const isUnlabelledMonth = (date: EntryDate) => date.label === '' && date.month !== undefined;

/** Share of compared month dates that carry exactly their id's month, from which a later month is news. */
const EXACT_MONTHS = 0.9;
const MIN_EXACT_SAMPLES = 10;

/** Whether nearly all (≥ 90 %, of ten or more) of the dates compared name exactly their id's month. */
function datesCarryIdMonths(comparisons: readonly Comparison[]): boolean {
  const months = comparisons.filter((comparison) => comparison.date.month !== undefined);
  const exact = months.filter((comparison) => comparison.offset === 0).length;
  return months.length >= MIN_EXACT_SAMPLES && exact >= EXACT_MONTHS * months.length;
}

/** Whether the file dates its entries by arXiv submission: most unlabelled dates agree with the ids. */
function unlabelledDatesFollowIds(list: PaperList, idMonths: ReadonlyArray<readonly IdMonth[]>): boolean {
  let samples = 0;
  let agreeing = 0;
  for (let i = 0; i < list.entries.length; i++) {
    const ids = idMonths[i];
    if (ids.length === 0) continue;
    for (const date of list.entries[i].dates) {
      if (!isUnlabelledMonth(date)) continue;
      samples++;
      if (Math.abs(compare(date, ids)!.offset) <= SLACK_MONTHS) agreeing++;
    }
  }
  return samples >= MIN_AGREEMENT_SAMPLES && agreeing >= AGREEMENT * samples;
}

/** The year and month of a date as the source writes it, without its label (a day after them: no match). */
const WRITTEN_DATE = new RegExp(
  [
    `(?<![A-Za-z])(?<name>${MONTH_NAME})(?<nameGap>\\.?,?\\s+)(?<nameYear>\\d{4})(?!\\d)`,
    '(?<numericYear>\\d{4})(?<numericGap>\\s*[/.-]\\s*)(?<numericMonth>\\d{1,2})(?!\\d|\\s*[/.-]\\s*\\d)',
    '(?<cjkYear>\\d{4})(?<cjkGap>\\s*年\\s*)(?<cjkMonth>\\d{1,2})(?<cjkEnd>\\s*月)(?!\\s*\\d)',
    '(?<year>\\d{4})(?!\\d|\\s*[/.年-]\\s*\\d)',
  ].join('|'),
  'g',
);

const fullMonthName = (month: number) =>
  new Date(Date.UTC(2000, month - 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' });

/** The month's name abbreviated or full like `written` (a name of `writtenMonth`; `May` reads as abbreviated). */
function monthNameLike(written: string, writtenMonth: number, month: number): string {
  const abbreviated = written.length === 3 || written.length < fullMonthName(writtenMonth).length;
  return abbreviated ? fullMonthName(month).slice(0, 3) : fullMonthName(month);
}

/**
 * The date rewritten to the id's month in the form it is written in (`Apr 2021`, `2023/3`, `2023-05`,
 * `2024年9月`, `2021`), replacing the year and month only; none when the date names a day (the day is not
 * known) or cannot be found as written.
 */
function rewriteToId(list: PaperList, date: EntryDate, id: IdMonth): Fix | undefined {
  const start = date.span.start.offset;
  const match = [...list.source.slice(start, date.span.end.offset).matchAll(WRITTEN_DATE)].at(-1);
  if (!match?.groups) return undefined;
  const written = match.groups;
  if (Number(written.nameYear ?? written.numericYear ?? written.cjkYear ?? written.year) !== date.year)
    return undefined;
  const year = Math.floor(id.month / 12);
  const month = (id.month % 12) + 1;
  const padLike = (writtenMonth: string) => String(month).padStart(writtenMonth.length, '0');
  let replacement: string | undefined;
  if (written.name !== undefined && date.month !== undefined)
    replacement = `${monthNameLike(written.name, date.month, month)}${written.nameGap}${year}`;
  else if (written.numericMonth !== undefined && Number(written.numericMonth) === date.month)
    replacement = `${year}${written.numericGap}${padLike(written.numericMonth)}`;
  else if (written.cjkMonth !== undefined && Number(written.cjkMonth) === date.month)
    replacement = `${year}${written.cjkGap}${padLike(written.cjkMonth)}${written.cjkEnd}`;
  else if (written.year !== undefined && date.month === undefined) replacement = String(year);
  if (replacement === undefined) return undefined;
  const at = start + match.index;
  return { start: at, end: at + match[0].length, replacement };
}

/** What the whole list says about its dates, for the judgement of one. */
interface ListHabits {
  /** Nearly every dated entry carries exactly its id's month: a later month stands out. */
  exactMonths: boolean;
  /** Entries whose arXiv link is in doubt: a fix that trusts it could make a right date wrong. */
  doubtful: Set<Entry>;
}

function findingFor(
  list: PaperList,
  entry: Entry,
  { date, id, offset: months }: Comparison,
  habits: ListHabits,
): RuleFinding | undefined {
  const distance =
    date.month === undefined ? '' : `${Math.abs(months)} month${Math.abs(months) === 1 ? '' : 's'} `;
  const expected = date.month === undefined ? String(Math.floor(id.month / 12)) : formatMonth(id.month);
  if (months > 0) {
    if (months <= LATER_VERSION_MONTHS && !(habits.exactMonths && date.month !== undefined)) return undefined;
    return {
      severity: 'info',
      message: `Date '${date.text}' is ${distance}after arXiv id ${id.id} (${expected}): the date of a later version?`,
      span: date.span,
    };
  }
  const message = `Date '${date.text}' is ${distance}before arXiv id ${id.id}, expected ${expected}`;
  if (months < -ERROR_MONTHS) return { severity: 'error', message, span: date.span };
  const fix = habits.doubtful.has(entry) ? undefined : rewriteToId(list, date, id);
  return { severity: 'warning', message, span: date.span, ...(fix && { fix }) };
}

export default defineRule<ArxivDateOptions>(
  'arxiv-date',
  { unlabelled: 'auto' },
  (list, options, context) => {
    const idMonths = list.entries.map((entry) => idMonthsOf(entry, context.today));
    const unlabelled =
      options.unlabelled === 'always' ||
      (options.unlabelled === 'auto' && unlabelledDatesFollowIds(list, idMonths));
    const compared: { entry: Entry; comparison: Comparison }[] = [];
    for (let i = 0; i < list.entries.length; i++) {
      const ids = idMonths[i];
      if (ids.length === 0) continue;
      const entry = list.entries[i];
      for (const date of entry.dates)
        if (date.label === 'arxiv' || (unlabelled && isUnlabelledMonth(date)))
          compared.push({ entry, comparison: compare(date, ids)! });
    }
    const habits: ListHabits = {
      exactMonths: datesCarryIdMonths(compared.map(({ comparison }) => comparison)),
      doubtful: doubtfulArxivEntries(list),
    };
    return compared.flatMap(({ entry, comparison }) =>
      Math.abs(comparison.offset) <= SLACK_MONTHS && !(habits.exactMonths && comparison.offset > 0)
        ? []
        : (findingFor(list, entry, comparison, habits) ?? []),
    );
  },
);
