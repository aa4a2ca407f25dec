/** Character-code tests for the ASCII fast paths of scans that fall back to Unicode patterns past U+007F. */
/** `[A-Za-z]`. */
export declare function isAsciiLetter(code: number): boolean;
/** `[0-9]`. */
export declare function isAsciiDigit(code: number): boolean;
