/**
 * @rule entry-order
 * @summary An entry out of place in a section that keeps its entries newest first, oldest first or by title.
 * @fixable no
 *
 * Many lists keep each section in one order: newest first, oldest first, or by title. The order is
 * inferred per section, never assumed: a section keeps one when at least five of its entries have a
 * date, at least four neighbouring pairs of them differ, and at least 90 % of those pairs go the same
 * way. Failing that, the same holds for titles (A to Z). An entry that breaks the order is reported
 * with the first entry it belongs before (or the last it belongs after). Where no order is clear,
 * nothing is reported.
 *
 * An entry's date is when the paper appeared: an arXiv or unlabelled date (`arxiv 2023/05`,
 * `[2023/10]`, a date column), else its arXiv id's month, else a venue's date. A venue's year
 * (`AAAI 2024` on a paper of 2023/07) follows submission by months, so lists that sort by arXiv date
 * are not read by it. `arXiv 2023` with an id of May 2023 is May 2023. Dates compare on the finest
 * precision both have (`2023` against `2023/05` compares years) and equal dates never break an order.
 * An entry without a date neither breaks nor anchors one.
 *
 * Titles compare case-insensitively, accents aside, as written (a leading `A` or `The` counts).
 * Sub-entries nested under an entry are ordered apart from the entries around their parent.
 *
 * Only a lone entry out of place is reported: several neighbours out of place together are usually a
 * second ordered part of the section (published papers after preprints, a batch added later), not a
 * slip. No fix: moving an entry is not a safe edit.
 *
 * @example ok
 * ## Surveys
 * - A Survey on Large Language Models for Recommendation, arxiv 2023/05, [[paper]](https://arxiv.org/abs/2305.19860)
 * - How Can Recommender Systems Benefit from Large Language Models: A Survey, arxiv 2023/06, [[paper]](https://arxiv.org/abs/2306.05817)
 * - Recommender Systems in the Era of Large Language Models, arxiv 2023/07, [[paper]](https://arxiv.org/abs/2307.02046)
 * - Large Language Models for Generative Recommendation: A Survey and Visionary Discussions, arxiv 2023/09, [[paper]](https://arxiv.org/abs/2309.01157)
 * - A Survey on Large Language Models for Personalized and Explainable Recommendations, arxiv 2023/11, [[paper]](https://arxiv.org/abs/2311.12338)
 *
 * @example not-ok
 * ## Surveys
 * - Large Language Model Enhanced Recommender Systems: Taxonomy, Trend, Application and Future, arxiv 2024/12, [[paper]](https://arxiv.org/abs/2412.13432)
 * - Towards Next-Generation LLM-based Recommender Systems: A Survey and Beyond, arxiv 2024/10, [[paper]](https://arxiv.org/abs/2410.19744)
 * - All Roads Lead to Rome: Unveiling the Trajectory of Recommender Systems Across the LLM Era, arxiv 2024/07, [[paper]](https://arxiv.org/abs/2407.10081)
 * - Survey for Landing Generative AI in Social and E-commerce Recsys - the Industry Perspectives, arxiv 2024/06, [[paper]](https://arxiv.org/abs/2406.06475)
 * - A Survey of Generative Search and Recommendation in the Era of Large Language Models, arxiv 2024/04, [[paper]](https://arxiv.org/abs/2404.16924)
 * - A Survey on Large Language Models for Recommendation, arxiv 2023/05, [[paper]](https://arxiv.org/abs/2305.19860)
 * - Exploring the Impact of Large Language Models on Recommender Systems: An Extensive Review, arxiv 2024/02, [[paper]](https://arxiv.org/abs/2402.18590)
 * - Prompting Large Language Models for Recommender Systems: A Comprehensive Framework and Empirical Analysis, arxiv 2024/01, [[paper]](https://arxiv.org/abs/2401.04997)
 * - User Modeling in the Era of Large Language Models: Current Research and Future Directions, arxiv 2023/12, [[paper]](https://arxiv.org/abs/2312.11518)
 * - A Survey on Large Language Models for Personalized and Explainable Recommendations, arxiv 2023/11, [[paper]](https://arxiv.org/abs/2311.12338)
 * - Large Language Models for Generative Recommendation: A Survey and Visionary Discussions, arxiv 2023/09, [[paper]](https://arxiv.org/abs/2309.01157)
 * - Large Language Models for Information Retrieval: A Survey, arxiv 2023/08, [[paper]](https://arxiv.org/abs/2308.07107)
 * - Recommender Systems in the Era of Large Language Models (LLMs), arxiv 2023/07, [[paper]](https://arxiv.org/abs/2307.02046)
 * - Pre-train, Prompt and Recommendation: A Comprehensive Survey of Language Modelling Paradigm Adaptations in Recommender Systems, arxiv 2023/02, [[paper]](https://arxiv.org/abs/2302.03735)
 * @expect 7:1 warning Entry out of order: 2023/05 belongs before line 15 (this section is newest first)
 */
import { monthIndex, parseArxivId } from '../arxiv/id.js';
import type { Entry, PaperList, RuleFinding } from '../types.js';
import { defineRule } from './rule.js';

/** Fewer entries than this, or fewer differing neighbours than this less one, show no order. */
const MIN_ENTRIES = 5;
/** Share of the differing neighbouring pairs that must go one way. */
const AGREEMENT = 0.9;

/** Where an entry sorts: a range, because a year without a month stands for all its months. */
interface Key {
  low: number;
  high: number;
  /** What the message shows: `2023/05`, `2023`, `'Title'`. */
  shown: string;
}

interface Keyed {
  entry: Entry;
  key: Key;
}

interface Order {
  name: 'newest first' | 'oldest first' | 'sorted by title';
  /** The entries with a key, in document order, their keys turned so that the order is ascending. */
  items: Keyed[];
}

const dateKey = (date: { year: number; month?: number }): Key =>
  date.month === undefined
    ? { low: monthIndex(date.year, 1), high: monthIndex(date.year, 12), shown: String(date.year) }
    : {
        low: monthIndex(date.year, date.month),
        high: monthIndex(date.year, date.month),
        shown: `${date.year}/${String(date.month).padStart(2, '0')}`,
      };

/** -1 when `a` sorts strictly before `b`, 1 strictly after, 0 when their ranges meet (a tie). */
function compareKeys(a: Key, b: Key): number {
  if (a.high < b.low) return -1;
  if (a.low > b.high) return 1;
  return 0;
}

function arxivMonth(entry: Entry, today: Date): Key | undefined {
  for (const ref of entry.arxiv) {
    const parsed = parseArxivId(ref.id, today);
    if (parsed.valid) return dateKey(parsed);
  }
  return undefined;
}

/** When the paper appeared: an arXiv or unlabelled date, else the arXiv id's month, else a venue's date. */
function dateOf(entry: Entry, today: Date): Key | undefined {
  const idMonth = arxivMonth(entry, today);
  const appeared = entry.dates.find((date) => date.label === '' || date.label === 'arxiv');
  if (!appeared) return idMonth ?? (entry.dates[0] && dateKey(entry.dates[0]));
  const key = dateKey(appeared);
  // `arXiv 2023` and the id 2305.19860 tell of one submission; the id knows its month.
  const sameSubmission =
    appeared.label === 'arxiv' && appeared.month === undefined && idMonth && compareKeys(key, idMonth) === 0;
  return sameSubmission ? idMonth : key;
}

const collator = new Intl.Collator('en', { sensitivity: 'base' });

/** Titles as ranks, so that they sort like dates; titles equal to the collator share a rank. */
function titleKeys(entries: readonly Entry[]): (Key | undefined)[] {
  const titles = [...new Set(entries.map((entry) => entry.title).filter((title) => title !== ''))];
  titles.sort(collator.compare);
  const rank = new Map<string, number>();
  titles.forEach((title, i) => {
    const tied = i > 0 && collator.compare(titles[i - 1], title) === 0;
    rank.set(title, tied ? rank.get(titles[i - 1])! : i);
  });
  return entries.map((entry) => {
    const position = rank.get(entry.title);
    return position === undefined ? undefined : { low: position, high: position, shown: `'${entry.title}'` };
  });
}

function keyed(entries: readonly Entry[], keys: readonly (Key | undefined)[]): Keyed[] {
  return entries.flatMap((entry, i) => {
    const key = keys[i];
    return key ? [{ entry, key }] : [];
  });
}

/** How many neighbouring pairs go up and how many go down; ties go neither way. */
function steps(items: readonly Keyed[]): { up: number; down: number } {
  let up = 0;
  let down = 0;
  for (let i = 1; i < items.length; i++) {
    const comparison = compareKeys(items[i - 1].key, items[i].key);
    if (comparison < 0) up++;
    else if (comparison > 0) down++;
  }
  return { up, down };
}

const isClear = (count: number, agreeing: number, disagreeing: number) =>
  count >= MIN_ENTRIES &&
  agreeing + disagreeing >= MIN_ENTRIES - 1 &&
  agreeing >= AGREEMENT * (agreeing + disagreeing);

const descending = ({ entry, key }: Keyed): Keyed => ({
  entry,
  key: { low: -key.high, high: -key.low, shown: key.shown },
});

/** The order the entries keep, by date or else by title; `undefined` when none is clear. */
function orderOf(entries: readonly Entry[], today: Date): Order | undefined {
  const dated = keyed(
    entries,
    entries.map((entry) => dateOf(entry, today)),
  );
  const byDate = steps(dated);
  if (isClear(dated.length, byDate.up, byDate.down)) return { name: 'oldest first', items: dated };
  if (isClear(dated.length, byDate.down, byDate.up))
    return { name: 'newest first', items: dated.map(descending) };
  const titled = keyed(entries, titleKeys(entries));
  const byTitle = steps(titled);
  if (isClear(titled.length, byTitle.up, byTitle.down)) return { name: 'sorted by title', items: titled };
  return undefined;
}

/** A run of entries in order, from its last entry back; `reach` is the latest start of a key in it. */
interface RunLink {
  item: Keyed;
  reach: number;
  previous?: RunLink;
}

/** How many of `tails` (their reach never decreasing) reach no further than `limit`. */
function reachingAtMost(tails: readonly RunLink[], limit: number): number {
  let low = 0;
  let high = tails.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tails[middle].reach <= limit) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The longest run of entries (in document order) that keeps the ascending order: what the section
 * intends. A run stays ascending while no key ends before the latest start of a key before it.
 * `tails[k]` is the run of k + 1 entries that reaches least far (longest increasing subsequence);
 * a key that covers a range (a year) may extend several of them at once.
 */
function longestOrderedRun(items: readonly Keyed[]): Keyed[] {
  const tails: RunLink[] = [];
  for (const item of items) {
    const below = reachingAtMost(tails, item.key.low);
    const fitting = reachingAtMost(tails, item.key.high);
    const updates: Array<[number, RunLink]> = [
      [below, { item, reach: item.key.low, previous: tails[below - 1] }],
    ];
    for (let k = below; k < fitting; k++)
      updates.push([k + 1, { item, reach: tails[k].reach, previous: tails[k] }]);
    for (const [k, link] of updates) if (k >= tails.length || link.reach < tails[k].reach) tails[k] = link;
  }
  const run: Keyed[] = [];
  for (let link = tails.at(-1); link; link = link.previous) run.push(link.item);
  return run.reverse();
}

/**
 * Entries outside the ordered run whose neighbours are both in it. Several neighbours out of it
 * together are a second ordered part (published papers after preprints), not a slip.
 */
function strays(items: readonly Keyed[], run: readonly Keyed[]): Keyed[] {
  const kept = new Set(run);
  const inRun = (i: number) => i < 0 || i >= items.length || kept.has(items[i]);
  return items.filter((item, i) => !kept.has(item) && inRun(i - 1) && inRun(i + 1));
}

/** The place in the run where an entry fits, nearest to where it stands; `undefined` when none. */
function placeIn(run: readonly Keyed[], item: Keyed): number | undefined {
  const standing = run.filter((kept) => kept.entry.index < item.entry.index).length;
  // Place k fits when no entry before it sorts after the item and none after it sorts before.
  const fitsAfter = [true];
  for (const kept of run) fitsAfter.push(fitsAfter.at(-1)! && compareKeys(kept.key, item.key) <= 0);
  const fitsBefore: boolean[] = [];
  fitsBefore[run.length] = true;
  for (let k = run.length - 1; k >= 0; k--)
    fitsBefore[k] = fitsBefore[k + 1] && compareKeys(run[k].key, item.key) >= 0;
  let best: number | undefined;
  for (let k = 0; k <= run.length; k++) {
    if (!fitsAfter[k] || !fitsBefore[k]) continue;
    if (best === undefined || Math.abs(k - standing) < Math.abs(best - standing)) best = k;
  }
  return best;
}

function findingsOf(order: Order): RuleFinding[] {
  const run = longestOrderedRun(order.items);
  return strays(order.items, run).flatMap((item) => {
    const place = placeIn(run, item);
    if (place === undefined) return [];
    const where =
      place < run.length
        ? `before line ${run[place].entry.span.start.line}`
        : `after line ${run[place - 1].entry.span.start.line}`;
    return [
      {
        severity: 'warning' as const,
        message: `Entry out of order: ${item.key.shown} belongs ${where} (this section is ${order.name})`,
        span: item.entry.span,
      },
    ];
  });
}

/** Entries ordered together: those of one section, sub-entries apart under their parent entry. */
function sequencesOf(list: PaperList): Entry[][] {
  const sequences = new Map<string, Entry[]>();
  const open: Entry[] = [];
  for (const entry of list.entries) {
    while (open.length > 0 && open.at(-1)!.span.end.offset < entry.span.start.offset) open.pop();
    const key = JSON.stringify([open.at(-1)?.index ?? -1, ...entry.section]);
    const sequence = sequences.get(key);
    if (sequence) sequence.push(entry);
    else sequences.set(key, [entry]);
    open.push(entry);
  }
  return [...sequences.values()];
}

export default defineRule('entry-order', {}, (list, _options, context) =>
  sequencesOf(list).flatMap((entries) => {
    const order = orderOf(entries, context.today);
    return order ? findingsOf(order) : [];
  }),
);
