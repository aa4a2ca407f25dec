/**
 * Each list's own entry template: where its entries hold their titles, learnt from the entries themselves
 * rather than hard-coded per layout. One entry's shape may leave its title open (`Joshua Goodman: A bit of
 * progress …` is a title or an author and a title; `[[CVPR](…)] PointNet: …` is titled `CVPR` or `PointNet`);
 * the other entries of its list settle it:
 * - most entries open with an author list → one name before the title is an author too;
 * - most titles are bold or italic runs → a bold run is the title rather than the plain text before it;
 * - venue names where titles should be, recurring across entries (`CVPR`, `ICCV`, `NeurIPS` before each title),
 *   are the template's venue slot, not titles.
 */

import { type Flat, pieceAt } from './flat.js';
import { isVenueLabel, type TitleHint, type TitleRange, wordKey } from './title.js';

/** The title an entry's own shape gave it, and what the template asks of its flat text. */
export interface TitleReading {
  title: TitleRange | undefined;
  /** The title opens a bold or italic run. */
  emphasised: boolean;
  /** The title's text ('' without one). */
  text: string;
}

/** What `learnHint` needs of `title` in `flat`, read while the flat text is at hand (it is not kept). */
export function titleReading(flat: Flat, title: TitleRange | undefined): TitleReading {
  if (!title) return { title, emphasised: false, text: '' };
  return {
    title,
    emphasised: pieceAt(flat, title.from)?.emphasis === true,
    text: flat.text.slice(title.from, title.to),
  };
}

/** A template needs this many entries to show itself. */
const MIN_ENTRIES = 4;
/** Shares of titled entries that make a slot the list's template. */
const AUTHORS_FIRST_SHARE = 0.5;
const EMPHASIS_SHARE = 0.6;
/** Venue names as titles in this many entries, and this share of them, one of them repeated: the template's slot. */
const MIN_VENUES = 3;
const VENUES_SHARE = 0.2;

/** What the entries of one list say of where their titles are; undefined when they say nothing. */
export function learnHint(readings: readonly TitleReading[]): TitleHint | undefined {
  if (readings.length < MIN_ENTRIES) return undefined;
  let titled = 0;
  let authored = 0;
  let emphasised = 0;
  let venues = 0;
  const venueNames = new Set<string>();
  let repeated = false;
  for (const reading of readings) {
    const { title, text } = reading;
    if (!title) continue;
    titled++;
    if (title.authored) authored++;
    if (reading.emphasised) emphasised++;
    if (isVenueLabel(text)) {
      venues++;
      repeated ||= venueNames.has(wordKey(text));
      venueNames.add(wordKey(text));
    }
  }
  const hint: TitleHint = {};
  if (titled >= MIN_ENTRIES - 1 && authored >= AUTHORS_FIRST_SHARE * titled) hint.authorsFirst = true;
  if (titled >= MIN_ENTRIES - 1 && emphasised >= EMPHASIS_SHARE * titled) hint.emphasis = true;
  if (repeated && venues >= MIN_VENUES && venues >= VENUES_SHARE * titled) hint.venues = true;
  return Object.keys(hint).length > 0 ? hint : undefined;
}
