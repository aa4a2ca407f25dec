import { describe, expect, it } from 'vitest';
import { codeAt, isAsciiDigit, isAsciiLetter } from '../../src/text/ascii.js';

describe('codeAt', () => {
  it('is charCodeAt inside the text and -1 before its start and past its end', () => {
    const text = 'a,é\n';
    for (let at = 0; at < text.length; at++) expect(codeAt(text, at)).toBe(text.charCodeAt(at));
    expect(codeAt(text, -1)).toBe(-1);
    expect(codeAt(text, text.length)).toBe(-1);
    expect(codeAt('', 0)).toBe(-1);
  });

  it('gives the end a code that no ASCII or white-space test takes for a character', () => {
    expect(isAsciiLetter(codeAt('a', 1))).toBe(false);
    expect(isAsciiDigit(codeAt('1', 1))).toBe(false);
  });
});
