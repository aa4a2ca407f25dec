/**
 * @aspect spacing
 *
 * Spacing and punctuation in the entry's text (link destinations, code and HTML left out):
 * - `spacing`: a space before a comma, a missing space after a comma (not between CJK characters);
 * - `fullwidth`: full-width `，：；（）` next to Latin text (never between CJK characters);
 * - `whitespace`: a run of spaces inside the text, which Markdown shows as one space. An `info`, since
 *   readers never see it; `{"whitespace": false}` turns it off.
 *
 * Each follows the list's majority: a list that writes `Title , venue` throughout is left alone.
 * Every finding has a fix: the space removed or added, the ASCII character, one space. Several places
 * of one kind in one entry make one finding with one fix.
 *
 * @example ok
 * - Title One, arxiv 2023/05, [[paper]](https://arxiv.org/abs/2305.11700)
 * - Title Two, arxiv 2023/06, [[paper]](https://arxiv.org/abs/2306.11700)
 * - 标题三，arxiv 2023/07，[[paper]](https://arxiv.org/abs/2307.11700)
 *
 * @example not-ok
 * - Title One, arxiv 2023/05, [[paper]](https://arxiv.org/abs/2305.11700)
 * - Title Two , arxiv 2023/06 , [[paper]](https://arxiv.org/abs/2306.11700)
 * - Title Three,arxiv 2023/07, [[paper]](https://arxiv.org/abs/2307.11700)
 * - Title Four，arxiv 2023/08, [[paper]](https://arxiv.org/abs/2308.11700)
 * - Title  Five, arxiv 2023/09, [[paper]](https://arxiv.org/abs/2309.11700)
 * @expect 2:12 warning Expected no space before ',' in 'Two ,' and '2023/06 ,' (spacing)
 * @expect 3:15 warning Expected a space after ',' in 'Three,arxiv' (spacing)
 * @expect 4:13 warning Expected ',' instead of full-width '，' in 'Four，arxiv' (fullwidth)
 * @expect 5:8 info Expected one space in 'Title  Five,' (whitespace)
 */

import { codeAt, isAsciiDigit, isAsciiLetter } from '../../text/ascii.js';
import { mayHoldCjk } from '../../text/cjk.js';
import type { Entry } from '../../types.js';
import type { StyleTally } from './tally.js';
import { isCjkContext, quoteAround } from './text.js';

/** Whether a UTF-16 unit is one of `\s`, as regular expressions read it. */
function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    (code >= 160 &&
      (code === 160 ||
        code === 5760 ||
        (code >= 8192 && code <= 8202) ||
        code === 8232 ||
        code === 8233 ||
        code === 8239 ||
        code === 8287 ||
        code === 12288 ||
        code === 65279))
  );
}

const WORD = /[\p{L}\p{N}]/u;

/** A letter or digit counts as a word (`-1`); any other UTF-16 unit stands for itself. */
function charClass(code: number): number {
  if (code < 128) return isAsciiLetter(code) || isAsciiDigit(code) ? -1 : code;
  return WORD.test(String.fromCharCode(code)) ? -1 : code;
}

/** What a gap stands between, as one number: the `charClass` of the characters before and after it. */
function gapKey(before: number, after: number): number {
  return (before + 1) * 0x10001 + after + 1;
}

/** `gap:w,` for a gap between a word and a comma: the names of gap dimensions, made once. */
const gapDimensions = new Map<number, string>();

function gapDimension(key: number): string {
  let dimension = gapDimensions.get(key);
  if (dimension === undefined) {
    const shown = (code: number) => (code < 0 ? 'w' : String.fromCharCode(code));
    dimension = `gap:${shown(Math.floor(key / 0x10001) - 1)}${shown((key % 0x10001) - 1)}`;
    if (gapDimensions.size > 4096) gapDimensions.clear();
    gapDimensions.set(key, dimension);
  }
  return dimension;
}

/** What a gap of spaces may stand between: not white space, a table's `|`, blanked-out text or the end (-1). */
function isVisible(code: number): boolean {
  return code > 0 && code !== 124 && !isSpace(code);
}

/**
 * What the spacing checks can report in a list at all, read once from its whole source: a variant is worth
 * counting only in a dimension where some occurrence can be reported. A place the checks report in an
 * entry's masked text holds the same characters in the source (masking only blanks characters out), so
 * these searches of the source miss none.
 */
export interface SpacingScope {
  /** The runs of spaces in the source by what they stand between (`gapKey`). */
  gaps: ReadonlySet<number>;
  /** Whether a space stands before a comma somewhere. */
  commaBefore: boolean;
  /** Whether a comma is followed by a letter somewhere. */
  commaAfter: boolean;
  /** The full-width punctuation that stands somewhere, with its ASCII forms: what `fullwidth` counts. */
  fullwidth?: RegExp;
}

export function spacingScope(source: string): SpacingScope {
  return {
    gaps: gapsIn(source),
    commaBefore: hasSpaceBeforeComma(source),
    commaAfter: /,\p{L}/u.test(source),
    fullwidth: punctuationIn(source),
  };
}

/**
 * The `gapKey`s of the runs of two spaces or more between visible characters (what
 * `[^\s|\u0000]( {2,})(?=[^\s|\u0000])` finds), found from each `  ` instead of a pattern tried at every position.
 */
function gapsIn(source: string): Set<number> {
  const gaps = new Set<number>();
  for (let at = source.indexOf('  '), end = 0; at !== -1; at = source.indexOf('  ', end)) {
    end = at + 2;
    while (codeAt(source, end) === 32) end++;
    const before = codeAt(source, at - 1);
    const after = codeAt(source, end);
    if (isVisible(before) && isVisible(after)) gaps.add(gapKey(charClass(before), charClass(after)));
  }
  return gaps;
}

/** Whether spaces stand between a comma and the character before them, `\s` and blanked-out text aside. */
function hasSpaceBeforeComma(source: string): boolean {
  for (let at = source.indexOf(' ,'); at !== -1; at = source.indexOf(' ,', at + 2)) {
    let start = at;
    while (codeAt(source, start - 1) === 32) start--;
    const before = codeAt(source, start - 1);
    if (before > 0 && !isSpace(before)) return true;
  }
  return false;
}

/** The spacing checks of an entry's masked text, `base` its offset in the source. */
export function observeSpacing(
  entry: Entry,
  masked: string,
  base: number,
  out: StyleTally,
  scope: SpacingScope,
) {
  if (scope.gaps.size > 0) observeWhitespace(entry, masked, base, out, scope.gaps);
  if (scope.commaBefore) observeCommaBefore(entry, masked, base, out);
  if (scope.commaAfter) observeCommaAfter(entry, masked, base, out);
  if (scope.fullwidth) observeFullwidth(entry, masked, base, out, scope.fullwidth);
}

/**
 * Runs of spaces between two visible characters. They are counted by what surrounds them (`,w` for a
 * gap after a comma), so that a list that puts two spaces after a full stop keeps that convention.
 */
function observeWhitespace(
  entry: Entry,
  masked: string,
  base: number,
  out: StyleTally,
  counted: ReadonlySet<number>,
) {
  for (let at = masked.indexOf(' '), end = 0; at !== -1; at = masked.indexOf(' ', end)) {
    end = at + 1;
    while (codeAt(masked, end) === 32) end++;
    const before = codeAt(masked, at - 1);
    const after = codeAt(masked, end);
    if (!isVisible(before) || !isVisible(after)) continue;
    const length = end - at;
    const key = gapKey(charClass(before), charClass(after));
    if (length === 1) {
      // Named only where counted: most single spaces stand where no list has a run of spaces.
      if (counted.has(key)) out.count(gapDimension(key), 'single');
      continue;
    }
    out.observe({
      entry,
      dimension: gapDimension(key),
      variant: 'run',
      report: () => ({
        check: 'whitespace',
        at: base + at,
        expected: 'Expected one space in',
        where: quoteAround(masked, at, at + length),
        fix: { start: base + at, end: base + at + length, replacement: ' ' },
      }),
    });
  }
}

const LETTER = /\p{L}/u;

/** A space or a letter (a whole code point) at `at`: what a comma is followed by in running text. */
function isSpaceOrLetter(text: string, at: number): boolean {
  const code = text.codePointAt(at);
  if (code === undefined) return false;
  if (code < 128) return code === 32 || isAsciiLetter(code);
  return LETTER.test(String.fromCodePoint(code));
}

function observeCommaBefore(entry: Entry, masked: string, base: number, out: StyleTally) {
  for (let comma = masked.indexOf(','); comma !== -1; comma = masked.indexOf(',', comma + 1)) {
    let at = comma;
    while (at > 0 && codeAt(masked, at - 1) === 32) at--;
    const before = codeAt(masked, at - 1);
    if (at === 0 || before === 0 || isSpace(before)) continue;
    const spaces = comma - at;
    if (spaces === 0) {
      out.count('comma-before', 'none');
      continue;
    }
    out.observe({
      entry,
      dimension: 'comma-before',
      variant: 'space',
      report: () => ({
        check: 'spacing',
        at: base + at,
        expected: "Expected no space before ',' in",
        where: quoteAround(masked, at, at + spaces + 1),
        fix: { start: base + at, end: base + at + spaces, replacement: '' },
      }),
    });
  }
}

function observeCommaAfter(entry: Entry, masked: string, base: number, out: StyleTally) {
  // Every character `isCjkContext` looks for is at U+1100 or above.
  const cjk = mayHoldCjk(masked);
  for (let at = masked.indexOf(','); at !== -1; at = masked.indexOf(',', at + 1)) {
    if (!isSpaceOrLetter(masked, at + 1) || (cjk && isCjkContext(masked, at))) continue;
    if (masked[at + 1] === ' ') {
      out.count('comma-after', 'space');
      continue;
    }
    out.observe({
      entry,
      dimension: 'comma-after',
      variant: 'none',
      report: () => ({
        check: 'spacing',
        at: base + at,
        expected: "Expected a space after ',' in",
        where: quoteAround(masked, at, at + 1),
        fix: { start: base + at + 1, end: base + at + 1, replacement: ' ' },
      }),
    });
  }
}

const FULLWIDTH: Record<string, string> = { '，': ',', '：': ':', '；': ';', '（': '(', '）': ')' };
/** `width,`: the dimension of each ASCII character, named once. */
const WIDTH: Record<string, string> = Object.fromEntries([...',:;()'].map((char) => [char, `width${char}`]));

/**
 * A pattern of the full-width characters the source holds and their ASCII forms: ASCII commas are counted only
 * where a full-width comma may be reported. None when the source holds no full-width punctuation.
 */
function punctuationIn(source: string): RegExp | undefined {
  const found = Object.keys(FULLWIDTH).filter((char) => source.includes(char));
  return found.length === 0
    ? undefined
    : new RegExp(`[${found.map((char) => char + FULLWIDTH[char]).join('')}]`, 'g');
}

function observeFullwidth(entry: Entry, masked: string, base: number, out: StyleTally, punctuation: RegExp) {
  punctuation.lastIndex = 0;
  for (let match = punctuation.exec(masked); match; match = punctuation.exec(masked)) {
    const at = match.index;
    const char = match[0];
    const ascii = FULLWIDTH[char];
    if (ascii === undefined) {
      out.count(WIDTH[char], 'ascii');
      continue;
    }
    if (isCjkContext(masked, at)) continue;
    // `，Next` becomes `, Next`; an opening or closing bracket stays a single character.
    const spacesAfter = /^ */.exec(masked.slice(at + 1))?.[0].length ?? 0;
    const followed = /[^\s\u0000]/.test(masked[at + 1 + spacesAfter] ?? '');
    const replacement = ascii === '(' || ascii === ')' || !followed ? ascii : `${ascii} `;
    out.observe({
      entry,
      dimension: WIDTH[ascii],
      variant: 'fullwidth',
      report: () => ({
        check: 'fullwidth',
        at: base + at,
        expected: `Expected '${ascii}' instead of full-width '${char}' in`,
        where: quoteAround(masked, at, at + 1),
        fix: {
          start: base + at,
          end: base + at + 1 + (replacement.length > 1 ? spacesAfter : 0),
          replacement,
        },
      }),
    });
  }
}
