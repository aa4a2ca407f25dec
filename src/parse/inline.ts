/**
 * Reads the inline content of one block (a paragraph's lines, a heading, a table cell) into exactly the
 * phrasing nodes remark-parse with remark-gfm builds, positions included, or declines (returns undefined).
 * Read: text over several lines, `[label](url "title")` links, `![alt](url)` images, code spans, backslash
 * escapes, hard breaks, inline HTML tags and comments, GFM autolink literals, `*`/`_` emphasis paired as
 * micromark pairs it, a lone `~`, and footnote calls to the footnotes the document defines. Declined: character
 * references, GFM strikethrough (two `~` or more), `<…>` autolinks, destinations in angle brackets or with
 * escapes, emphasis nested over 32 deep or too costly to pair, and a bracket without a resource when the document
 * defines links (it may be a reference).
 */

import type { FootnoteReference, Html, Image, InlineCode, Link, PhrasingContent, Text } from 'mdast';
import { codeAt } from '../text/ascii.js';
import type { Point } from '../types.js';
import { type Literal, literalAt, transformLiteralsIn } from './autolink.js';

/** One line of the content: `start`–`end` in the source (container prefix and indentation left out). */
export interface ContentLine {
  /** 1-based line number. */
  line: number;
  /** Offset of the line's first character (column 1). */
  lineStart: number;
  /** Where its container prefix (`> `, a list item's indentation) ends: its content and indentation start; -1 inside a tab. */
  prefixEnd: number;
  start: number;
  /** Where the line's text ends: its line ending, or for the last line the content's end. */
  end: number;
}

/** Content in which micromark may find an autolink literal. */
const MAY_HOLD_LITERAL = /@|:\/\/|www\./i;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const CHARACTER_REFERENCE = /&(?:#\d{1,7}|#[xX][\dA-Fa-f]{1,6}|[A-Za-z][A-Za-z\d]{0,31});/;
/** An HTML open or closing tag on one line (CommonMark's grammar); comments are read apart. */
const HTML_TAG =
  /<(?:[A-Za-z][A-Za-z\d-]*(?:[ \t]+[A-Za-z_:][\w.:-]*(?:[ \t]*=[ \t]*(?:[^ \t\n"'=<>`]+|'[^'\n]*'|"[^"\n]*"))?)*[ \t]*\/?|\/[A-Za-z][A-Za-z\d-]*[ \t]*)>/y;
/** What may start an HTML tag, comment, declaration, instruction or autolink: read or declined, never text. */
const HTML_START = /<[A-Za-z/!?]/y;

const BACKTICK = 0x60;
const LEFT_BRACKET = 0x5b;
const RIGHT_BRACKET = 0x5d;
const LEFT_PAREN = 0x28;
const RIGHT_PAREN = 0x29;
const ASTERISK = 0x2a;
const UNDERSCORE = 0x5f;
const EXCLAMATION = 0x21;
const CARET = 0x5e;
const BACKSLASH = 0x5c;
const LESS_THAN = 0x3c;
const NEWLINE = 0x0a;
const SPACE = 0x20;
const TILDE = 0x7e;

/** A `[` (or an image's `![`) not yet closed: it may still open a link (an image). */
interface Opener {
  at: number;
  image: boolean;
  /** Set on a link's `[` once a link closes after it: links cannot contain links. */
  inactive: boolean;
  /** How many parts came before it: the label's are the ones after. */
  parts: number;
}

/** A run of `*` or `_` that may open or close emphasis (micromark's flanking rules). */
interface Run {
  start: number;
  end: number;
  marker: number;
  open: boolean;
  close: boolean;
}

/** A node read from `from`–`to` of the content. */
interface Piece {
  node: InlineCode | Link | Image | Html | FootnoteReference | { type: 'break' };
  from: number;
  to: number;
}

type Part = Piece | Run;

const isPiece = (part: Part): part is Piece => 'node' in part;

class Decline extends Error {}

/** Emphasis (`size` 1) or strong emphasis (2) whose opening markers start at `from` and closing ones end at `to`. */
interface Pair {
  from: number;
  to: number;
  size: number;
}

/** Emphasis nested deeper than this (never in a list) goes to micromark, as hostile nesting would overflow the stack. */
const MAX_EMPHASIS_DEPTH = 32;

/**
 * Pairs delimiter runs as micromark resolves attention: each closer, left to right, takes the nearest opener
 * before it with the same marker that the rule of three allows (on what is left of both runs), two markers of
 * each when both have two; the runs between them are then resolved again among themselves (a closer that the
 * rule of three kept from an opener may take it now) and pair no more. What is left of a run is text. The pairs
 * come out sorted by their start, an outer pair before the pairs inside it. The search is quadratic at worst
 * (as micromark's): past a budget of steps, the content goes to micromark.
 */
function pairRuns(runs: readonly Run[]): Pair[] {
  const left = runs.map((run) => ({ ...run }));
  const done = new Array<boolean>(runs.length).fill(false);
  const pairs: Pair[] = [];
  // The search steps from opener to opener: a line of closers, or of pairs, stays linear.
  const previousOpener = runs.map(() => -1);
  for (let k = 1; k < runs.length; k++) previousOpener[k] = runs[k - 1].open ? k - 1 : previousOpener[k - 1];
  let budget = 10_000 + 8 * runs.length;
  const resolve = (low: number, high: number, depth: number) => {
    if (depth > MAX_EMPHASIS_DEPTH) throw new Decline();
    for (let c = low; c < high; c++) {
      const closer = left[c];
      if (done[c] || !closer.close) continue;
      while (closer.end > closer.start) {
        const closeSize = closer.end - closer.start;
        let o = previousOpener[c];
        for (let from = c; o >= low; o = previousOpener[o]) {
          const opener = left[o];
          const openSize = opener.end - opener.start;
          if (--budget < 0) throw new Decline();
          // A used up or resolved opener never opens again: the search skips it from now on.
          if (done[o] || openSize === 0) {
            previousOpener[from] = previousOpener[o];
            continue;
          }
          from = o;
          if (opener.marker !== closer.marker) continue;
          if ((opener.close || closer.open) && closeSize % 3 !== 0 && (openSize + closeSize) % 3 === 0)
            continue;
          break;
        }
        if (o < low) break;
        const opener = left[o];
        const size = opener.end - opener.start > 1 && closeSize > 1 ? 2 : 1;
        opener.end -= size;
        closer.start += size;
        pairs.push({ from: opener.end, to: closer.start, size });
        resolve(o + 1, c, depth + 1);
        budget -= c - o;
        for (let k = o + 1; k < c; k++) done[k] = true;
      }
    }
  };
  resolve(0, left.length, 0);
  return pairs.sort((a, b) => a.from - b.from);
}

/** micromark's classes of the code unit next to a delimiter run: 1 whitespace (or none), 2 punctuation, 0 other. */
function characterClass(text: string, index: number): 0 | 1 | 2 {
  if (index < 0 || index >= text.length) return 1;
  const unit = text[index];
  if (/\s/.test(unit)) return 1;
  return /\p{P}|\p{S}/u.test(unit) ? 2 : 0;
}

/** What the document defines, which brackets may refer to. */
export interface References {
  /** Identifiers of its footnote definitions (`[^1]: …`): `[^1]` is a call. */
  footnotes: ReadonlySet<string>;
  /**
   * Whether it has link reference definitions (`[a]: https://…`): any `[a]` not followed by a link's resource
   * may then be a link.
   */
  links: boolean;
}

/** Where the content is. */
export interface InlineContext {
  /** The document's definitions, if it has any. */
  references?: References;
  /** In a table cell, `\|` in a code span is a pipe, as GFM has it. */
  inTable?: boolean;
  /** Whitespace followed the content's last line (a paragraph's): micromark reads it, then drops it. */
  trailingWhitespace?: boolean;
}

/** The phrasing content of `lines` as remark reads it, or undefined. */
export function readInline(
  source: string,
  lines: readonly ContentLine[],
  context: InlineContext = {},
): PhrasingContent[] | undefined {
  try {
    return new InlineReader(source, lines, context).read();
  } catch (error) {
    if (error instanceof Decline) return undefined;
    throw error;
  }
}

class InlineReader {
  /** The content with its line prefixes left out, lines joined by `\n`. */
  readonly text: string;
  /** Where each line starts in `text`. */
  readonly starts: number[] = [];
  /** Backslashes of escapes, which no text value keeps. */
  readonly escapes: number[] = [];
  /** Whether the content may hold an autolink literal (`@`, `://`, `www.`). */
  readonly literals: boolean;
  /**
   * Where the first unclosed backtick run is. micromark looked for its closing run through all the lines after
   * it, and a line ending it walked over ends after the next line's container prefix, not at its column 1.
   */
  walkedFrom = Number.POSITIVE_INFINITY;

  constructor(
    readonly source: string,
    readonly lines: readonly ContentLine[],
    readonly context: InlineContext,
  ) {
    let text = '';
    for (const line of lines) {
      if (this.starts.length > 0) text += '\n';
      this.starts.push(text.length);
      text += source.slice(line.start, line.end);
    }
    this.text = text;
    this.literals = MAY_HOLD_LITERAL.test(text);
  }

  /** The index of the line holding `at`. */
  lineOf(at: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= at) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /**
   * The source point of `at` in the content. A line's start `atLineStart` (where a line ending ends) is its
   * column 1, or the end of its container prefix once micromark has walked over that line ending.
   */
  point(at: number, atLineStart = false): Point {
    const k = this.lineOf(at);
    const line = this.lines[k];
    if (atLineStart && k > 0 && at === this.starts[k]) {
      const offset = at > this.walkedFrom ? line.prefixEnd : line.lineStart;
      if (offset < 0) throw new Decline();
      return { line: line.line, column: offset - line.lineStart + 1, offset };
    }
    const offset = line.start + at - this.starts[k];
    return { line: line.line, column: offset - line.lineStart + 1, offset };
  }

  read(): PhrasingContent[] {
    const { text } = this;
    const parts: Part[] = [];
    const openers: Opener[] = [];
    let tildes = 0;
    let i = 0;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      // micromark reads no literal where a `[` may still open a label.
      const literal =
        this.literals && openers.length === 0
          ? literalAt(text, i, this.context.trailingWhitespace)
          : undefined;
      if (literal) {
        parts.push(this.literal(i, literal));
        i = literal.end;
      } else if (code === BACKTICK) {
        let run = i;
        while (run < text.length && text.charCodeAt(run) === BACKTICK) run++;
        const size = run - i;
        const close = closingRun(text, run, size);
        if (close < 0) {
          this.walkedFrom = Math.min(this.walkedFrom, i);
          i = run;
          continue;
        }
        parts.push(this.inlineCode(i, run, close, close + size));
        i = close + size;
      } else if (code === ASTERISK || code === UNDERSCORE) {
        let run = i;
        while (run < text.length && text.charCodeAt(run) === code) run++;
        const before = characterClass(text, i - 1);
        const after = characterClass(text, run);
        // GFM's `~` next to a run lets it open or close whatever else (micromark's other attention markers).
        let open = !after || (after === 2 && before !== 0) || text[run] === '~';
        let close = !before || (before === 2 && after !== 0) || text[i - 1] === '~';
        if (code === UNDERSCORE)
          [open, close] = [open && (before !== 0 || !close), close && (after !== 0 || !open)];
        // A run that can neither open nor close stays text.
        if (open || close) parts.push({ start: i, end: run, marker: code, open, close });
        i = run;
      } else if (code === BACKSLASH) {
        const next = text[i + 1];
        if (next === '\n') {
          if (codeAt(text, i - 1) === SPACE) throw new Decline();
          parts.push({ node: { type: 'break' }, from: i, to: i + 2 });
          i += 2;
        } else if (next !== undefined && ASCII_PUNCTUATION.test(next)) {
          this.escapes.push(i);
          i += 2;
        } else i++;
      } else if (code === NEWLINE) {
        let spaces = 0;
        while (codeAt(text, i - 1 - spaces) === SPACE) spaces++;
        if (codeAt(text, i - 1 - spaces) === 0x09) throw new Decline();
        if (spaces >= 2) parts.push({ node: { type: 'break' }, from: i - spaces, to: i + 1 });
        i++;
      } else if (code === LESS_THAN) {
        i = this.html(i, parts);
      } else if (code === LEFT_BRACKET) {
        const call = codeAt(text, i + 1) === CARET ? this.footnoteCall(i) : undefined;
        if (call) {
          parts.push(call);
          i = call.to;
          continue;
        }
        openers.push({ at: i, image: false, inactive: false, parts: parts.length });
        i++;
      } else if (code === EXCLAMATION && codeAt(text, i + 1) === LEFT_BRACKET) {
        // remark-gfm reads a footnote call after the `!` (`![^1]`), which this reader does not.
        if (codeAt(text, i + 2) === CARET && this.context.references?.footnotes.size) throw new Decline();
        openers.push({ at: i, image: true, inactive: false, parts: parts.length });
        i += 2;
      } else if (code === RIGHT_BRACKET) {
        const opener = openers.at(-1);
        const resource =
          opener && !opener.inactive && codeAt(text, i + 1) === LEFT_PAREN
            ? readResource(text, i + 1)
            : undefined;
        if (!opener || !resource) {
          // A label without a resource may refer to a link definition.
          if (opener && !opener.inactive && this.context.references?.links) throw new Decline();
          // No link: the `[` and `]` stay text (micromark marks the opener balanced; no reference can match).
          openers.pop();
          i++;
          continue;
        }
        // The label's own runs pair inside it, as micromark resolves a label before what is around it.
        const children = this.fill(opener.at + (opener.image ? 2 : 1), i, parts.slice(opener.parts));
        const { url, title, end: to } = resource;
        const from = opener.at;
        const position = { start: this.point(from), end: this.point(to) };
        parts.length = opener.parts;
        openers.pop();
        if (opener.image) {
          // An image's alt is its label's text; a label with more than text is not this shape.
          if (!children.every((child) => child.type === 'text')) throw new Decline();
          const alt = children.map((child) => (child as Text).value).join('');
          parts.push({ node: { type: 'image', title, url, alt, position }, from, to });
        } else {
          // Openers below the first inactive one were made inactive by an earlier link.
          for (let k = openers.length - 1; k >= 0 && !(openers[k].inactive && !openers[k].image); k--)
            if (!openers[k].image) openers[k].inactive = true;
          parts.push({ node: { type: 'link', title, url, children, position }, from, to });
        }
        i = to;
      } else {
        if (code === TILDE) tildes++;
        i++;
      }
    }
    // GFM strikethrough pairs `~` runs; one `~` alone (`(~2014)`) is text.
    if (tildes > 1) throw new Decline();
    return transformLiteralsIn(this.fill(0, text.length, parts));
  }

  /** A link of the literal at `at`: its text as written, its URL with the scheme GFM adds. */
  literal(at: number, { kind, end }: Literal): Piece {
    const value = this.text.slice(at, end);
    const position = () => ({ start: this.point(at), end: this.point(end) });
    const url = kind === 'www' ? `http://${value}` : kind === 'email' ? `mailto:${value}` : value;
    const text: Text = { type: 'text', value, position: position() };
    const node: Link = { type: 'link', title: null, url, children: [text], position: position() };
    return { node, from: at, to: end };
  }

  /** The footnote call `[^label]` at `at` when the document defines its label, else undefined. */
  footnoteCall(at: number): Piece | undefined {
    const footnotes = this.context.references?.footnotes;
    if (!footnotes?.size) return undefined;
    const { text } = this;
    const end = text.indexOf(']', at + 2);
    // Nothing, over 999 characters, whitespace or `[` make no call; escapes would change the label.
    if (end < at + 3 || end - at - 2 > 999) return undefined;
    const label = text.slice(at + 2, end);
    if (label.includes('\\')) throw new Decline();
    if (/[ \t\n[]/.test(label)) return undefined;
    // micromark's normalizeIdentifier, then mdast's lower case.
    const identifier = label.toLowerCase().toUpperCase().toLowerCase();
    if (!footnotes.has(identifier)) return undefined;
    const position = { start: this.point(at), end: this.point(end + 1) };
    return { node: { type: 'footnoteReference', identifier, label, position }, from: at, to: end + 1 };
  }

  /** Reads an HTML tag or comment at `at` into `parts` and returns where reading goes on; `<` alone is text. */
  html(at: number, parts: Part[]): number {
    const { text } = this;
    HTML_START.lastIndex = at;
    if (!HTML_START.test(text)) return at + 1;
    let end: number;
    if (text.startsWith('<!--', at)) {
      if (text.startsWith('>', at + 4) || text.startsWith('->', at + 4)) throw new Decline();
      const close = text.indexOf('-->', at + 4);
      if (close < 0 || text.slice(at, close).includes('\n')) throw new Decline();
      end = close + 3;
    } else {
      HTML_TAG.lastIndex = at;
      if (!HTML_TAG.test(text)) throw new Decline();
      end = HTML_TAG.lastIndex;
    }
    const position = { start: this.point(at), end: this.point(end) };
    parts.push({ node: { type: 'html', value: text.slice(at, end), position }, from: at, to: end });
    return end;
  }

  inlineCode(open: number, contentStart: number, contentEnd: number, end: number): Piece {
    let content = this.text.slice(contentStart, contentEnd);
    if (content.includes('\n')) throw new Decline();
    if (this.context.inTable) content = content.replaceAll('\\|', '|');
    const padded = content.startsWith(' ') && content.endsWith(' ') && /[^ ]/.test(content);
    const node: InlineCode = {
      type: 'inlineCode',
      value: padded ? content.slice(1, -1) : content,
      position: { start: this.point(open), end: this.point(end) },
    };
    return { node, from: open, to: end };
  }

  /** The content of `start`–`end`: its pieces, its runs paired into emphasis, text between. */
  fill(start: number, end: number, parts: Part[]): PhrasingContent[] {
    const pieces = parts.filter(isPiece);
    const pairs = pairRuns(parts.filter((part): part is Run => !isPiece(part)));
    return this.nest(start, end, pieces, 0, pieces.length, pairs, 0, pairs.length);
  }

  /** The nodes of `start`–`end`: `pieces[p, pEnd)` and `pairs[q, qEnd)` lie in it, text between them. */
  nest(
    start: number,
    end: number,
    pieces: readonly Piece[],
    p: number,
    pEnd: number,
    pairs: readonly Pair[],
    q: number,
    qEnd: number,
    depth = 0,
  ): PhrasingContent[] {
    if (depth > MAX_EMPHASIS_DEPTH) throw new Decline();
    const children: PhrasingContent[] = [];
    let at = start;
    while (p < pEnd || q < qEnd) {
      const pair = q < qEnd ? pairs[q] : undefined;
      if (pair && (p === pEnd || pair.from < pieces[p].from)) {
        this.pushText(children, at, pair.from);
        let innerP = p;
        while (innerP < pEnd && pieces[innerP].from < pair.to) innerP++;
        let innerQ = q + 1;
        while (innerQ < qEnd && pairs[innerQ].from < pair.to) innerQ++;
        const inner = this.nest(
          pair.from + pair.size,
          pair.to - pair.size,
          pieces,
          p,
          innerP,
          pairs,
          q + 1,
          innerQ,
          depth + 1,
        );
        children.push({
          type: pair.size === 2 ? 'strong' : 'emphasis',
          children: inner,
          position: { start: this.point(pair.from), end: this.point(pair.to) },
        });
        at = pair.to;
        p = innerP;
        q = innerQ;
        continue;
      }
      const piece = pieces[p++];
      this.pushText(children, at, piece.from);
      const { node } = piece;
      children.push(
        node.type === 'break'
          ? { type: 'break', position: { start: this.point(piece.from), end: this.point(piece.to, true) } }
          : node,
      );
      at = piece.to;
    }
    this.pushText(children, at, end);
    return children;
  }

  /** Appends the text of `from`–`to` (whitespace at line ends and escapes' backslashes left out of its value). */
  pushText(children: PhrasingContent[], from: number, to: number): void {
    const { text } = this;
    if (to <= from) return;
    let raw = text.slice(from, to);
    if (CHARACTER_REFERENCE.test(raw)) throw new Decline();
    // Text that starts in the whitespace before a line ending starts at the line ending.
    let start = from;
    while (codeAt(text, start) === SPACE || codeAt(text, start) === 0x09) start++;
    if (start < to && codeAt(text, start) === NEWLINE) {
      raw = text.slice(start, to);
    } else start = from;
    let value = raw.replace(/[ \t]+\n/g, '\n');
    let k = firstAtOrAfter(this.escapes, start);
    if (k < this.escapes.length && this.escapes[k] < to) {
      value = '';
      let copied = start;
      for (; k < this.escapes.length && this.escapes[k] < to; k++) {
        value += text.slice(copied, this.escapes[k]);
        copied = this.escapes[k] + 1;
      }
      value = (value + text.slice(copied, to)).replace(/[ \t]+\n/g, '\n');
    }
    children.push({
      type: 'text',
      value,
      position: { start: this.point(start), end: this.point(to, true) },
    } satisfies Text);
  }
}

/** The index of the first of the ascending `values` that is `value` or more. */
function firstAtOrAfter(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Where the first run of exactly `size` backticks starts from `from`, or -1. */
function closingRun(text: string, from: number, size: number): number {
  for (let i = text.indexOf('`', from); i !== -1; i = text.indexOf('`', i)) {
    let run = i;
    while (run < text.length && text.charCodeAt(run) === BACKTICK) run++;
    if (run - i === size) return i;
    i = run;
  }
  return -1;
}

/** A link's resource: its destination, its title, and where it ends (after its `)`). */
interface Resource {
  url: string;
  title: string | null;
  end: number;
}

/** micromark's limit on nested parentheses in a destination. */
const MAX_BALANCE = 32;

/**
 * The resource `(destination "title")` whose `(` is at `open`, or undefined where there is none (the label
 * before stays text). Declines what some reading could take differently: `<…>` destinations, escapes,
 * character references, parenthesised titles, and whitespace that runs on to the next line.
 */
function readResource(text: string, open: number): Resource | undefined {
  let i = skipSpaces(text, open + 1);
  if (codeAt(text, i) === RIGHT_PAREN) return { url: '', title: null, end: i + 1 };
  if (codeAt(text, i) === LESS_THAN) throw new Decline();
  const start = i;
  let balance = 0;
  for (; ; i++) {
    const code = codeAt(text, i);
    if (balance === 0 && (code === RIGHT_PAREN || code === SPACE || code === 0x09 || code === NEWLINE)) break;
    if (code === LEFT_PAREN) {
      if (balance === MAX_BALANCE) return undefined;
      balance++;
    } else if (code === RIGHT_PAREN) balance--;
    else if (code === BACKSLASH) throw new Decline();
    // The end of the text (-1) too.
    else if (code <= SPACE || code === 0x7f) return undefined;
  }
  const url = text.slice(start, i);
  if (url === '' || CHARACTER_REFERENCE.test(url)) throw new Decline();
  const after = skipSpaces(text, i);
  const quote = text[after];
  let title: string | null = null;
  let close = after;
  if (after > i && (quote === '"' || quote === "'" || quote === '(')) {
    const end = text.indexOf(quote, after + 1);
    title = text.slice(after + 1, end);
    if (quote === '(' || end < 0 || /[\n\\&]/.test(title)) throw new Decline();
    close = skipSpaces(text, end + 1);
  }
  if (codeAt(text, close) === NEWLINE) throw new Decline();
  return codeAt(text, close) === RIGHT_PAREN ? { url, title, end: close + 1 } : undefined;
}

/** Where the spaces and tabs from `from` end; at a line ending micromark would read on into the next line. */
function skipSpaces(text: string, from: number): number {
  let i = from;
  while (codeAt(text, i) === SPACE || codeAt(text, i) === 0x09) i++;
  if (codeAt(text, i) === NEWLINE) throw new Decline();
  return i;
}
