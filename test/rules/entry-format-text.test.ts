import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkSyntaxProblems } from '../../src/rules/entry-format/link-syntax.js';
import { spacingScope } from '../../src/rules/entry-format/spacing.js';
import { maskText } from '../../src/rules/entry-format/text.js';

/** What maskText blanked out before list markers were read at line starts: one pattern tried everywhere. */
const MARKER = /^[ \t]*(?:[-+*]|\d{1,9}[.)])(?=[ \t])/gm;

const piece = fc.constantFrom(
  '- ',
  '* ',
  '+ ',
  '-',
  '1. ',
  '12) ',
  '123456789. ',
  '1234567890. ',
  '7.',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '\u2028',
  '\u2029',
  'a',
  'Title',
  ', ',
  '0',
  '9',
  ')',
  '.',
);

/** maskText's patterns before markers were read at line starts and destinations and URLs matched in one pass. */
const SEPARATE = [
  /\][ \t]+\(https?:\/\/[^\s)]*\)/g,
  MARKER,
  /`[^`\n]*`/g,
  /\]\((?:<[^>\n]*>|(?:[^()\s]|\([^()\s]*\))*)(?:\s+"[^"\n]*")?\s*\)/g,
  /<\/?[a-zA-Z][^>\n]*>/g,
  /\bhttps?:\/\/[^\s()<>[\]]+(?:\([^\s()<>]*\)[^\s()<>[\]]*)*/g,
];

/** The text with each match of each pattern blanked out (a link's `]` kept, line breaks kept). */
function blankedBy(text: string, patterns: readonly RegExp[]): string {
  const masked = text.split('');
  for (const pattern of patterns)
    for (const match of text.matchAll(pattern))
      for (let at = match[0].startsWith(']') ? 1 : 0; at < match[0].length; at++)
        if (text[match.index + at] !== '\n') masked[match.index + at] = '\u0000';
  return masked.join('');
}

const linked = fc.constantFrom(
  '- ',
  '1. ',
  ' ',
  '  ',
  '\n',
  '[',
  ']',
  '(',
  ')',
  '](',
  '] (',
  '<',
  '>',
  '<a href="x">',
  '`',
  '"t"',
  ' "t"',
  'https://',
  'http://',
  'a.com/x',
  '_(y)',
  'é',
  'www.',
  'Title',
  ',',
  '|',
  '\t',
);

describe('entry-format: masking', () => {
  it('blanks out what the separate patterns blanked out', () => {
    fc.assert(
      fc.property(fc.array(linked, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(maskText(text)).toBe(blankedBy(text, SEPARATE));
      }),
      { seed: 15, numRuns: 20000 },
    );
  });

  it('blanks out list markers exactly where a line-start pattern finds them', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        // Only markers are masked in these texts: no links, code, tags or URLs.
        expect(maskText(text)).toBe(blankedBy(text, [MARKER]));
      }),
      { seed: 15, numRuns: 3000 },
    );
  });
});

/** What the spacing scope looked for with patterns tried at every position of the source. */
const RUNS = /[^\s|\u0000]( {2,})(?=[^\s|\u0000])/g;
const COMMA_BEFORE = /[^\s\u0000] +,/;

const spaced = fc.constantFrom(
  ' ',
  '  ',
  '   ',
  ',',
  ' ,',
  '|',
  '\u0000',
  '\u00a0',
  '\u3000',
  '\t',
  '\n',
  'a',
  'é',
  '1',
  '.',
  '，',
);

describe('entry-format: spacing scope', () => {
  it('finds the runs of spaces and spaces before commas that the patterns find', () => {
    fc.assert(
      fc.property(fc.array(spaced, { maxLength: 24 }), (pieces) => {
        const source = pieces.join('');
        const scope = spacingScope(source);
        // What a gap stands between as spacing.ts keys it: -1 for a letter or digit, else the character's code.
        const kind = (char: string) => (/[\p{L}\p{N}]/u.test(char) ? -1 : char.charCodeAt(0));
        const gaps = [...source.matchAll(RUNS)].map(
          (match) => (kind(match[0][0]) + 1) * 0x10001 + kind(source[match.index + match[0].length]) + 1,
        );
        expect([...scope.gaps].sort()).toEqual([...new Set(gaps)].sort());
        expect(scope.commaBefore).toBe(COMMA_BEFORE.test(source));
      }),
      { seed: 15, numRuns: 3000 },
    );
  });
});

/** The first unbalanced bracket, read character by character (link-syntax reads from bracket to bracket). */
function firstUnbalancedByCharacter(masked: string): number | undefined {
  const brackets: number[] = [];
  const parentheses: number[] = [];
  for (let i = 0; i < masked.length; i++) {
    const char = masked[i];
    if (char === '[') brackets.push(i);
    else if (char === ']') {
      if (brackets.length === 0) return i;
      brackets.pop();
    } else if (brackets.length > 0) continue;
    else if (char === '(' || char === '（') parentheses.push(i);
    else if (char !== ')' && char !== '）') continue;
    else if (parentheses.length === 0 && !isNumbering(masked, i)) return i;
    else parentheses.pop();
  }
  const left = [brackets.at(-1), parentheses.at(-1)].filter((at): at is number => at !== undefined);
  return left.length > 0 ? Math.min(...left) : undefined;
}

function isNumbering(masked: string, at: number): boolean {
  return (
    /(?:^|[\s|\u0000])(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})$/.test(masked.slice(Math.max(0, at - 6), at)) &&
    /^[ \t]/.test(masked.slice(at + 1, at + 2))
  );
}

const bracketed = fc.constantFrom(
  '[',
  ']',
  '(',
  ')',
  '（',
  '）',
  ' ',
  '4',
  'a',
  'iv',
  '|',
  'Title',
  '\u0000',
);

describe('entry-format: unbalanced brackets', () => {
  it('finds the bracket a character-by-character reading finds', () => {
    fc.assert(
      fc.property(fc.array(bracketed, { maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        expect(linkSyntaxProblems(text, text).at(0)?.at).toBe(firstUnbalancedByCharacter(text));
      }),
      { seed: 15, numRuns: 5000 },
    );
  });
});
