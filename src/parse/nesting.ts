/**
 * Real lists nest a few levels deep. Beyond this many container levels (list items, block quotes,
 * indentation) a line is read as plain text: micromark's cost grows steeply with depth and mdast
 * utilities recurse once per level, so a hostile 3,000-deep list would otherwise hang or overflow.
 */
export const MAX_NESTING = 16;

const NBSP = '\u00a0';

/** Where a line's container prefix passes MAX_NESTING levels, or -1. A marker with its space, or two spaces, is a level. */
function overflowAt(text: string, start: number, end: number): number {
  let depth = 0;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    let width: number;
    if (c === 0x20) width = text.charCodeAt(i + 1) === 0x20 ? 2 : 1;
    else if (c === 0x09) width = 1;
    else if (c === 0x3e || ((c === 0x2d || c === 0x2a || c === 0x2b) && /[ \t]/.test(text[i + 1] ?? '')))
      width = 1;
    else if (c >= 0x30 && c <= 0x39) {
      const marker = /^\d{1,9}[.)](?=[ \t])/.exec(text.slice(i, Math.min(end, i + 11)));
      if (!marker) break;
      width = marker[0].length;
    } else break;
    if (depth >= MAX_NESTING) return i;
    depth++;
    i += width;
    // The space after a marker belongs to it.
    if (c !== 0x20 && c !== 0x09 && text.charCodeAt(i) === 0x20) i++;
  }
  return -1;
}

/**
 * Turns the container prefix of over-deep lines into text by replacing one character with a no-break
 * space. Lengths, offsets, lines and columns stay exactly as in the source.
 */
export function limitNesting(source: string): string {
  let output: string[] | undefined;
  let copied = 0;
  for (let start = 0; start < source.length; ) {
    const newline = source.indexOf('\n', start);
    const end = newline < 0 ? source.length : newline;
    const at = end - start > 2 * MAX_NESTING ? overflowAt(source, start, end) : -1;
    if (at >= 0) {
      output ??= [];
      output.push(source.slice(copied, at), NBSP);
      copied = at + 1;
    }
    start = end + 1;
  }
  return output ? output.join('') + source.slice(copied) : source;
}
