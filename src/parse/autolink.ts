/**
 * GFM autolink literals (`www.x.org`, `https://x.org/a`, `me@x.org`) as remark-gfm reads them, in two steps:
 * micromark's tokenizer (micromark-extension-gfm-autolink-literal), which makes links with positions where a
 * literal starts after the right character and no `[` is open, then mdast-util-gfm-autolink-literal's
 * transform, which finds the rest in the tree's text and makes links and text without positions.
 */

import type { PhrasingContent } from 'mdast';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { codeAt, isAsciiDigit, isAsciiLetter } from '../text/ascii.js';

export type LiteralKind = 'www' | 'http' | 'email';

/** A literal read by micromark: its kind and where it ends (exclusive). */
export interface Literal {
  kind: LiteralKind;
  end: number;
}

const isAsciiAlphanumeric = (code: number) => isAsciiLetter(code) || isAsciiDigit(code);
/** micromark's atext of email literals: `+`, `-`, `.`, `_` and ASCII letters and digits. */
const isAtext = (code: number) =>
  code === 0x2b || code === 0x2d || code === 0x2e || code === 0x5f || isAsciiAlphanumeric(code);
/** A space, tab or line ending (micromark's `markdownLineEndingOrSpace`). */
const isSpaceOrLineEnding = (code: number) =>
  code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
const isUnicodeWhitespace = (code: number) => /\s/.test(String.fromCharCode(code));
const isUnicodePunctuation = (code: number) => /\p{P}|\p{S}/u.test(String.fromCharCode(code));
/** The end of the content (-1 from codeAt), or whitespace: where a literal or its trail ends. */
const isEnd = (code: number) => code < 0 || isSpaceOrLineEnding(code) || isUnicodeWhitespace(code);

/**
 * The literal micromark reads at `at` in `text` (the inline content, lines joined by `\n`, `trailingWhitespace`
 * after it), or undefined. The caller knows that no `[` or `![` is open before it: micromark reads none inside a
 * possible label.
 */
export function literalAt(text: string, at: number, trailingWhitespace = false): Literal | undefined {
  const code = codeAt(text, at);
  const previous = codeAt(text, at - 1);
  if (isAtext(code) && !(previous === 0x2f || isAtext(previous))) {
    const end = emailEnd(text, at);
    if (end > 0) return { kind: 'email', end };
  }
  if ((code | 0x20) === 0x68 && !isAsciiLetter(previous)) {
    const end = protocolEnd(text, at);
    if (end > 0) return { kind: 'http', end };
  }
  if ((code | 0x20) === 0x77 && (previous < 0 || isWwwPrevious(previous))) {
    const end = wwwEnd(text, at, trailingWhitespace);
    if (end > 0) return { kind: 'www', end };
  }
  return undefined;
}

/** `(`, `*`, `_`, `[`, `]`, `~`, a space or a line ending: what may come before `www.`. */
function isWwwPrevious(code: number): boolean {
  return (
    code === 0x28 ||
    code === 0x2a ||
    code === 0x5f ||
    code === 0x5b ||
    code === 0x5d ||
    code === 0x7e ||
    isSpaceOrLineEnding(code)
  );
}

function emailEnd(text: string, at: number): number {
  let i = at;
  while (isAtext(codeAt(text, i))) i++;
  if (codeAt(text, i) !== 0x40) return -1;
  i++;
  let data = false;
  let dot = false;
  for (;;) {
    const code = codeAt(text, i);
    if (code === 0x2e) {
      // A dot not followed by a letter or digit ends the domain before it.
      if (!isAsciiAlphanumeric(codeAt(text, i + 1))) break;
      dot = true;
    } else if (code === 0x2d || code === 0x5f || isAsciiAlphanumeric(code)) data = true;
    else break;
    i++;
  }
  return data && dot && isAsciiLetter(codeAt(text, i - 1)) ? i : -1;
}

function protocolEnd(text: string, at: number): number {
  let i = at + 1;
  while (i - at < 5 && isAsciiLetter(codeAt(text, i))) i++;
  const protocol = text.slice(at, i).toLowerCase();
  if ((protocol !== 'http' && protocol !== 'https') || !text.startsWith('://', i)) return -1;
  i += 3;
  const code = codeAt(text, i);
  if (isEnd(code) || code < 0x20 || code === 0x7f || isUnicodePunctuation(code)) return -1;
  const domain = domainEnd(text, i);
  return domain < 0 ? -1 : pathEnd(text, domain);
}

function wwwEnd(text: string, at: number, trailingWhitespace: boolean): number {
  for (let i = at; i < at + 3; i++) if ((codeAt(text, i) | 0x20) !== 0x77) return -1;
  // `www.` must not end the content (whitespace after it still counts).
  if (codeAt(text, at + 3) !== 0x2e || (at + 4 >= text.length && !trailingWhitespace)) return -1;
  const domain = domainEnd(text, at);
  return domain < 0 ? -1 : pathEnd(text, domain);
}

function domainEnd(text: string, at: number): number {
  let underscoreInLast = false;
  let underscoreInLastButOne = false;
  let seen = false;
  let i = at;
  for (; ; i++) {
    const code = codeAt(text, i);
    if (code === 0x2e || code === 0x5f) {
      if (isTrail(text, i)) break;
      if (code === 0x5f) underscoreInLast = true;
      else {
        underscoreInLastButOne = underscoreInLast;
        underscoreInLast = false;
      }
    } else if (isEnd(code) || (code !== 0x2d && isUnicodePunctuation(code))) break;
    else seen = true;
  }
  return underscoreInLast || underscoreInLastButOne || !seen ? -1 : i;
}

/** Punctuation that ends a path when only trail follows it. */
const PATH_PUNCTUATION = new Set('!"&\')*,.:;<?]_~'.split('').map((char) => char.charCodeAt(0)));

function pathEnd(text: string, at: number): number {
  let open = 0;
  let close = 0;
  for (let i = at; ; i++) {
    const code = codeAt(text, i);
    if (code === 0x28) open++;
    else if (code === 0x29 && close < open) close++;
    else if (PATH_PUNCTUATION.has(code)) {
      if (isTrail(text, i)) return i;
      if (code === 0x29) close++;
    } else if (isEnd(code)) return i;
  }
}

/** Punctuation that may trail a literal without belonging to it. */
const TRAIL_PUNCTUATION = new Set('!"\')*,.:;?_~'.split('').map((char) => char.charCodeAt(0)));

/** Whether only trail follows from `at` to the literal's end: punctuation, character references, `]`. */
function isTrail(text: string, at: number): boolean {
  let i = at;
  for (;;) {
    const code = codeAt(text, i);
    if (TRAIL_PUNCTUATION.has(code)) i++;
    else if (code === 0x26) {
      i++;
      if (!isAsciiLetter(codeAt(text, i))) return false;
      while (isAsciiLetter(codeAt(text, i))) i++;
      if (codeAt(text, i) !== 0x3b) return false;
      i++;
    } else if (code === 0x5d) {
      i++;
      const next = codeAt(text, i);
      if (isEnd(next) || next === 0x28 || next === 0x5b) return true;
    } else return code === 0x3c || isEnd(code);
  }
}

/** Text in which the transform could find a literal: `://`, `www` or `@` (the transform's own test follows). */
const MAY_HOLD_LITERAL = /:\/\/|www|@/i;

const [transformLiterals] = gfmAutolinkLiteralFromMarkdown().transforms ?? [];

/** Applies remark-gfm's transform to `children` (in place), as remark does to the whole tree after reading. */
export function transformLiteralsIn(children: PhrasingContent[]): PhrasingContent[] {
  if (!children.some(mayHoldLiteral)) return children;
  const root = { type: 'root' as const, children };
  transformLiterals(root);
  return root.children;
}

function mayHoldLiteral(node: PhrasingContent): boolean {
  if (node.type === 'text') return MAY_HOLD_LITERAL.test(node.value);
  return node.type !== 'link' && 'children' in node && node.children.some(mayHoldLiteral);
}
