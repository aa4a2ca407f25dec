/** Dates written in entries and what they are labelled with: `arxiv 2023/05`, `NeurIPS'23`, `[2023/10]`. */

import { isAsciiLetter } from '../text/ascii.js';
import { isAuthorList, isSurnamePair } from '../text/authors.js';

export interface DateInText {
  /** Start of the date as written, its label included (`arxiv 2023/05`) or its brackets (`[2023/10]`). */
  index: number;
  length: number;
  /** Lower-cased label: `arxiv`, a venue (`neurips`), or `` when unlabelled. */
  label: string;
  /** The venue as written (`NeurIPS`), when the label names one other than arXiv. */
  venue?: string;
  year: number;
  month?: number;
}

/** The months' three-letter stems, lower-case, January first. */
export const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** An English month name as lists write it, full or abbreviated (`Sep`, `Sept`, `September`). */
export const MONTH_NAME =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';

/**
 * One scan finds every form; at one position the earlier alternative wins, so `May 2025` beats `2025`.
 * Years are 19xx/20xx not glued to other digits, dots or slashes (arXiv ids such as `2012.13245` are not dates).
 * Its groups are numbered, not named: a match with named groups builds an object of them, on every date.
 */
const DATE = new RegExp(
  [
    // 1 the month's name, 2 the year.
    `(?<![A-Za-z])(${MONTH_NAME})\\.?,?\\s+((?:19|20)\\d{2})(?![\\d])`,
    // 3 the year, 4 the month.
    '(?<![\\d.:/-])((?:19|20)\\d{2})[/.-](1[0-2]|0?[1-9])(?:[/.-](?:3[01]|[12]\\d|0?[1-9]))?(?![\\d]|[./-]\\d)',
    // 5 the year, 6 the month: `2024年9月` (and `2024年9月5日`), the year-month of Chinese and Japanese lists.
    '(?<![\\d.:/-])((?:19|20)\\d{2})\\s*年\\s*(1[0-2]|0?[1-9])\\s*月(?:\\s*(?:3[01]|[12]\\d|0?[1-9])\\s*日)?',
    // 7 the venue, 8 the year's two digits: `NeurIPS'23`.
    "(?<![A-Za-z0-9])([A-Za-z][A-Za-z&-]{1,19})\\s?['’‘](\\d{2})(?![\\d'’])",
    // 9 the acronym, 10 the year's two digits: `SIGIR 24,`, an upper-case acronym and two digits that end a
    // phrase (not `GPT 40 models`).
    '(?<![A-Za-z0-9])([A-Z][A-Za-z&-]*[A-Z][A-Za-z&-]*) (\\d{2})(?=\\s*(?:$|[,;)\\]|.，]))',
    // 11 the year.
    '(?<![\\d.:/-])((?:19|20)\\d{2})(?![\\d]|[./-]\\d)',
  ].join('|'),
  'g',
);

/** Characters that end a label: a label never reaches across them. By code: the test runs on every character of a label. */
const BOUNDARY = new Set([...',，;；|()（）[]{}【】<>\n"“”:：'].map((char) => char.charCodeAt(0)));

/** A sentence end (`Authors. arXiv, May 2025`) separates like a comma. */
function isBoundary(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return BOUNDARY.has(code) || (code === 0x2e && /\s/.test(text[i + 1] ?? ''));
}

/** Words that introduce a venue without being part of it (`accepted to NeurIPS 2022`). */
const FUNCTION_WORDS = new Set([
  'accepted',
  'appeared',
  'at',
  'by',
  'for',
  'from',
  'in',
  'of',
  'on',
  'published',
  'since',
  'the',
  'to',
  'and',
  'updated',
  'last',
  'released',
  'submitted',
  'presented',
]);

const VENUE_SHAPE = /^[A-Za-z][A-Za-z0-9@&.+'’-]*(?: [A-Za-z0-9@&.+'’-]+){0,3}$/;

const SEGMENT_WORDS = /[^\s*_~`\u00a0]+/g;

/** The venue words just before `end` in `text`, never crossing `limit`; `` when none. */
function labelBefore(text: string, end: number, limit: number): { text: string; start: number } {
  let start = end;
  while (start > limit && !isBoundary(text, start - 1)) start--;
  // `Hafner et al., 2019`, `Ha and Schmidhuber, 2018`: authors before a year, not a venue.
  const segment = text.slice(start, end);
  if (/\bet\.? ?al\b/.test(segment) || isSurnamePair(segment) || isAuthorList(segment))
    return { text: '', start: end };
  // The last four words after the last function word.
  const kept: RegExpExecArray[] = [];
  SEGMENT_WORDS.lastIndex = 0;
  for (let word = SEGMENT_WORDS.exec(segment); word; word = SEGMENT_WORDS.exec(segment)) {
    if (/^[-–—•·]+$/.test(word[0])) continue;
    if (FUNCTION_WORDS.has(word[0].toLowerCase())) kept.length = 0;
    else if (kept.push(word) > 4) kept.shift();
  }
  const label = kept.map((word) => word[0]).join(' ');
  if (kept.length === 0 || !VENUE_SHAPE.test(label)) return { text: '', start: end };
  return { text: label, start: start + kept[0].index };
}

/** A date's label lower-cased, misspelt arXivs as `arxiv`: labels in text and a table's venue column alike. */
export function dateLabel(label: string): string {
  const lower = label.toLowerCase();
  // Common misspellings (`arvix`, `axriv`) still mean arXiv.
  return /^(?:arxiv|arvix|axriv|arxvi)/.test(lower) ? 'arxiv' : lower;
}

function monthFromName(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

const TWO_DIGITS = /\d\d/g;

/**
 * Where the next date at or after `from` may start, or -1 when none can. Every form holds two digits in a row,
 * before them at most one word of letters (`Sept`, `NeurIPS`, `ICLR`) and then spaces, stops, commas or a
 * quote: `DATE`, which tries all its forms at every position, starts there instead of reading a whole title.
 */
function dateScanStart(text: string, from: number): number {
  TWO_DIGITS.lastIndex = from;
  const digits = TWO_DIGITS.exec(text);
  if (!digits) return -1;
  let start = digits.index;
  while (start > from && isGapBeforeYear(text.charCodeAt(start - 1))) start--;
  while (start > from && isLabelLetter(text.charCodeAt(start - 1))) start--;
  return start;
}

/** Spaces, `.`, `,` and quotes (`Sept. 2023`, `NeurIPS'23`); past ASCII, any character (Unicode's spaces and quotes). */
function isGapBeforeYear(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x2e ||
    code === 0x2c ||
    code === 0x27 ||
    code >= 0x80
  );
}

/** A letter of a date's label: `[A-Za-z&-]`. */
function isLabelLetter(code: number): boolean {
  return isAsciiLetter(code) || code === 0x26 || code === 0x2d;
}

/**
 * Finds the dates in `text` with their labels. `boundaries` are extra positions (sorted) that a label must not
 * cross, such as the edges of inline code spans (`` `Uber` `2021` `` names a company, not a venue).
 */
export function findDatesInText(text: string, boundaries: readonly number[] = []): DateInText[] {
  const found: DateInText[] = [];
  let previousEnd = 0;
  let boundaryIndex = 0;
  // An exec loop: `matchAll` copies the pattern on each call, which cost more than the scan on short texts.
  for (let at = dateScanStart(text, 0); at !== -1; at = dateScanStart(text, DATE.lastIndex)) {
    DATE.lastIndex = at;
    const match = DATE.exec(text);
    if (!match) break;
    const matchStart = match.index;
    const matchEnd = matchStart + match[0].length;
    while (boundaryIndex < boundaries.length && boundaries[boundaryIndex] <= matchStart) boundaryIndex++;
    const limit = Math.max(previousEnd, boundaryIndex > 0 ? boundaries[boundaryIndex - 1] : 0);
    let year: number;
    let month: number | undefined;
    let labelText = '';
    let start = matchStart;
    let end = matchEnd;
    const venue = match[7] ?? match[9];
    if (venue !== undefined) {
      year = 2000 + Number(match[8] ?? match[10]);
      labelText = venue;
    } else {
      if (match[1] !== undefined) {
        year = Number(match[2]);
        month = monthFromName(match[1]);
      } else if (match[3] !== undefined) {
        year = Number(match[3]);
        month = Number(match[4]);
      } else if (match[5] !== undefined) {
        year = Number(match[5]);
        month = Number(match[6]);
      } else {
        year = Number(match[11]);
      }
      const label = adjacentLabel(text, matchStart, limit);
      labelText = label.text;
      if (label.text !== '') start = label.start;
      else if (text[matchStart - 1] === '[' && text[matchEnd] === ']') {
        start--;
        end++;
      }
    }
    previousEnd = end;
    const label = dateLabel(labelText);
    const date: DateInText = { index: start, length: end - start, label, year };
    if (month !== undefined) date.month = month;
    if (label !== '' && label !== 'arxiv') date.venue = labelText;
    found.push(date);
  }
  return found;
}

/** The label right before a date, or before the comma in front of it (`arxiv, 2023/07`, `TMM, Feb 2024`). */
function adjacentLabel(text: string, dateStart: number, limit: number): { text: string; start: number } {
  const direct = labelBefore(text, dateStart, limit);
  if (direct.text !== '') return direct;
  let comma = dateStart;
  while (comma > limit && /\s/.test(text[comma - 1])) comma--;
  if (comma <= limit || !/[,，]/.test(text[comma - 1])) return direct;
  return labelBefore(text, comma - 1, limit);
}
