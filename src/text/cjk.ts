/** A letter of Chinese, Japanese or Korean: Han ideographs, kana and Hangul. */
export const CJK_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
