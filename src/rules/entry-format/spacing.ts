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

import type { Entry } from '../../types.js';
import type { StyleTally } from './tally.js';
import { isCjkContext, quoteAround } from './text.js';

/** A letter or digit counts as a word; any other character stands for itself. */
function charClass(char: string): string {
  return /[\p{L}\p{N}]/u.test(char) ? 'w' : char;
}

/**
 * Runs of spaces between two visible characters. They are counted by what surrounds them (`,w` for a
 * gap after a comma), so that a list that puts two spaces after a full stop keeps that convention.
 */
export function observeWhitespace(entry: Entry, masked: string, base: number, out: StyleTally) {
  for (const match of masked.matchAll(/(?<=[^\s|\u0000])( +)(?=[^\s|\u0000])/g)) {
    const at = match.index;
    const length = match[0].length;
    const dimension = `gap:${charClass(masked[at - 1])}${charClass(masked[at + length])}`;
    if (length === 1) {
      out.count(dimension, 'single');
      continue;
    }
    out.observe({
      entry,
      dimension,
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

export function observeCommaSpacing(entry: Entry, masked: string, base: number, out: StyleTally) {
  for (const match of masked.matchAll(/(?<=[^\s\u0000])( *),/g)) {
    const at = match.index;
    const spaces = match[1].length;
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
  for (const match of masked.matchAll(/,(?=[ \p{L}])/gu)) {
    const at = match.index;
    if (isCjkContext(masked, at)) continue;
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

export function observeFullwidth(entry: Entry, masked: string, base: number, out: StyleTally) {
  for (const match of masked.matchAll(/[，：；（）,:;()]/g)) {
    const at = match.index;
    const char = match[0];
    const ascii = FULLWIDTH[char];
    if (ascii === undefined) {
      out.count(`width${char}`, 'ascii');
      continue;
    }
    if (isCjkContext(masked, at)) continue;
    // `，Next` becomes `, Next`; an opening or closing bracket stays a single character.
    const spacesAfter = /^ */.exec(masked.slice(at + 1))?.[0].length ?? 0;
    const followed = /[^\s\u0000]/.test(masked[at + 1 + spacesAfter] ?? '');
    const replacement = ascii === '(' || ascii === ')' || !followed ? ascii : `${ascii} `;
    out.observe({
      entry,
      dimension: `width${ascii}`,
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
