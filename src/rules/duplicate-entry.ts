/**
 * @rule duplicate-entry
 * @summary The same paper listed twice (same arXiv id, DOI, paper URL or title).
 * @fixable no
 *
 * Two entries are the same paper when they share an arXiv id (whatever the URL form: `abs`, `pdf`,
 * `.pdf`, a pinned version, `arXiv:` in the text), a DOI (case-insensitive; `doi.org`, `dx.doi.org`,
 * `hdl.handle.net` or a publisher's `/doi/` URL), the normalised URL of a paper link (scheme, `www.`, trailing slash,
 * tracking parameters and fragment ignored), or the normalised title — and their titles do not
 * clearly differ. Links that several papers share (code repositories, project pages, a site's home
 * page, a page that three or more differently titled entries link, such as a conference programme)
 * are not compared, except the link on the entry's own title.
 *
 * When the titles under a shared arXiv id, DOI or paper URL clearly differ, one entry links the wrong
 * paper: that is `conflicting-link`, not a duplicate.
 *
 * The finding is on the later entry; `related` points at the first one, with the message seen from
 * there (`… as line 9`), which reads right where a pull request inserts a copy above the one it repeats.
 *
 * Severity: `error` when both copies are in the same section; a `warning` when one of them is written as
 * a name (`AlexNet`): a list of names may give one paper two entries, such as two videos about it.
 *
 * A paper filed under two sections is often deliberate. A list with cross-section copies of at least 3 %
 * of its entries (and two or more) files papers under several sections on purpose: each cross-section
 * copy is an `info`, as is one written as a name (a model, dataset or benchmark row linking the paper
 * listed elsewhere); other cross-section copies are `warning`s. Option `crossSection` (`"auto"` by
 * default; `"error"`, `"warning"`, `"info"` or `"off"`) sets the cross-section case instead, whatever
 * severity the rule is configured with.
 *
 * The same title under different links, dated with another year and no venue in common (`BMVC 2016` and
 * `IJCV 2018`), is a conference paper and its journal version: an `info`, since lists give each version an
 * entry on purpose. The same title with the same date (an ACL Anthology link and an arXiv link, both
 * `[2024-08]`) stays a duplicate.
 *
 * Two entries whose short names differ (`ISS: …` and `ISS++: …`) are different papers even when the rest
 * of their titles is the same, as are two table rows that name different methods (`ABS`, `ABS+`) citing
 * one paper: a benchmark lists each variant.
 *
 * @example ok
 * - LLaRA: Aligning Large Language Models with Sequential Recommenders, [[paper]](https://arxiv.org/abs/2312.02445)
 * - E4SRec: An Elegant Effective Efficient Extensible Solution of Large Language Models for Sequential Recommendation, [[paper]](https://arxiv.org/abs/2312.02443)
 *
 * @example ok
 * - ISS: Image as Stepping Stone for Text-Guided 3D Shape Generation, ICLR 2023, [[paper]](https://arxiv.org/abs/2209.04145)
 * - ISS++: Image as Stepping Stone for Text-Guided 3D Shape Generation, [[paper]](https://arxiv.org/abs/2303.15181)
 *
 * @example not-ok
 * - LARR: Large Language Model Aided Real-time Scene Recommendation, [[paper]](http://arxiv.org/abs/2408.11523)
 * - LARR: Large Language Model Aided Real-time Scene Recommendation, [[paper]](http://arxiv.org/pdf/2408.11523v2)
 * @expect 2:1 error Duplicate entry: same arXiv id 2408.11523 as line 1
 *
 * @example not-ok
 * ## Surveys
 * - Recommender Systems in the Era of Large Language Models, arxiv 2023/07, [[paper]](https://arxiv.org/pdf/2307.02046)
 * ## Fine-tuning
 * - Recommender Systems in the Era of Large Language Models (LLMs), [[paper]](https://arxiv.org/abs/2307.02046v3)
 * @expect 4:1 warning Duplicate entry: same arXiv id 2307.02046 as line 2 (in another section)
 *
 * @example not-ok
 * ## Graph models
 * - LightGCN: Simplifying and Powering Graph Convolution Network for Recommendation, [[paper]](https://arxiv.org/abs/2002.02126)
 * - Self-supervised Graph Learning for Recommendation, [[paper]](https://arxiv.org/abs/2010.10783)
 * ## Self-supervised learning
 * - Self-supervised Graph Learning for Recommendation, [[paper]](https://arxiv.org/abs/2010.10783)
 * ## Baselines
 * - LightGCN: Simplifying and Powering Graph Convolution Network for Recommendation, [[paper]](https://arxiv.org/abs/2002.02126)
 * @expect 5:1 info Duplicate entry: same arXiv id 2010.10783 as line 3 (in another section)
 * @expect 7:1 info Duplicate entry: same arXiv id 2002.02126 as line 2 (in another section)
 *
 * @example not-ok
 * - Learning to Track at 100 FPS with Deep Regression Networks, ECCV 2016, [[paper]](https://arxiv.org/abs/1604.01802)
 * - Learning to Track at 100 FPS with Deep Regression Networks, IJCV 2018, [[paper]](https://doi.org/10.1007/s11263-018-1101-7)
 * @expect 2:1 info Duplicate entry: same title as line 1
 *
 * @example ok {"crossSection": "off"}
 * ## Surveys
 * - Recommender Systems in the Era of Large Language Models, arxiv 2023/07, [[paper]](https://arxiv.org/pdf/2307.02046)
 * ## Fine-tuning
 * - Recommender Systems in the Era of Large Language Models (LLMs), [[paper]](https://arxiv.org/abs/2307.02046v3)
 */
import type { Entry, PaperList, RelatedLocation, Severity } from '../types.js';
import { describeKey, type EntryPair, entryPairsOf, inSameSection } from './entry-pairs.js';
import { defineRule } from './rule.js';

export interface DuplicateEntryOptions {
  /** Severity when the two copies are in different sections; `auto` infers it from the list. */
  crossSection: Severity | 'off' | 'auto';
}

/** Cross-section copies of this share of a list's entries make its cross-listing a convention. */
const CROSS_LISTING_SHARE = 0.03;
/** One copy is no convention, however short the list. */
const MIN_CROSS_LISTED = 2;

const isCrossSection = (pair: EntryPair) => !inSameSection(pair.entry, pair.other);

/** The venues (`bmvc`, `ijcv`, `arxiv`) an entry's dates are labelled with, and the years of all its dates. */
function venuesAndYears(entry: Entry): { venues: Set<string>; years: Set<number> } {
  const labelled = entry.dates.filter((date) => date.label !== '');
  return {
    venues: new Set(labelled.map((date) => date.label)),
    years: new Set(entry.dates.map((date) => date.year)),
  };
}

const disjoint = <T>(a: Set<T>, b: Set<T>) =>
  a.size > 0 && b.size > 0 && [...a].every((item) => !b.has(item));

/**
 * The same title under different links, dated with another year and no venue in common (`BMVC 2016` and
 * `IJCV 2018`, or `(BMVC), 2016` and `(IJCV), 2018` where the venue is not read as a date's label): a
 * conference paper and its journal version, which lists give an entry each on purpose.
 */
function twoVersions(pair: EntryPair): boolean {
  if (pair.key.kind !== 'title') return false;
  const a = venuesAndYears(pair.entry);
  const b = venuesAndYears(pair.other);
  const venuesDiffer = a.venues.size === 0 || b.venues.size === 0 || disjoint(a.venues, b.venues);
  return venuesDiffer && disjoint(a.years, b.years);
}

/**
 * One copy is written as a name (`AlexNet`, `Amazon-M2`): a list of names may give one paper several entries
 * (two videos, two parts of a talk), and a model, dataset or benchmark row links the paper that describes it.
 */
const writtenAsName = (pair: EntryPair) => pair.entry.titleKind === 'name' || pair.other.titleKind === 'name';

/** Whether the list files papers under several sections on purpose (see the rule's doc). */
function crossListsOnPurpose(list: PaperList, duplicates: readonly EntryPair[]): boolean {
  const crossListed = duplicates.filter(isCrossSection).length;
  return crossListed >= Math.max(MIN_CROSS_LISTED, CROSS_LISTING_SHARE * list.entries.length);
}

export default defineRule<DuplicateEntryOptions>(
  'duplicate-entry',
  { crossSection: 'auto' },
  (list, options) => {
    const duplicates = entryPairsOf(list).filter((pair) => pair.relation === 'duplicate');
    const inferred = options.crossSection === 'auto';
    const onPurpose = inferred && crossListsOnPurpose(list, duplicates);
    const crossSectionSeverity = (pair: EntryPair) => {
      if (options.crossSection !== 'auto') return options.crossSection;
      return onPurpose || writtenAsName(pair) ? 'info' : 'warning';
    };
    return duplicates.flatMap((pair) => {
      const inSection = !isCrossSection(pair);
      const severity = twoVersions(pair)
        ? 'info'
        : inSection
          ? writtenAsName(pair)
            ? 'warning'
            : 'error'
          : crossSectionSeverity(pair);
      if (severity === 'off') return [];
      const where = inSection ? '' : ' (in another section)';
      const sameAs = (line: number) =>
        `Duplicate entry: same ${describeKey(pair.key)} as line ${line}${where}`;
      const related: RelatedLocation[] = [
        {
          line: pair.other.span.start.line,
          column: pair.other.span.start.column,
          // Read at the first copy, e.g. when a pull request inserts it above the entry it repeats.
          message: sameAs(pair.entry.span.start.line),
        },
      ];
      return [
        {
          severity,
          message: sameAs(pair.other.span.start.line),
          span: pair.entry.span,
          related,
          ...(!inSection && !inferred && { severityByOption: true }),
        },
      ];
    });
  },
);
