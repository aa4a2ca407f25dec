/** Dates written like a list's own: `2023/05`, `2023.5`, `2017-06`, `Feb 2023`, `(2015)`, `2024年9月`, `8/05/24`. */

import { MONTHS } from '../parse/dates.js';

export interface PaperDate {
  year: number;
  month?: number;
  day?: number;
}

const FULL_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A month's name spelled as `sample` spells another month: `Feb`, `February`, `Sept`, `FEB`. */
function monthNameLike(sample: string, month: number): string {
  const full = FULL_MONTHS[month - 1];
  const name =
    sample.length <= 3
      ? full.slice(0, 3)
      : sample.length === 4 && month === 9
        ? 'Sept'
        : sample.length >= 5
          ? full
          : full.slice(0, 3);
  if (sample === sample.toUpperCase()) return name.toUpperCase();
  if (sample === sample.toLowerCase()) return name.toLowerCase();
  return name;
}

const pad = (sample: string, value: number) => String(value).padStart(sample.length === 2 ? 2 : 1, '0');

const MONTH_NAMES = `(?:${MONTHS.map((stem) => `${stem}[a-z]*`).join('|')})`;

/**
 * `sample` (a date as the list writes it, label and brackets included) rewritten for `date`: its year, month
 * and day replaced in the same form. `undefined` when the sample writes a part the date lacks (a month for a
 * year-only date).
 */
export function dateLike(sample: string, date: PaperDate): string | undefined {
  const forms: Array<[RegExp, (match: RegExpExecArray) => string | undefined]> = [
    [
      /(\d{4})(\s*年\s*)(\d{1,2})(\s*月)(?:(\s*)(\d{1,2})(\s*日))?/,
      (m) =>
        date.month === undefined || (m[6] !== undefined && date.day === undefined)
          ? undefined
          : `${date.year}${m[2]}${pad(m[3], date.month)}${m[4]}${m[6] === undefined ? '' : `${m[5]}${pad(m[6], date.day!)}${m[7]}`}`,
    ],
    [
      new RegExp(`(${MONTH_NAMES})(\\.?,?\\s+)(\\d{4})`, 'i'),
      (m) => (date.month === undefined ? undefined : `${monthNameLike(m[1], date.month)}${m[2]}${date.year}`),
    ],
    [
      /(\d{4})([./-])(\d{1,2})(?:\2(\d{1,2}))?(?!\d)/,
      (m) => {
        if (date.month === undefined || (m[4] !== undefined && date.day === undefined)) return undefined;
        const day = m[4] === undefined ? '' : `${m[2]}${pad(m[4], date.day!)}`;
        return `${date.year}${m[2]}${pad(m[3], date.month)}${day}`;
      },
    ],
    [
      /(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{2})(?!\d)/,
      (m) =>
        date.month === undefined || date.day === undefined
          ? undefined
          : `${pad(m[1], date.month)}/${pad(m[2], date.day)}/${String(date.year % 100).padStart(2, '0')}`,
    ],
    [/(?<![\d.])(?:19|20)\d{2}(?![\d]|[./-]\d)/, () => String(date.year)],
    [/(?<=['’])\d{2}(?!\d)/, () => String(date.year % 100).padStart(2, '0')],
  ];
  for (const [pattern, render] of forms) {
    const match = pattern.exec(sample);
    if (!match) continue;
    const written = render(match);
    return written === undefined
      ? undefined
      : `${sample.slice(0, match.index)}${written}${sample.slice(match.index + match[0].length)}`;
  }
  return undefined;
}

/** `2023-06-11T17:59:46Z` → year, month and day. */
export function dateOfTimestamp(timestamp: string | undefined): PaperDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(timestamp ?? '');
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : undefined;
}
