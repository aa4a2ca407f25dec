/**
 * How a list writes where its papers were published, learned from its own entries: the venue dates it writes
 * (`NeurIPS 2023`, `NeurIPS'23`, `SIGIR2023`, `(*ICLR'24*)`), each venue's spelling (`RecSys`, `NIPS`), and
 * which dates say a paper is a preprint (`arxiv 2023/05`, `Arxiv 2024`).
 */

import { venueKey } from '../arxiv/published.js';
import type { Entry, EntryDate, PaperList } from '../types.js';

/** Labels that say "not published (yet)": the paper's preprint server or a preprint. */
const PREPRINT_LABELS = new Set(['arxiv', 'preprint', 'corr', 'biorxiv', 'medrxiv', 'techrxiv', 'ssrn']);

export function isPreprintLabel(label: string): boolean {
  return PREPRINT_LABELS.has(label.toLowerCase());
}

/** A venue date's form once its venue and year are taken out: the separator and the year's digits. */
interface Template {
  separator: string;
  digits: 2 | 4;
}

/** The way most venue dates of a list are written, when one way clearly wins. */
export interface VenueStyle {
  /** `NeurIPS 2023`, `NeurIPS'23`, `SIGIR2023`: a venue and year written as the list writes them. */
  render(name: string, year: number): string;
  /** The list's own spelling of a venue it writes (`Recsys` for `RecSys`), else `name`. */
  spelling(name: string): string;
}

/** Fewer venue dates than this show no style. */
const MIN_SAMPLE = 5;
/** The winning form must be used at least this many times as often as the next one… */
const MAJORITY_RATIO = 3;
/** …and by this share of all venue dates. */
const MAJORITY_SHARE = 0.6;

/** The venue date of an entry, written with its venue label first (`NeurIPS 2023`); none in a venue column. */
export function venueDates(entry: Entry): EntryDate[] {
  return entry.dates.filter((date) => date.label !== '' && !isPreprintLabel(date.label));
}

/** What a venue date looks like without its venue and year; `undefined` for any other shape (a month, a column). */
function templateOf(date: EntryDate): { template?: Template; written?: string } {
  if (!date.text.toLowerCase().startsWith(date.label)) return {};
  const written = date.text.slice(0, date.label.length);
  const form = /^( |'|’| '| ’|-|)(\d{4}|\d{2})$/.exec(date.text.slice(date.label.length));
  if (!form) return { written };
  return { template: { separator: form[1], digits: form[2].length as 2 | 4 }, written };
}

const styles = new WeakMap<PaperList, VenueStyle | null>();

/** The list's venue style; `undefined` unless at least 5 venue dates and a clear majority write it one way. */
export function venueStyleOf(list: PaperList): VenueStyle | undefined {
  const known = styles.get(list);
  if (known !== undefined) return known ?? undefined;
  const forms = new Map<string, number>();
  const spellings = new Map<string, Map<string, number>>();
  let total = 0;
  for (const entry of list.entries) {
    for (const date of venueDates(entry)) {
      total++;
      const { template, written } = templateOf(date);
      const form = template ? `${template.separator}\u0000${template.digits}` : '';
      forms.set(form, (forms.get(form) ?? 0) + 1);
      if (written === undefined) continue;
      const key = venueKey(written);
      const counts = spellings.get(key) ?? new Map<string, number>();
      counts.set(written, (counts.get(written) ?? 0) + 1);
      spellings.set(key, counts);
    }
  }
  const [first, second] = [...forms].sort((a, b) => b[1] - a[1]);
  const clear =
    first !== undefined &&
    first[0] !== '' &&
    total >= MIN_SAMPLE &&
    first[1] >= MAJORITY_SHARE * total &&
    first[1] >= MAJORITY_RATIO * (second?.[1] ?? 0);
  let style: VenueStyle | undefined;
  if (clear) {
    const [separator, digits] = first[0].split('\u0000');
    style = {
      render: (name, year) =>
        `${name}${separator}${digits === '2' ? String(year % 100).padStart(2, '0') : year}`,
      spelling: (name) => {
        const counts = spellings.get(venueKey(name));
        return counts ? [...counts].sort((a, b) => b[1] - a[1])[0][0] : name;
      },
    };
  }
  styles.set(list, style ?? null);
  return style;
}

/** How many entries of the list write a venue: a list that never does keeps no track of them. */
export function entriesWithVenues(list: PaperList): number {
  return list.entries.filter((entry) => venueDates(entry).length > 0).length;
}
