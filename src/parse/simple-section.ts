/**
 * A reader for the commonest shape of a list's section: an ATX heading over tight lists (bulleted or
 * numbered) of one-line entries and one-line paragraphs, made of text, `[label](url)` links, `![alt](url)`
 * images, `code` spans, `*`/`**` emphasis that pairs off in order and `_…_` around a whole line. It builds
 * exactly the mdast that remark-parse with remark-gfm builds, positions included, in a small fraction of
 * micromark's time, and declines (returns undefined) anything else: HTML, escapes, character references,
 * literal autolinks, nesting, tables, multi-line paragraphs, loose lists. Callers only use it on documents
 * without link reference or footnote definitions (so that no bracket can be a reference) and without
 * carriage returns.
 */

import type {
  Heading,
  Image,
  InlineCode,
  Link,
  List,
  ListItem,
  PhrasingContent,
  RootContent,
  Text,
} from 'mdast';
import type { Point } from '../types.js';

/** Text that micromark or a GFM transform could read as more than text. */
const NOT_PLAIN_TEXT = /[*_~\\<]|https?:\/\/|www\.|@|&[#A-Za-z0-9]+;/i;
/** Text whose brackets could be a footnote call. */
const FOOTNOTE_CALL = /\[\^/;
/** A character that ends a link destination of the simple kind (`(` and `)` nest; `<`, `\` and controls change it). */
const DESTINATION_END = /[\s()<\\\u0000-\u001f\u007f]/;
/** A list item's marker with the 1–4 spaces after it (five would start indented code). */
const LIST_ITEM = /^(?:([-*+])|(\d{1,9})([.)]))(?: {1,4})(?! )/;
/** The start of a line's content that could open another block (or a task checkbox) instead of a paragraph. */
const BLOCK_START = /^(?:[\s#>+\-=~`<|]|\d+[.)]|\[[ xX]\]|\* |(?:[*_] *){3,}$)/;

const BACKTICK = 0x60;
const LEFT_BRACKET = 0x5b;
const RIGHT_BRACKET = 0x5d;
const LEFT_PAREN = 0x28;
const RIGHT_PAREN = 0x29;
const ASTERISK = 0x2a;
const EXCLAMATION = 0x21;

/** A `[` (or an image's `![`) not yet closed: it may still open a link (an image). */
interface Opener {
  offset: number;
  image: boolean;
  /** Set on a link's `[` once a link closes after it: links cannot contain links. */
  inactive: boolean;
  /** How many parts came before it: the label's are the ones after. */
  parts: number;
}

/** A run of `*`, with what micromark's flanking rules let it do. */
interface Run {
  start: number;
  end: number;
  open: boolean;
  close: boolean;
}

type Part = InlineCode | Link | Image | Run;

const isNode = (part: Part): part is InlineCode | Link | Image => 'type' in part;

/** The points of one line: `offset` into the source → line, 1-based column, offset. */
function pointsOnLine(line: number, lineStart: number): (offset: number) => Point {
  return (offset) => ({ line, column: offset - lineStart + 1, offset });
}

/** micromark's classes of the code unit next to a delimiter run: 1 whitespace (or none), 2 punctuation. */
function characterClass(source: string, index: number, from: number, to: number): 0 | 1 | 2 {
  if (index < from || index >= to) return 1;
  const unit = source[index];
  if (/\s/.test(unit)) return 1;
  return /\p{P}|\p{S}/u.test(unit) ? 2 : 0;
}

/**
 * Reads one line's inline content, `from`–`to` on the line starting at `lineStart`, or declines. `_` emphasis
 * is read only around the whole content (`_…_`, `__…__`): delimiters at both ends of a line pair only with
 * each other, so no flanking rule can read them otherwise.
 */
function readInline(
  source: string,
  from: number,
  to: number,
  line: number,
  lineStart: number,
): PhrasingContent[] | undefined {
  if (source[from] !== '_') return readPhrasing(source, from, to, line, lineStart);
  const size = source[from + 1] === '_' ? 2 : 1;
  const inner = source.slice(from + size, to - size);
  if (inner === '' || !source.endsWith('_'.repeat(size), to) || /\*|^[_\s]|[_\s]$/.test(inner))
    return undefined;
  const children = readPhrasing(source, from + size, to - size, line, lineStart);
  if (!children) return undefined;
  const point = pointsOnLine(line, lineStart);
  return [
    {
      type: size === 2 ? 'strong' : 'emphasis',
      children,
      position: { start: point(from), end: point(to) },
    },
  ];
}

/**
 * Inline content: text, links, code spans, and `*` emphasis whose runs pair off in order (`**a** b **c**`),
 * each pair the same length (one or two) and able to open and close: the pairs micromark makes too.
 */
function readPhrasing(
  source: string,
  from: number,
  to: number,
  line: number,
  lineStart: number,
): PhrasingContent[] | undefined {
  const point = pointsOnLine(line, lineStart);
  const segment = source.slice(from, to);
  if (FOOTNOTE_CALL.test(segment)) return undefined;

  /** The content of `start`–`end`: its nodes and runs paired into emphasis, text between; undefined if not plain. */
  const fill = (start: number, end: number, parts: Part[]): PhrasingContent[] | undefined => {
    const children: PhrasingContent[] = [];
    let at = start;
    const text = (until: number) => {
      if (until <= at) return true;
      const value = source.slice(at, until);
      if (NOT_PLAIN_TEXT.test(value)) return false;
      children.push({
        type: 'text',
        value,
        position: { start: point(at), end: point(until) },
      } satisfies Text);
      return true;
    };
    for (let k = 0; k < parts.length; k++) {
      const part = parts[k];
      if (isNode(part)) {
        if (!text(part.position!.start.offset!)) return undefined;
        children.push(part);
        at = part.position!.end.offset!;
        continue;
      }
      if (!text(part.start)) return undefined;
      let closer = k + 1;
      while (closer < parts.length && isNode(parts[closer])) closer++;
      const close = parts[closer] as Run | undefined;
      const size = part.end - part.start;
      if (!close || size > 2 || close.end - close.start !== size || !part.open || !close.close)
        return undefined;
      const inner = fill(part.end, close.start, parts.slice(k + 1, closer));
      if (!inner) return undefined;
      children.push({
        type: size === 2 ? 'strong' : 'emphasis',
        children: inner,
        position: { start: point(part.start), end: point(close.end) },
      });
      at = close.end;
      k = closer;
    }
    return text(end) ? children : undefined;
  };

  const parts: Part[] = [];
  const openers: Opener[] = [];
  let i = from;
  while (i < to) {
    const code = source.charCodeAt(i);
    if (code === BACKTICK) {
      let run = i;
      while (run < to && source.charCodeAt(run) === BACKTICK) run++;
      const size = run - i;
      const close = closingRun(source, run, to, size);
      if (close < 0) {
        i = run;
        continue;
      }
      parts.push(inlineCode(source.slice(run, close), point(i), point(close + size)));
      i = close + size;
    } else if (code === ASTERISK) {
      let run = i;
      while (run < to && source.charCodeAt(run) === ASTERISK) run++;
      const before = characterClass(source, i - 1, from, to);
      const after = characterClass(source, run, from, to);
      parts.push({
        start: i,
        end: run,
        open: !after || (after === 2 && before !== 0),
        close: !before || (before === 2 && after !== 0),
      });
      i = run;
    } else if (code === LEFT_BRACKET) {
      openers.push({ offset: i, image: false, inactive: false, parts: parts.length });
      i++;
    } else if (code === EXCLAMATION && source.charCodeAt(i + 1) === LEFT_BRACKET) {
      openers.push({ offset: i, image: true, inactive: false, parts: parts.length });
      i += 2;
    } else if (code === RIGHT_BRACKET) {
      const opener = openers.at(-1);
      if (!opener || opener.inactive || source.charCodeAt(i + 1) !== LEFT_PAREN) {
        // No link: the `[` and `]` stay text (micromark marks the opener balanced; no reference can match).
        openers.pop();
        i++;
        continue;
      }
      const destinationEnd = simpleDestinationEnd(source, i + 2, to);
      if (destinationEnd < 0) return undefined;
      // The label's own runs pair inside it, as micromark resolves a label before what is around it.
      const children = fill(opener.offset + (opener.image ? 2 : 1), i, parts.slice(opener.parts));
      if (!children || children.length === 0) return undefined;
      const url = source.slice(i + 2, destinationEnd);
      const position = { start: point(opener.offset), end: point(destinationEnd + 1) };
      parts.length = opener.parts;
      openers.pop();
      if (opener.image) {
        // An image's alt is its label's text; a label with more than text is not this shape.
        if (!children.every((child) => child.type === 'text')) return undefined;
        const alt = children.map((child) => (child as Text).value).join('');
        parts.push({ type: 'image', title: null, url, alt, position });
      } else {
        // Openers below the first inactive one were made inactive by an earlier link.
        for (let k = openers.length - 1; k >= 0 && !(openers[k].inactive && !openers[k].image); k--)
          if (!openers[k].image) openers[k].inactive = true;
        parts.push({ type: 'link', title: null, url, children, position });
      }
      i = destinationEnd + 1;
    } else i++;
  }
  return fill(from, to, parts);
}

/** Where the first run of exactly `size` backticks starts in `from`–`to`, or -1. */
function closingRun(source: string, from: number, to: number, size: number): number {
  for (let i = source.indexOf('`', from); i !== -1 && i < to; i = source.indexOf('`', i)) {
    let run = i;
    while (run < to && source.charCodeAt(run) === BACKTICK) run++;
    if (run - i === size) return i;
    i = run;
  }
  return -1;
}

/** A code span's value: one space is stripped from each end when both have one and something else is inside. */
function inlineCode(content: string, start: Point, end: Point): InlineCode {
  const padded = content.startsWith(' ') && content.endsWith(' ') && /[^ ]/.test(content);
  return { type: 'inlineCode', value: padded ? content.slice(1, -1) : content, position: { start, end } };
}

/**
 * The offset of the `)` closing a destination that starts at `from` and is read the same by every reading of
 * it (no spaces, parentheses, angle brackets, escapes, character references or title), or -1.
 */
function simpleDestinationEnd(source: string, from: number, to: number): number {
  let end = from;
  while (end < to && !DESTINATION_END.test(source[end])) end++;
  if (end === from || end >= to || source.charCodeAt(end) !== RIGHT_PAREN) return -1;
  return /&[#A-Za-z0-9]+;/.test(source.slice(from, end)) ? -1 : end;
}

/**
 * Reads the section `start`–`end` (whole lines, `start` on line `line`) if it has the simple shape, or returns
 * undefined. The section may begin with an ATX heading; every other line is blank or a list item.
 */
export function readSimpleSection(
  source: string,
  start: number,
  end: number,
  line: number,
): RootContent[] | undefined {
  const nodes: RootContent[] = [];
  let list: List | undefined;
  /** The current list's bullet (`-`, `*`, `+`) or number delimiter (`.`, `)`). */
  let listKey: string | undefined;
  /** What the previous line was: a list item, a paragraph, or blank (the section's start counts as blank). */
  let previous: 'item' | 'paragraph' | 'blank' = 'blank';
  for (let lineStart = start; lineStart < end; line++) {
    const newline = source.indexOf('\n', lineStart);
    const lineEnd = newline === -1 || newline > end ? end : newline;
    const point = pointsOnLine(line, lineStart);
    const span = (from: number) => ({ start: point(from), end: point(lineEnd) });
    const text = source.slice(lineStart, lineEnd);
    if (/[\t\0]/.test(text)) return undefined;
    if (/^ *$/.test(text)) {
      previous = 'blank';
    } else if (lineStart === start && text.startsWith('#')) {
      const heading = /^(#{1,6}) (?=[^ ])(?!.*[ #]$)/.exec(text);
      if (!heading) return undefined;
      const depth = heading[1].length;
      const children = readInline(source, lineStart + depth + 1, lineEnd, line, lineStart);
      if (!children) return undefined;
      nodes.push({ type: 'heading', depth: depth as Heading['depth'], children, position: span(lineStart) });
      previous = 'blank';
    } else if (/^-{3,}$/.test(text)) {
      // After a paragraph it would underline a heading; after an item, keep it simple too.
      if (previous !== 'blank') return undefined;
      nodes.push({ type: 'thematicBreak', position: span(lineStart) });
      list = undefined;
    } else if (LIST_ITEM.test(text)) {
      const [marker, bullet, number, delimiter] = LIST_ITEM.exec(text)!;
      // A blank line between items makes the list loose; a paragraph before an item, a new list without one.
      if (previous === 'paragraph' || (list && previous === 'blank')) return undefined;
      // Another bullet or delimiter starts another list: not this shape.
      if (list && listKey !== (bullet ?? delimiter)) return undefined;
      const children = lineContent(source, lineStart + marker.length, lineEnd, line, lineStart);
      if (!children) return undefined;
      const item: ListItem = {
        type: 'listItem',
        spread: false,
        checked: null,
        children: [{ type: 'paragraph', children, position: span(lineStart + marker.length) }],
        position: span(lineStart),
      };
      if (list) {
        list.children.push(item);
        list.position!.end = point(lineEnd);
      } else {
        list = {
          type: 'list',
          ordered: number !== undefined,
          start: number === undefined ? null : Number.parseInt(number, 10),
          spread: false,
          children: [item],
          position: span(lineStart),
        };
        listKey = bullet ?? delimiter;
        nodes.push(list);
      }
      previous = 'item';
    } else {
      // A line after an item would continue it lazily; after a paragraph line, continue the paragraph.
      if (previous !== 'blank' || text.includes('|')) return undefined;
      const children = lineContent(source, lineStart, lineEnd, line, lineStart);
      if (!children) return undefined;
      nodes.push({ type: 'paragraph', children, position: span(lineStart) });
      list = undefined;
      previous = 'paragraph';
    }
    lineStart = lineEnd + 1;
  }
  return nodes;
}

/** A paragraph's one line from `from`: its inline content, unless it could be read as another block. */
function lineContent(
  source: string,
  from: number,
  to: number,
  line: number,
  lineStart: number,
): PhrasingContent[] | undefined {
  const content = source.slice(from, to);
  if (content === '' || BLOCK_START.test(content) || content.endsWith(' ')) return undefined;
  return readInline(source, from, to, line, lineStart);
}
