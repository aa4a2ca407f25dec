/** A letter of Chinese, Japanese or Korean: Han ideographs, kana and Hangul. */
export declare const CJK_LETTER: RegExp;
/** Whether `text` may hold a CJK character: one past U+10FF. A plain class, far cheaper than a script's. */
export declare function mayHoldCjk(text: string): boolean;
/** Whether `text` holds a CJK letter; most titles are Latin, and a plain class rules them out three times faster. */
export declare function hasCjkLetter(text: string): boolean;
