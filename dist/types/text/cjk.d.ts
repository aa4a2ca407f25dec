/** A letter of Chinese, Japanese or Korean: Han ideographs, kana and Hangul. */
export declare const CJK_LETTER: RegExp;
