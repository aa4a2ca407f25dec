/** Character-code tests for the ASCII fast paths of scans that fall back to Unicode patterns past U+007F. */
/** `[A-Za-z]`. */
export declare function isAsciiLetter(code: number): boolean;
/** `[0-9]`. */
export declare function isAsciiDigit(code: number): boolean;
/**
 * `text.charCodeAt(at)`, or -1 before the start and past the end, for scans that read one past their text. A
 * `charCodeAt` out of range makes V8 throw away the optimized code of the function it is inlined into, once for
 * each place that does it: the inline reader (compiled in 50–90 ms) was compiled 76 times in 8 lints of each
 * corpus list, 63 times with this (all deoptimizations: 350 → 284).
 */
export declare function codeAt(text: string, at: number): number;
