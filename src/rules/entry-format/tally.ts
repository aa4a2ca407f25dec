// The list's own conventions: every style variant is counted per section and for the whole list, and
// an occurrence is reported only when its variant is a clear minority.
import type { ArxivLinkWanted, Entry, Fix } from '../../types.js';
import { inSameSection } from '../entry-pairs.js';

/** The sub-checks, each an option of the rule (`{"spacing": false}` turns one off). */
export type SubCheck =
  | 'no-link'
  | 'empty-title'
  | 'link-syntax'
  | 'spacing'
  | 'whitespace'
  | 'fullwidth'
  | 'date'
  | 'label'
  | 'separator'
  | 'directive';

/** What a finding says: `Expected no space before ',' in 'Xu ,'`. */
export interface Problem {
  check: SubCheck;
  /** Source offset of the problem, to order findings along the entry. */
  at: number;
  /** The message up to the place: `Expected no space before ',' in`. */
  expected: string;
  /** The place, quoted; an entry's problems with the same `expected` become one finding naming each place. */
  where?: string;
  fix?: Fix;
  /** A missing arXiv link that an online run may propose (`no-link`). */
  arxivLink?: ArxivLinkWanted;
}

/** One occurrence of a style variant that is worth reporting when it is a clear minority. */
export interface Observation {
  entry: Entry;
  /** What is being counted (`date-padding`, `label:paper`, `comma-before`…). */
  dimension: string;
  variant: string;
  /** The problem to report when this variant turns out to be the minority; `expected` is the majority. */
  report: (expected: string) => Problem | undefined;
}

type Counts = Map<string, Map<string, number>>;
type Majority = { majority: string; count: number; total: number };

/** Sections with fewer occurrences than this borrow the whole list's convention. */
const MIN_SECTION_SAMPLE = 5;
/** A variant is reported when the majority is used at least this many times as often. */
const MAJORITY_RATIO = 3;

/**
 * Where the observers put what they see: every variant is counted (per section and for the whole list),
 * but only variants that can be wrong (a double space, not a single one) become observations. Counting
 * ends before the first question (`expected`, `mostCommon`): the whole list's counts are summed then.
 */
export class StyleTally {
  readonly observations: Observation[] = [];
  /**
   * dimension → variant → occurrences in the whole list, variants in the order the list first uses them;
   * the counts are the sections' summed on the first question.
   */
  private readonly list: Counts = new Map();
  private summed = false;
  /** dimension → variant → occurrences, for each section. */
  private readonly sections = new Map<string, Counts>();
  private current: Counts = new Map();
  private lastEntry: Entry | undefined;
  /** The section last asked about and its counts: observations are asked about entry after entry. */
  private asked: { section: readonly string[]; counts: Counts } | undefined;
  private readonly majorities = new WeakMap<Map<string, number>, Majority>();

  /** The entry the next counts and observations belong to. */
  enter(entry: Entry): void {
    const last = this.lastEntry;
    this.lastEntry = entry;
    if (last && inSameSection(last, entry)) return;
    const key = sectionKey(entry.section);
    const counts = this.sections.get(key) ?? new Map();
    this.sections.set(key, counts);
    this.current = counts;
  }

  count(dimension: string, variant: string): void {
    let variants = this.current.get(dimension);
    if (variants === undefined) {
      variants = new Map();
      this.current.set(dimension, variants);
    }
    const known = variants.get(variant);
    variants.set(variant, (known ?? 0) + 1);
    if (known === undefined) this.firstInSection(dimension, variant);
  }

  observe(observation: Observation): void {
    this.count(observation.dimension, observation.variant);
    this.observations.push(observation);
  }

  /** A variant new to its section may be new to the list: the list's variants keep the order of first use. */
  private firstInSection(dimension: string, variant: string): void {
    let variants = this.list.get(dimension);
    if (variants === undefined) {
      variants = new Map();
      this.list.set(dimension, variants);
    }
    if (!variants.has(variant)) variants.set(variant, 0);
  }

  /** The whole list's variants of `dimension` and their counts. */
  private listCounts(dimension: string): Map<string, number> | undefined {
    if (!this.summed) {
      this.summed = true;
      for (const counts of this.sections.values()) {
        for (const [name, variants] of counts) {
          const total = this.list.get(name)!;
          for (const [variant, n] of variants) total.set(variant, total.get(variant)! + n);
        }
      }
    }
    return this.list.get(dimension);
  }

  /** The majority variant when `observation`'s own is a clear minority in its section (or, in small sections, the list). */
  expected(observation: Observation): string | undefined {
    const section = this.countsOf(observation.entry.section).get(observation.dimension)!;
    const variants =
      this.majorityOf(section).total >= MIN_SECTION_SAMPLE
        ? section
        : this.listCounts(observation.dimension)!;
    const winner = this.majorityOf(variants);
    const own = variants.get(observation.variant) ?? 0;
    return winner.majority !== observation.variant && winner.count >= MAJORITY_RATIO * own
      ? winner.majority
      : undefined;
  }

  /** The variant the whole list uses most in `dimension`, if any. */
  mostCommon(dimension: string): string | undefined {
    const variants = this.listCounts(dimension);
    return variants && this.majorityOf(variants).majority;
  }

  /** A section's counts, found by its headings rather than held per observation (a list has some 80,000). */
  private countsOf(section: readonly string[]): Counts {
    if (this.asked?.section !== section)
      this.asked = { section, counts: this.sections.get(sectionKey(section))! };
    return this.asked.counts;
  }

  private majorityOf(variants: Map<string, number>): Majority {
    let known = this.majorities.get(variants);
    if (!known) {
      known = { majority: '', count: 0, total: 0 };
      for (const [variant, n] of variants) {
        known.total += n;
        if (n > known.count) Object.assign(known, { majority: variant, count: n });
      }
      this.majorities.set(variants, known);
    }
    return known;
  }
}

function sectionKey(section: readonly string[]): string {
  return section.join('\u0000');
}
