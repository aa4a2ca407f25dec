// The pinned clock and the parsed list most tests start from.
import { buildPaperList, parseDocument, stripBom } from '../../src/parse/index.js';
import type { PaperList } from '../../src/types.js';

/** The date tests lint on, so that date rules never depend on when they run. */
export const TODAY = new Date('2026-06-30T12:00:00Z');

/** `TODAY` as rule and lint options. */
export const ON_TODAY = { today: TODAY };

/** The paper list of a Markdown text, read as `lintText` reads it (a byte-order mark dropped). */
export function listOf(markdown: string): PaperList {
  const text = stripBom(markdown);
  return buildPaperList(parseDocument(text), text);
}
