/** Removes a leading byte-order mark; positions everywhere are relative to the text without it. */
export function stripBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}
