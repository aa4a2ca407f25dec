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
 * A section is dated by one source, never a mix: the dates its entries write (an arXiv or unlabelled
 * date, `arxiv 2023/05`, `[2023/10]`, a date column; else a venue's date, `CVPR, 2025年6月`, `NeurIPS
 * 2022`), or else their arXiv ids' months. A venue's month beside another entry's id month would compare
 * two different events. Before a venue's year (`AAAI 2025`, publication, months after submission) comes
 * the entry's arXiv id month, which places the paper finer (`AAAI 2025` on a paper of 2024/08 sorts as
 * 2024/08). When both
 * sources order the section, the ids are followed only if they also order the entries whose written
 * dates tie (every entry `Arxiv 2024`, kept by id); a list sorted by year with one year's papers in any
 * order is judged by its years. Dates compare on the finest precision both have (`2023` against
 * `2023/05` compares years) and equal dates never break an order. An entry without a date in the
 * section's source neither breaks nor anchors one.
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
import { inSameSection } from './entry-pairs.js';
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
  /** Where the keys come from: the dates entries write, their arXiv ids' months, or their titles. */
  source: 'written' | 'id' | 'title';
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

/**
 * The date the entry writes: an arXiv or unlabelled date, else a venue's date with a month
 * (`CVPR, 2025年6月`), else its arXiv id's month, else a venue's year. A venue's year tells of publication,
 * months after submission: the id's month places the paper finer and first (`AAAI 2025` on a paper of
 * 2024/08 sorts as 2024/08).
 */
function writtenDate(entry: Entry, today: Date, idMonth = () => arxivMonth(entry, today)): Key | undefined {
  const appeared =
    entry.dates.find((date) => date.label === '' || date.label === 'arxiv') ??
    entry.dates.find((date) => date.month !== undefined) ??
    entry.dates[0];
  if (!appeared) return undefined;
  const venueYear = appeared.month === undefined && appeared.label !== '' && appeared.label !== 'arxiv';
  return (venueYear && idMonth()) || dateKey(appeared);
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

/**
 * Whether the titled entries clearly go up in the collator's order, read from neighbours alone: as the ranks
 * of `titleKeys` would say, without sorting every title of a section that is not sorted by title.
 */
function titlesInOrder(entries: readonly Entry[]): boolean {
  let count = 0;
  let up = 0;
  let down = 0;
  let previous: string | undefined;
  for (const { title } of entries) {
    if (title === '') continue;
    count++;
    const comparison = previous === undefined ? 0 : collator.compare(previous, title);
    if (comparison < 0) up++;
    else if (comparison > 0) down++;
    previous = title;
  }
  return isClear(count, up, down);
}

function keyed(entries: readonly Entry[], keys: readonly (Key | undefined)[]): Keyed[] {
  const items: Keyed[] = [];
  for (let i = 0; i < entries.length; i++) {
    const key = keys[i];
    if (key) items.push({ entry: entries[i], key });
  }
  return items;
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

/** The entries in the order one source of dates gives them, turned ascending; `undefined` when not clear. */
function dateOrder(
  entries: readonly Entry[],
  keys: readonly (Key | undefined)[],
  source: Order['source'],
): Order | undefined {
  const dated = keyed(entries, keys);
  const { up, down } = steps(dated);
  if (isClear(dated.length, up, down)) return { name: 'oldest first', source, items: dated };
  if (isClear(dated.length, down, up)) return { name: 'newest first', source, items: dated.map(descending) };
  return undefined;
}

/** Whether the ids keep `order` among neighbours whose written dates tie (`Arxiv 2024` beside `Arxiv 2024`). */
function idsOrderTies(order: Order, written: ReadonlyMap<Entry, Key | undefined>): boolean {
  let agreeing = 0;
  let disagreeing = 0;
  for (let i = 1; i < order.items.length; i++) {
    const [before, after] = [order.items[i - 1], order.items[i]];
    const [writtenBefore, writtenAfter] = [written.get(before.entry), written.get(after.entry)];
    if (!writtenBefore || !writtenAfter || compareKeys(writtenBefore, writtenAfter) !== 0) continue;
    const comparison = compareKeys(before.key, after.key);
    if (comparison < 0) agreeing++;
    else if (comparison > 0) disagreeing++;
  }
  return isClear(MIN_ENTRIES, agreeing, disagreeing);
}

/**
 * The order the entries keep: by date or else by title; `undefined` when none is clear. One source
 * dates every entry of a section, the dates they write or else their arXiv ids' months: a venue's month
 * beside another entry's id month compares two different events. The ids win over written dates that
 * also order the section only where they order what the written dates leave tied (entries all `Arxiv
 * 2024`, kept by id), not where a list sorted by year leaves one year's papers in any order.
 */
function orderOf(entries: readonly Entry[], today: Date): Order | undefined {
  const ids = entries.map((entry) => arxivMonth(entry, today));
  const written = entries.map((entry, i) => writtenDate(entry, today, () => ids[i]));
  const byWritten = dateOrder(entries, written, 'written');
  const byId = dateOrder(entries, ids, 'id');
  const writtenOf = new Map(entries.map((entry, i) => [entry, written[i]]));
  const byDate = byWritten && byId && !idsOrderTies(byId, writtenOf) ? byWritten : (byId ?? byWritten);
  if (byDate) return byDate;
  if (!titlesInOrder(entries)) return undefined;
  return { name: 'sorted by title', source: 'title', items: keyed(entries, titleKeys(entries)) };
}

/**
 * Where a new entry goes in a sequence of entries (one section's) to keep the order the sequence keeps:
 * before the entry it returns, `null` for after the last one, `undefined` when the sequence keeps no order.
 * Ties go after their equals. The newcomer is keyed like the others (by the dates it writes, its arXiv id's
 * month, or its title); one without a key goes last.
 */
export function placeInOrder(
  entries: readonly Entry[],
  newcomer: Entry,
  today: Date,
): { before: Entry | null; order: Order['name'] } | undefined {
  const order = orderOf(entries, today);
  if (!order) return undefined;
  // The entries that keep the order: a stray elsewhere in the section must not decide where the new one goes.
  const run = longestOrderedRun(order.items);
  let next: Keyed | undefined;
  if (order.source === 'title') {
    if (newcomer.title === '') return { before: null, order: order.name };
    next = run.find((item) => collator.compare(item.entry.title, newcomer.title) > 0);
  } else {
    const key = order.source === 'written' ? writtenDate(newcomer, today) : arxivMonth(newcomer, today);
    if (!key) return { before: null, order: order.name };
    const turned = order.name === 'newest first' ? descending({ entry: newcomer, key }).key : key;
    next = run.find((item) => compareKeys(item.key, turned) > 0);
  }
  return { before: next?.entry ?? null, order: order.name };
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
  let last: { entry: Entry; parent: number; sequence: Entry[] } | undefined;
  for (const entry of list.entries) {
    while (open.length > 0 && open.at(-1)!.span.end.offset < entry.span.start.offset) open.pop();
    const parent = open.at(-1)?.index ?? -1;
    // Neighbours mostly share their sequence: its key is made only when parent or section change.
    if (last && last.parent === parent && inSameSection(last.entry, entry)) last.sequence.push(entry);
    else {
      const key = JSON.stringify([parent, ...entry.section]);
      const sequence = sequences.get(key) ?? [];
      sequence.push(entry);
      sequences.set(key, sequence);
      last = { entry, parent, sequence };
    }
    last.entry = entry;
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
