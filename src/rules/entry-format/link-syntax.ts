/**
 * @aspect link syntax
 *
 * `link-syntax`: Markdown links that do not render as links — `[text] (https://…)` (fixed: the space
 * removed), `[text]https://…)` (fixed: the `(` added), `[text]((https://…))` (fixed: one pair of
 * parentheses removed), a URL whose `)` is missing — and brackets or
 * parentheses without their other half (`[[Link]]](…)`, `([Demo](…)), …`). Parentheses inside link text
 * are prose, and numbering (`| 4) **MusicGen** - …`, `we add 1) a model`) is not a parenthesis.
 * Only the first unbalanced bracket of an entry is reported: the others often go with it.
 *
 * @example ok
 * | Paper | Links |
 * | --- | --- |
 * | 4) **MusicGen** - a model for music generation (text to music) | [Paper](https://arxiv.org/abs/2306.05284), [Tweet](https://x.com/a/status/1) |
 * | 5) **Beyond the 5 stars** - a blog post in two parts | [Post (Part 1](https://example.org/p1), [Paper](https://arxiv.org/abs/2306.05285) |
 *
 * @example not-ok
 * - Title One, arxiv 2023/05, [paper] (https://arxiv.org/abs/2305.11700)
 * - Title Two, WSDM 2025, [[Link]]](https://arxiv.org/abs/2412.02588)
 * - Title Three, arxiv 2023/05, ([paper](https://arxiv.org/abs/2305.11702)), [code](https://github.com/o/r))
 * - Title Four, arxiv 2023/05, [[paper]](https://arxiv.org/abs/2305.11703 and more
 * - Title Five, arxiv 2023/05, [[paper]]((https://arxiv.org/abs/2305.11704))
 * @expect 1:36 warning Expected no space between ']' and '(' in '[paper] (' (link-syntax)
 * @expect 2:1 warning Expected '[' to open the ']' in '[[Link]]]…' (link-syntax)
 * @expect 3:1 warning Expected '(' to open the ')' in '[code]…)' (link-syntax)
 * @expect 4:1 warning Expected ')' after the URL in '[[paper]](https://arxiv.org/abs/2305.11703' (link-syntax)
 * @expect 5:39 warning Expected one '(' and ')' around the URL in '((https://arxiv.org/abs/2305.11704))' (link-syntax)
 */

import type { Problem } from './tally.js';
import { matchesIn, quoteAround, type Searched } from './text.js';

const OPENING: Record<string, string> = { ']': '[', ')': '(' };
const CLOSING: Record<string, string> = { '[': ']', '(': ')' };

/** `(`, `)` and their full-width forms, as the pair they belong to. */
function normalBracket(char: string): string {
  return char === '（' ? '(' : char === '）' ? ')' : char;
}

/** Numbering such as `4)` at the start of a cell or after a space: `)` there closes nothing. */
function isNumbering(masked: string, at: number): boolean {
  return (
    /(?:^|[\s|\u0000])(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})$/.test(masked.slice(Math.max(0, at - 6), at)) &&
    /^[ \t]/.test(masked.slice(at + 1, at + 2))
  );
}

const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_PARENTHESIS = 40;
/** `（`, which counts as `(` (as `）` counts as `)`). */
const FULLWIDTH_OPEN = 0xff08;

/** The characters `firstUnbalanced` reads, full-width parentheses too; the rest of a text is skipped. */
const BRACKET = /[[\]()\uff08\uff09]/g;

/**
 * The first bracket without its other half: a closing one with no opener, else the last opener left
 * open. Parentheses count only outside link text (`[Beyond the 5 stars (Part 1](…)` is prose).
 */
function firstUnbalanced(masked: string): number | undefined {
  const brackets: number[] = [];
  const parentheses: number[] = [];
  BRACKET.lastIndex = 0;
  // From bracket to bracket: `test` moves past each without making a match array.
  while (BRACKET.test(masked)) {
    const i = BRACKET.lastIndex - 1;
    const code = masked.charCodeAt(i);
    if (code === OPEN_BRACKET) brackets.push(i);
    else if (code === CLOSE_BRACKET) {
      if (brackets.length === 0) return i;
      brackets.pop();
    } else if (brackets.length > 0) continue;
    else if (code === OPEN_PARENTHESIS || code === FULLWIDTH_OPEN) parentheses.push(i);
    else if (parentheses.length === 0 && !isNumbering(masked, i)) return i;
    else parentheses.pop();
  }
  const left = [brackets.at(-1), parentheses.at(-1)].filter((at): at is number => at !== undefined);
  return left.length > 0 ? Math.min(...left) : undefined;
}

const SPACED: Searched = [/\]([ \t]+)\((?=https?:\/\/|www\.)/g, '] ', ']\t'];
const WITHOUT_PARENTHESIS: Searched = [/\](?=https?:\/\/[^\s)]*\))/g, ']h'];
const DOUBLE_PARENTHESES: Searched = [/\]\(\((https?:\/\/[^\s()]*)\)\)/g, ']((h'];
// A URL followed by a space and `)` or a link title is a well-formed link.
const UNCLOSED: Searched = [
  /\]\((https?:\/\/[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?=\s|$)(?![ \t]*(?:\)|"[^"\n]*"[ \t]*\)))/g,
  '](h',
];

/** Broken link Markdown that the parser could not read as a link; offsets relative to `text`. */
export function linkSyntaxProblems(text: string, masked: string): Problem[] {
  const problems: Problem[] = [];
  for (const match of matchesIn(text, SPACED)) {
    const gap = match[1].length;
    problems.push({
      check: 'link-syntax',
      at: match.index,
      expected: "Expected no space between ']' and '(' in",
      where: quoteAround(text, match.index, match.index + gap + 2, false),
      fix: { start: match.index + 1, end: match.index + 1 + gap, replacement: '' },
    });
  }
  for (const match of matchesIn(text, WITHOUT_PARENTHESIS)) {
    problems.push({
      check: 'link-syntax',
      at: match.index,
      expected: "Expected '(' between ']' and the URL after",
      where: quoteAround(text, match.index, match.index + 1, false),
      fix: { start: match.index + 1, end: match.index + 1, replacement: '(' },
    });
  }
  for (const match of matchesIn(text, DOUBLE_PARENTHESES)) {
    problems.push({
      check: 'link-syntax',
      at: match.index,
      expected: "Expected one '(' and ')' around the URL in",
      where: `'${match[0].slice(1)}'`,
      fix: { start: match.index + 1, end: match.index + match[0].length, replacement: `(${match[1]})` },
    });
  }
  for (const match of matchesIn(text, UNCLOSED)) {
    problems.push({
      check: 'link-syntax',
      at: match.index,
      expected: "Expected ')' after the URL in",
      where: quoteAround(text, match.index, match.index + match[0].length),
    });
  }
  if (problems.length > 0) return problems;
  const at = firstUnbalanced(masked);
  if (at !== undefined) {
    const char = masked[at];
    const closing = CLOSING[normalBracket(char)] === undefined;
    problems.push({
      check: 'link-syntax',
      at,
      expected: closing
        ? `Expected '${OPENING[normalBracket(char)]}' to open the '${char}' in`
        : `Expected '${CLOSING[normalBracket(char)]}' to close the '${char}' in`,
      where: quoteAround(masked, at, at + 1),
    });
  }
  return problems;
}
