/** Character-code tests for the ASCII fast paths of scans that fall back to Unicode patterns past U+007F. */

/** `[A-Za-z]`. */
export function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** `[0-9]`. */
export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
