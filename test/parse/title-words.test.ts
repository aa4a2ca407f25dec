// The word tests of `title.ts` stop at the first word that decides them: each answer must not depend on it.
import { describe, expect, it } from 'vitest';
import { isDateOrVenue, isVenueLabel, shortNameOf, withoutCitation } from '../../src/parse/title.js';
import { hasCjkLetter } from '../../src/text/cjk.js';

describe('isVenueLabel and isDateOrVenue', () => {
  it.each([
    ['CVPR', true, false],
    ['ICCV 2017', true, true],
    ['arXiv', true, true],
    ['(NeurIPS’23)', true, true],
    ['May 2023', true, true],
    ['2019-ICML', true, true],
    ['NeurIPS 2023 Oral', false, false],
    ['NeurIPS 2023, ICLR 2024', false, true],
    ['IEEE TMM, Dec 2021', false, true],
    ['Improving Graph Learning', false, false],
    ['CVPR Workshop 2021', false, false],
    ['', false, false],
  ])('%s: venue label %s, date or venue %s', (text, label, dated) => {
    expect(isVenueLabel(text)).toBe(label);
    expect(isDateOrVenue(text)).toBe(dated);
  });
});

describe('end-anchored readings', () => {
  it('takes a short name before a colon, and none from a title without one', () => {
    expect(shortNameOf('MicroLens: A Content-Driven Micro-Video Dataset')).toBe('MicroLens');
    expect(shortNameOf('GPT4Rec： Generative Framework for Recommendation')).toBe('GPT4Rec');
    expect(shortNameOf('A Content-Driven Micro-Video Dataset')).toBeUndefined();
  });

  it('drops a closing citation only', () => {
    expect(withoutCitation('FGSM (Goodfellow et al., 2015)')).toBe('FGSM');
    expect(withoutCitation('ABS+ （Rush et al., 2015）')).toBe('ABS+');
    expect(withoutCitation('FGSM (Goodfellow et al., 2015) v2')).toBe('FGSM (Goodfellow et al., 2015) v2');
  });
});

describe('hasCjkLetter', () => {
  it.each([
    ['Llama 3.1论文精读', true],
    ['ひらがな', true],
    ['한국어', true],
    ['Ｆｕｌｌ－ｗｉｄｔｈ', false],
    ['Café — naïve “quotes” 😀', false],
    ['Plain title', false],
  ])('%s → %s', (text, cjk) => {
    expect(hasCjkLetter(text)).toBe(cjk);
  });
});
