// The entry's own text as the format checks read it: prose and link labels, with link destinations,
// code and markup blanked out, and the words around a place for messages.
import { maskRanges } from '../../parse/flat.js';
import { codeAt, isAsciiDigit } from '../../text/ascii.js';
import type { Entry, PaperList } from '../../types.js';

/** What blanked-out characters become: never a word character, never whitespace. */
const MASK = '\u0000';

/** A global pattern, and strings of which any match contains one: a text without them is not searched. */
export type Searched = readonly [RegExp, ...string[]];

/** Whether the text holds one of the searched strings, or none is given. */
function mayMatch(text: string, searched: Searched): boolean {
  for (let i = 1; i < searched.length; i++) if (text.includes(searched[i] as string)) return true;
  return searched.length === 1;
}

/**
 * The matches of a pattern in `text` (its compiled pattern reused: `matchAll` clones it). Read by index, not
 * destructured: a rest array and an iterator per call, nine calls per entry.
 */
export function matchesIn(text: string, searched: Searched): RegExpExecArray[] {
  if (!mayMatch(text, searched)) return [];
  const pattern = searched[0];
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found.push(match);
    if (match[0] === '') pattern.lastIndex++;
  }
  return found;
}

/** What `maskText` blanks out, in UTF-16 units (the same indices as regex matches). */
const MASKED: readonly Searched[] = [
  // A link broken by a space (`[text] (url)`) is reported once, by link-syntax; its `]` stays.
  [/\][ \t]+\(https?:\/\/[^\s)]*\)/g, ']'],
  [/`[^`\n]*`/g, '`'],
  [/<\/?[a-zA-Z][^>\n]*>/g, '<'],
  // Link destinations and bare URLs in one pass: a URL that starts in a destination ends in it (neither crosses a
  // `]` or an unpaired parenthesis), so a destination read whole spares a second match of its URL.
  [
    /\]\((?:<[^>\n]*>|(?:[^()\s]|\([^()\s]*\))*)(?:\s+"[^"\n]*")?\s*\)|\bhttps?:\/\/[^\s()<>[\]]+(?:\([^\s()<>]*\)[^\s()<>[\]]*)*/g,
    '](',
    'http',
  ],
];

const TAB = 9;
const SPACE = 32;
const HYPHEN = 45;
const PLUS = 43;
const ASTERISK = 42;
const LINE_END = /[\n\r\u2028\u2029]/g;

/**
 * The list markers at the starts of lines (`- `, `12. `, `3) `, as `^[ \t]*(?:[-+*]|\d{1,9}[.)])(?=[ \t])` finds them
 * at every line start), as ranges: Markdown syntax, not prose, and the spaces after them are not a gap between
 * words. Read at the line starts only, instead of a pattern tried at every position.
 */
function listMarkers(text: string, ranges: Array<[number, number]>): void {
  LINE_END.lastIndex = 0;
  for (let start = 0; start >= 0; start = LINE_END.exec(text) ? LINE_END.lastIndex : -1) {
    let at = start;
    while (codeAt(text, at) === SPACE || codeAt(text, at) === TAB) at++;
    const code = codeAt(text, at);
    let end = at + 1;
    if (isAsciiDigit(code)) {
      while (end - at < 9 && isAsciiDigit(codeAt(text, end))) end++;
      if (text[end] !== '.' && text[end] !== ')') continue;
      end++;
    } else if (code !== HYPHEN && code !== PLUS && code !== ASTERISK) continue;
    if (codeAt(text, end) === SPACE || codeAt(text, end) === TAB) ranges.push([start, end]);
  }
}

/** Where the entry's own text ends: its span's end, or the first nested entry's start, which reports for itself. */
export function ownEnd(list: PaperList, entry: Entry): number {
  const end = entry.span.end.offset;
  const next = list.entries[entry.index + 1]?.span.start.offset;
  return next !== undefined && next > entry.span.start.offset && next < end ? next : end;
}

/**
 * The text with link destinations, bare URLs, inline code and HTML tags blanked out (same
 * length), so that spacing and bracket checks only see prose and link labels.
 */
export function maskText(text: string): string {
  const ranges: Array<[number, number]> = [];
  listMarkers(text, ranges);
  for (const searched of MASKED) {
    for (const match of matchesIn(text, searched)) {
      // Keep the `]` of a link so that bracket counting still sees it.
      const from = match[0].startsWith(']') ? match.index + 1 : match.index;
      ranges.push([from, match.index + match[0].length]);
    }
  }
  // Line breaks stay where they were: a masked link title may span lines.
  return maskRanges(text, ranges, (segment) =>
    segment.includes('\n') ? segment.replace(/[^\n]/g, MASK) : MASK.repeat(segment.length),
  );
}

/** Blanked-out text as an ellipsis, for quotes: `[code](…))`. */
function elided(text: string): string {
  return text.replace(/\u0000+/g, '…');
}

/**
 * The text from `start` to `end` with the words touching it, quoted: `'Systems,arxiv'`, `'Xu ,'`,
 * `'[code](…))'`. `wordAfter: false` leaves out the word after (a URL).
 */
export function quoteAround(text: string, start: number, end: number, wordAfter = true): string {
  const before = /\S{0,30}$/.exec(elided(text.slice(Math.max(0, start - 200), start)))?.[0];
  const after = wordAfter ? /^\S{0,30}/.exec(elided(text.slice(end, end + 200)))?.[0] : '';
  return `'${before ?? ''}${elided(text.slice(start, end))}${after ?? ''}'`;
}

const CJK =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF01-\uFF60]/u;
const CJK_WINDOW = 20;

/** Within a CJK note (`【短文，KG+RS】`), full-width punctuation and tight commas are the norm. */
export function isCjkContext(text: string, at: number): boolean {
  return CJK.test(text.slice(Math.max(0, at - CJK_WINDOW), at + 1 + CJK_WINDOW).replace(/[，：；（）]/g, ''));
}
