/** Character-code tests for the ASCII fast paths of scans that fall back to Unicode patterns past U+007F. */

/** `[A-Za-z]`. */
export function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** `[0-9]`. */
export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * `text.charCodeAt(at)`, or -1 before the start and past the end, for scans that read one past their text. A
 * `charCodeAt` out of range makes V8 throw away the optimized code of the function it is inlined into, once for
 * each place that does it: the inline reader (compiled in 50–90 ms) was compiled 76 times in 8 lints of each
 * corpus list, 63 times with this (all deoptimizations: 350 → 284).
 */
export function codeAt(text: string, at: number): number {
  return at >= 0 && at < text.length ? text.charCodeAt(at) : -1;
}
