/**
 * A reader for the blocks of a list's text: ATX and setext headings, paragraphs over several lines, lists
 * (bulleted and numbered, nested, tight or loose, with lazy lines), block quotes, GFM tables, HTML blocks
 * (comments, block tags and lone tags), fenced code closed within the text read, and thematic breaks, with inline
 * content read by `readInline`. It builds exactly the mdast that remark-parse with remark-gfm builds, positions
 * included, at a small fraction of micromark's cost, and declines (returns undefined) anything else: indented
 * code, link reference or footnote definitions, task items, tabs in indentation, empty list items, and whatever
 * `readInline` declines. Callers use it only on
 * documents without definitions and without carriage returns, on whole lines that start a block at column 1.
 */

import type {
  Blockquote,
  Code,
  Heading,
  Html,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  RootContent,
  Table,
  TableCell,
  TableRow,
} from 'mdast';
import { htmlBlockNames, htmlRawNames } from 'micromark-util-html-tag-name';
import type { Point } from '../types.js';
import { type ContentLine, type References, readInline } from './inline.js';

/** Lists nested deeper than this (and the quotes around them) go to remark, which limits nesting itself. */
const MAX_DEPTH = 8;
const THEMATIC_BREAK = /^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const ATX_HEADING = /^(#{1,6})(?:[ \t]|$)/;
/** An ATX heading's closing sequence with the whitespace around it (or its content when that is only `#`s). */
const CLOSING_SEQUENCE = /(?:^|[ \t]+)#+[ \t]*$|[ \t]+$/;
const LIST_MARKER = /^(?:([-*+])|(\d{1,9})([.)]))(?=[ \t]|$)( *)/;
/** An opening code fence and its info string (which, after backticks, has none). */
const FENCE = /^(`{3,}(?=[^`]*$)|~{3,})(.*)$/;
const CLOSING_FENCE = /^(`{3,}|~{3,})[ \t]*$/;
/** A setext heading's underline: `=`s (its group) for level 1, `-`s for level 2. */
const SETEXT_UNDERLINE = /^(?:(=+)|-+)[ \t]*$/;
const DELIMITER_CELL = /^[ ]*(:?)-+(:?)[ ]*$/;
const OPEN_TAG =
  /^<[A-Za-z][A-Za-z\d-]*(?:[ \t]+[A-Za-z_:][\w.:-]*(?:[ \t]*=[ \t]*(?:[^ \t"'=<>`]+|'[^']*'|"[^"]*"))?)*[ \t]*\/?>[ \t]*$/;
const CLOSING_TAG = /^<\/[A-Za-z][A-Za-z\d-]*[ \t]*>[ \t]*$/;
const BLOCK_TAG = /^<\/?([A-Za-z][A-Za-z\d]*)(?=[ \t>]|\/>|$)/;
const blockNames = new Set(htmlBlockNames);
const rawNames = new Set(htmlRawNames);

class Decline extends Error {}

/** A list's bullet (`-`, `*`, `+`) or number delimiter (`.`, `)`): an item with another starts another list. */
const listKeys = new WeakMap<List, string>();

interface ItemFrame {
  kind: 'item';
  node: ListItem;
  list: List;
  /** Columns of its content: the marker and the spaces after it. */
  width: number;
}

interface QuoteFrame {
  kind: 'quote';
  node: Blockquote;
}

type Frame = ItemFrame | QuoteFrame;

interface ParagraphLeaf {
  kind: 'paragraph';
  lines: ContentLine[];
  /** Where the last line ends, its trailing whitespace included (the paragraph's end). */
  end: Point;
}

interface TableLeaf {
  kind: 'table';
  node: Table;
}

interface HtmlLeaf {
  kind: 'html';
  node: Html;
  /** 2: a comment, open until `-->`; 6 and 7: open until a blank line. */
  htmlKind: 2 | 6 | 7;
}

interface CodeLeaf {
  kind: 'code';
  node: Code;
  /** The opening fence's character and length: a closing fence has the same character, as many or more. */
  marker: string;
  size: number;
  /** Spaces before the opening fence: each content line loses as many as it has. */
  indent: number;
  lines: string[];
}

type Leaf = ParagraphLeaf | TableLeaf | HtmlLeaf | CodeLeaf;

/**
 * Reads `start`–`end` (whole lines, `start` on line `line`) or returns undefined when any of it is not a shape
 * this reader knows.
 */
export function readBlocks(
  source: string,
  start: number,
  end: number,
  line: number,
  references?: References,
): RootContent[] | undefined {
  try {
    return new BlockReader(source, references).read(start, end, line);
  } catch (error) {
    if (error instanceof Decline) return undefined;
    throw error;
  }
}

class BlockReader {
  readonly root: RootContent[] = [];
  readonly stack: Frame[] = [];
  leaf: Leaf | undefined;
  /** The stack's depth at the blank line(s) just before this line, or -1 after a line with content. */
  blankDepth = -1;
  /** The current line: its number and where it starts and ends. */
  line = 0;
  lineStart = 0;
  lineEnd = 0;
  /** Where the current line's prefix of the open containers it continues ends (-1: inside a tab). */
  prefixEnd = 0;

  constructor(
    readonly source: string,
    /** The document's definitions, which the text read here may refer to. */
    readonly references?: References,
  ) {}

  point(offset: number): Point {
    return { line: this.line, column: offset - this.lineStart + 1, offset };
  }

  childrenOf(depth: number): RootContent[] {
    return depth === 0 ? this.root : (this.stack[depth - 1].node.children as RootContent[]);
  }

  read(start: number, end: number, line: number): RootContent[] {
    const { source } = this;
    for (let lineStart = start; lineStart < end; line++) {
      const newline = source.indexOf('\n', lineStart);
      this.line = line;
      this.lineStart = lineStart;
      this.lineEnd = newline === -1 || newline > end ? end : newline;
      this.readLine();
      lineStart = this.lineEnd + 1;
    }
    // An HTML block still open would run on into what follows; a fence left open ends in ways not read here.
    if (this.leaf?.kind === 'html' && (this.leaf.htmlKind === 2 || end < source.length)) throw new Decline();
    if (this.leaf?.kind === 'code') throw new Decline();
    this.closeLeaf();
    return this.root;
  }

  readLine(): void {
    const { source, lineEnd } = this;
    let pos = this.lineStart;
    /** Columns of a tab before `pos` that its containers' indentation did not take. */
    let carry = 0;
    let matched = 0;
    const blank = isBlank(source, pos, lineEnd);
    for (const frame of this.stack) {
      if (frame.kind === 'quote') {
        const { columns, end } = this.indentAt(pos, carry);
        if (columns > 3 || source[end] !== '>') break;
        pos = end + 1;
        carry = 0;
        if (source[pos] === ' ') pos++;
        else if (source[pos] === '\t') throw new Decline();
        // A quote line with nothing after its marker: not this shape.
        if (isBlank(source, pos, lineEnd)) throw new Decline();
      } else if (!blank) {
        if (this.indentAt(pos, carry).columns < frame.width) break;
        [pos, carry] = this.consume(pos, carry, frame.width);
      }
      matched++;
    }
    this.prefixEnd = carry > 0 ? -1 : pos;
    // What is left of a tab would be spaces in code and HTML.
    if (carry > 0 && (this.leaf?.kind === 'code' || this.leaf?.kind === 'html')) throw new Decline();

    // A fenced code block takes every line its containers take, up to its closing fence.
    if (this.leaf?.kind === 'code') {
      if (matched < this.stack.length) throw new Decline();
      this.continueCode(this.leaf, pos, blank);
      this.extend();
      return;
    }

    if (blank) {
      this.closeFrames(matched);
      if (this.leaf?.kind !== 'html' || this.leaf.htmlKind !== 2) this.closeLeaf();
      else if (this.stack.length > 0) throw new Decline();
      else this.continueHtml(this.leaf, pos);
      if (this.blankDepth < 0) this.blankDepth = this.stack.length;
      return;
    }
    if (source.slice(pos, lineEnd).includes('\0')) throw new Decline();

    // A line all open blocks take: code and HTML take it as it is.
    if (matched === this.stack.length && this.leaf?.kind === 'html') {
      this.afterBlank(matched);
      this.continueHtml(this.leaf, pos);
      this.extend();
      return;
    }

    const { columns: indent, end: contentStart } = this.indentAt(pos, carry);
    const rest = source.slice(contentStart, lineEnd);
    const paragraph = this.leaf?.kind === 'paragraph' ? this.leaf : undefined;

    // A lazy line continues a paragraph whose containers it does not match.
    if (matched < this.stack.length && paragraph && this.blankDepth < 0 && !mayStartBlock(rest, indent)) {
      // micromark reads a lone HTML tag there as a block in varying places.
      if (indent < 4 && htmlKind(rest) === 7) throw new Decline();
      this.continueParagraph(paragraph, contentStart);
      this.extend();
      return;
    }
    if (matched === this.stack.length && paragraph) {
      if (indent < 4 && isDelimiterRow(rest) && !LIST_MARKER.test(rest)) {
        this.startTable(paragraph, contentStart);
        this.extend();
        return;
      }
      const underline = indent < 4 ? SETEXT_UNDERLINE.exec(rest) : null;
      if (underline) {
        this.setextHeading(paragraph, underline[1] ? 1 : 2);
        this.extend();
        return;
      }
      if (!mayStartBlock(rest, indent)) {
        this.continueParagraph(paragraph, contentStart);
        this.extend();
        return;
      }
    }
    if (indent >= 4) throw new Decline();
    if (matched < this.stack.length) {
      this.closeFrames(matched);
    }
    if (this.leaf?.kind === 'table') {
      // A lone HTML tag (`<br>`) ends a table in micromark, which it does not a paragraph.
      if (mayStartBlock(rest, indent) || htmlKind(rest) === 7) throw new Decline();
      this.afterBlank(matched);
      this.addRow(this.leaf.node, contentStart, false);
      this.extend();
      return;
    }
    this.openBlocks(pos, matched, carry);
  }

  /** The column of `offset` on the current line (from 0; a tab goes on to the next multiple of 4). */
  columnOf(offset: number): number {
    let column = 0;
    for (let i = this.lineStart; i < offset; i++) column += this.source[i] === '\t' ? 4 - (column % 4) : 1;
    return column;
  }

  /** The columns of the spaces and tabs at `pos`, with `carry` columns of a tab before it, and where they end. */
  indentAt(pos: number, carry: number): { columns: number; end: number } {
    let end = pos;
    while (this.source[end] === ' ' || this.source[end] === '\t') end++;
    return { columns: carry + (end === pos ? 0 : this.columnOf(end) - this.columnOf(pos)), end };
  }

  /** Takes `width` columns of indentation from `pos` (and `carry`): where the rest starts and what is left of a tab. */
  consume(pos: number, carry: number, width: number): [number, number] {
    if (carry >= width) return [pos, carry - width];
    let needed = width - carry;
    let column = this.columnOf(pos);
    for (let at = pos; ; at++) {
      const columns = this.source[at] === '\t' ? 4 - (column % 4) : 1;
      column += columns;
      if (columns >= needed) return [at + 1, columns - needed];
      needed -= columns;
    }
  }

  /**
   * Applies the blank lines before this line, which `depth` open frames take, to the spread of lists and items:
   * a blank line between two items spreads their list; one between two children of an item spreads the item.
   */
  afterBlank(depth: number, siblingOf?: List): void {
    const blankDepth = this.blankDepth;
    if (blankDepth < 0) return;
    this.blankDepth = -1;
    if (siblingOf) {
      if (depth !== blankDepth - 1) throw new Decline();
      siblingOf.spread = true;
    } else {
      const frame = this.stack[depth - 1];
      if (frame?.kind === 'item') frame.node.spread = true;
    }
  }

  /**
   * Opens the quotes and list items that start at `pos` (with `carry` columns of a tab before it) inside the
   * `depth` frames kept, then the leaf block.
   */
  openBlocks(pos: number, depth: number, carry: number): void {
    const { source, lineEnd } = this;
    let blankApplied = false;
    // micromark lets a paragraph's line be interrupted only by items numbered 1, through any new quotes too.
    const interrupting = this.leaf?.kind === 'paragraph';
    for (;;) {
      const { columns: indent, end: at } = this.indentAt(pos, carry);
      carry = 0;
      if (indent >= 4) throw new Decline();
      const rest = source.slice(at, lineEnd);
      if (rest.startsWith('>')) {
        if (!blankApplied) this.afterBlank(depth);
        blankApplied = true;
        this.closeLeaf();
        const node: Blockquote = {
          type: 'blockquote',
          children: [],
          position: { start: this.point(at), end: this.point(lineEnd) },
        };
        this.childrenOf(depth).push(node);
        this.push({ kind: 'quote', node });
        depth++;
        pos = at + 1;
        if (source[pos] === ' ') pos++;
        else if (source[pos] === '\t') throw new Decline();
        if (isBlank(source, pos, lineEnd)) throw new Decline();
        continue;
      }
      const marker = THEMATIC_BREAK.test(rest) ? undefined : LIST_MARKER.exec(rest);
      if (marker) {
        const [text, bullet, number, delimiter, spaces] = marker;
        const key = bullet ?? delimiter;
        const contentStart = at + text.length;
        // An empty item, an item with code in it, a tab, or a task checkbox: not this shape.
        if (
          (spaces.length === 0 && contentStart < lineEnd) ||
          isBlank(source, contentStart, lineEnd) ||
          spaces.length > 4 ||
          source[contentStart] === '\t' ||
          /^\[[ xX]\](?:[ \t]|$)/.test(source.slice(contentStart, contentStart + 4))
        )
          throw new Decline();
        if (interrupting && number !== undefined && number !== '1') throw new Decline();
        // Lists in quotes: micromark's reading of them varies with what is around (not this shape).
        if (this.stack.some((frame) => frame.kind === 'quote')) throw new Decline();
        const siblings = this.childrenOf(depth);
        const previous = siblings.at(-1);
        const sameList = !this.leaf && previous?.type === 'list' && listKeys.get(previous) === key;
        if (!blankApplied) this.afterBlank(depth, sameList ? (previous as List) : undefined);
        blankApplied = true;
        this.closeLeaf();
        const item: ListItem = {
          type: 'listItem',
          spread: false,
          checked: null,
          children: [],
          position: { start: this.point(at), end: this.point(lineEnd) },
        };
        let list: List;
        if (sameList) {
          list = previous as List;
          list.children.push(item);
        } else {
          list = {
            type: 'list',
            ordered: number !== undefined,
            start: number === undefined ? null : Number.parseInt(number, 10),
            spread: false,
            children: [item],
            position: { start: this.point(at), end: this.point(lineEnd) },
          };
          listKeys.set(list, key);
          siblings.push(list);
        }
        this.push({ kind: 'item', node: item, list, width: indent + text.length });
        depth++;
        pos = contentStart;
        continue;
      }
      if (!blankApplied) this.afterBlank(depth);
      if (indent > 0 && rest.startsWith('<')) throw new Decline();
      this.openLeaf(at, depth, rest, indent);
      this.extend();
      return;
    }
  }

  push(frame: Frame): void {
    if (this.stack.length >= MAX_DEPTH) throw new Decline();
    this.stack.push(frame);
  }

  /** Starts the leaf block of `rest` (at `at`, after `indent` spaces) in the container `depth` deep. */
  openLeaf(at: number, depth: number, rest: string, indent: number): void {
    const children = this.childrenOf(depth);
    const heading = ATX_HEADING.exec(rest);
    if (heading) {
      this.closeLeaf();
      const size = heading[1].length;
      let from = at + size;
      while (from < this.lineEnd && /[ \t]/.test(this.source[from])) from++;
      const text = this.source.slice(from, this.lineEnd);
      const to = from + (CLOSING_SEQUENCE.exec(text)?.index ?? text.length);
      const content =
        from < to
          ? readInline(this.source, [this.contentLine(from, to)], { references: this.references })
          : [];
      if (!content) throw new Decline();
      children.push({
        type: 'heading',
        depth: size as Heading['depth'],
        children: content,
        position: { start: this.point(at), end: this.point(this.lineEnd) },
      });
      return;
    }
    const fence = FENCE.exec(rest);
    if (fence) {
      this.closeLeaf();
      const info = fence[2].replace(/^[ \t]+/, '');
      if (/[\\&]/.test(info)) throw new Decline();
      const [, lang, meta] = /^([^ \t]*)[ \t]*(.*)$/.exec(info)!;
      const node: Code = {
        type: 'code',
        lang: lang || null,
        meta: meta || null,
        value: '',
        position: { start: this.point(at), end: this.point(this.lineEnd) },
      };
      children.push(node);
      this.leaf = { kind: 'code', node, marker: fence[1][0], size: fence[1].length, indent, lines: [] };
      return;
    }
    if (THEMATIC_BREAK.test(rest)) {
      const opened = this.stack.at(-1)?.node.position?.start.line === this.line;
      if (this.leaf?.kind === 'paragraph' || opened) throw new Decline();
      this.closeLeaf();
      children.push({
        type: 'thematicBreak',
        position: { start: this.point(at), end: this.point(this.lineEnd) },
      });
      return;
    }
    if (rest.startsWith('<')) {
      const kind = htmlKind(rest);
      if (kind < 0) throw new Decline();
      if (kind > 0 && !(kind === 7 && this.leaf?.kind === 'paragraph')) {
        this.closeLeaf();
        const node: Html = {
          type: 'html',
          value: rest,
          position: { start: this.point(at), end: this.point(this.lineEnd) },
        };
        children.push(node);
        this.leaf = { kind: 'html', node, htmlKind: kind as 2 | 6 | 7 };
        if (kind === 2 && rest.includes('-->', 4)) this.leaf = undefined;
        return;
      }
    }
    if (mayStartBlock(rest, 0)) throw new Decline();
    if (this.leaf?.kind === 'paragraph' && this.stack.length === depth) {
      this.continueParagraph(this.leaf, at);
      return;
    }
    this.closeLeaf();
    this.leaf = {
      kind: 'paragraph',
      lines: [this.contentLine(at, this.lineEnd)],
      end: this.point(this.lineEnd),
    };
  }

  contentLine(start: number, end: number): ContentLine {
    return { line: this.line, lineStart: this.lineStart, prefixEnd: this.prefixEnd, start, end };
  }

  continueParagraph(paragraph: ParagraphLeaf, at: number): void {
    this.afterBlank(this.stack.length);
    paragraph.lines.push(this.contentLine(at, this.lineEnd));
    paragraph.end = this.point(this.lineEnd);
  }

  /** Adds the line from `pos` (after its containers' prefix) to the code, or closes it. */
  continueCode(code: CodeLeaf, pos: number, blank: boolean): void {
    const { source, lineEnd } = this;
    const indent = spacesAt(source, pos);
    // Tabs in the indentation: a closing fence or the fence's own indentation would count columns.
    if (
      source[pos + indent] === '\t' &&
      (code.indent > 0 || /^[ \t]*[`~]{3}/.test(source.slice(pos, lineEnd)))
    )
      throw new Decline();
    const closing = CLOSING_FENCE.exec(source.slice(pos + indent, lineEnd));
    if (!blank && indent < 4 && closing?.[1][0] === code.marker && closing[1].length >= code.size) {
      code.node.value = code.lines.join('\n');
      code.node.position!.end = this.point(lineEnd);
      this.leaf = undefined;
      return;
    }
    if (blank) {
      // A blank line keeps the spaces beyond its list items' indentation and the fence's.
      if (source.slice(pos, lineEnd).includes('\t')) throw new Decline();
      let width = code.indent;
      for (const frame of this.stack) if (frame.kind === 'item') width += frame.width;
      code.lines.push(' '.repeat(Math.max(0, lineEnd - pos - width)));
      return;
    }
    code.lines.push(source.slice(pos + Math.min(indent, code.indent), lineEnd));
  }

  continueHtml(html: HtmlLeaf, pos: number): void {
    const text = this.source.slice(pos, this.lineEnd);
    html.node.value += `\n${text}`;
    html.node.position!.end = this.point(this.lineEnd);
    if (html.htmlKind === 2 && text.includes('-->')) this.leaf = undefined;
  }

  /** Turns a one-line paragraph and the delimiter row at `at` into a table's head. */
  startTable(paragraph: ParagraphLeaf, at: number): void {
    const [head] = paragraph.lines;
    if (paragraph.lines.length !== 1 || !this.source.slice(head.start, head.end).includes('|'))
      throw new Decline();
    const aligns = splitRow(this.source, at, this.lineEnd).map((cell) => {
      const match = DELIMITER_CELL.exec(this.source.slice(cell.from, cell.to));
      if (!match) throw new Decline();
      return match[1] ? (match[2] ? 'center' : 'left') : match[2] ? 'right' : null;
    });
    const table: Table = { type: 'table', align: aligns, children: [], position: undefined };
    // The head row is read on its own line: the reader's current line is the delimiter row.
    const { line, lineStart, lineEnd } = this;
    this.line = head.line;
    this.lineStart = head.lineStart;
    this.lineEnd = head.end;
    const cells = this.addRow(table, head.start, true);
    this.line = line;
    this.lineStart = lineStart;
    this.lineEnd = lineEnd;
    if (cells !== aligns.length) throw new Decline();
    table.position = { start: table.children[0].position!.start, end: this.point(lineEnd) };
    // The table takes the paragraph's place among its container's children.
    this.leaf = { kind: 'table', node: table };
  }

  /** Reads the row at `at` (the current line) into `table`; returns its number of cells. */
  addRow(table: Table, at: number, head: boolean): number {
    const { source, lineEnd } = this;
    const cells: TableCell[] = [];
    const spans = splitRow(source, at, lineEnd);
    for (const { from, to, cellStart, cellEnd } of spans) {
      const content = readInline(source, [this.contentLine(from, to)], {
        inTable: true,
        references: this.references,
      });
      if (!content) throw new Decline();
      cells.push({
        type: 'tableCell',
        children: content,
        position: { start: this.point(cellStart), end: this.point(cellEnd) },
      });
    }
    const row: TableRow = {
      type: 'tableRow',
      children: cells,
      position: { start: this.point(at), end: this.point(lineEnd) },
    };
    table.children.push(row);
    if (!head) table.position!.end = this.point(lineEnd);
    return cells.length;
  }

  /** The current line has content: every open frame now ends at its end. */
  extend(): void {
    const end = this.point(this.lineEnd);
    for (const frame of this.stack) {
      frame.node.position!.end = end;
      if (frame.kind === 'item') frame.list.position!.end = end;
    }
  }

  /** Closes the frames after the first `depth`, with the leaf inside them. */
  closeFrames(depth: number): void {
    if (this.stack.length <= depth) return;
    if (this.leaf?.kind === 'html' && this.leaf.htmlKind === 2) throw new Decline();
    this.closeLeaf();
    this.stack.length = depth;
  }

  /** Turns the paragraph open in the innermost container and the underline on this line into a heading. */
  setextHeading(paragraph: ParagraphLeaf, depth: 1 | 2): void {
    this.leaf = undefined;
    this.childrenOf(this.stack.length).push({
      type: 'heading',
      depth,
      children: this.paragraphContent(paragraph),
      position: { start: this.paragraphStart(paragraph), end: this.point(this.lineEnd) },
    });
  }

  /** The inline content of a paragraph's lines, the whitespace at the end of its last line left out. */
  paragraphContent({ lines }: ParagraphLeaf): PhrasingContent[] {
    const last = lines.at(-1)!;
    let end = last.end;
    while (end > last.start && /[ \t]/.test(this.source[end - 1])) end--;
    lines[lines.length - 1] = { ...last, end };
    const content = readInline(this.source, lines, {
      trailingWhitespace: end < last.end,
      references: this.references,
    });
    if (!content) throw new Decline();
    return content;
  }

  paragraphStart({ lines: [first] }: ParagraphLeaf): Point {
    return { line: first.line, column: first.start - first.lineStart + 1, offset: first.start };
  }

  closeLeaf(): void {
    const leaf = this.leaf;
    if (!leaf) return;
    this.leaf = undefined;
    const children = this.childrenOf(this.stack.length);
    if (leaf.kind === 'paragraph') {
      const paragraph: Paragraph = {
        type: 'paragraph',
        children: this.paragraphContent(leaf),
        position: { start: this.paragraphStart(leaf), end: leaf.end },
      };
      children.push(paragraph);
    } else if (leaf.kind === 'table') {
      children.push(leaf.node);
    }
    // An HTML node is among its container's children from its first line.
  }
}

interface CellSpan {
  /** Its content, trimmed. */
  from: number;
  to: number;
  /** The cell: from its pipe (or the row's start) to the next pipe (the last one to the row's end). */
  cellStart: number;
  cellEnd: number;
}

/** The cells of the table row `start`–`end`, split at its unescaped pipes. */
function splitRow(source: string, start: number, end: number): CellSpan[] {
  let stop = end;
  while (stop > start && /[ \t]/.test(source[stop - 1])) stop--;
  const pipes: number[] = [];
  for (let i = start; i < stop; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === '|') pipes.push(i);
  }
  // An unescaped pipe that ends the row closes its last cell.
  const closed = pipes.at(-1) === stop - 1 && stop - 1 !== start;
  if (closed) pipes.pop();
  else if (source[stop - 1] === '\\') throw new Decline();
  const starts = pipes[0] === start ? pipes : [start, ...pipes];
  if (stop - start <= 1) throw new Decline();
  return starts.map((cellStart, k) => {
    const last = k === starts.length - 1;
    let from = source[cellStart] === '|' ? cellStart + 1 : cellStart;
    let to = last ? (closed ? stop - 1 : stop) : starts[k + 1];
    while (from < to && /[ \t]/.test(source[from])) from++;
    while (to > from && /[ \t]/.test(source[to - 1])) to--;
    return { from, to, cellStart, cellEnd: last ? end : starts[k + 1] };
  });
}

/** A table's delimiter row: cells of dashes with optional colons, at least one pipe. */
function isDelimiterRow(rest: string): boolean {
  return /^\|?[ ]*:?-+:?[ ]*(?:\|[ ]*:?-+:?[ ]*)*\|?[ \t]*$/.test(rest) && rest.includes('|');
}

/** A line's content that could open a block other than a paragraph (`indent` spaces before it). */
function mayStartBlock(rest: string, indent: number): boolean {
  if (indent >= 4) return false;
  if (rest.startsWith('<')) return htmlKind(rest) !== 0 && htmlKind(rest) !== 7;
  return (
    /^(?:>|#{1,6}(?:[ \t]|$)|`{3}|~{3}|(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)|\[\^|(?:=+|-+)[ \t]*$)/.test(rest) ||
    THEMATIC_BREAK.test(rest)
  );
}

/** The kind of HTML block `rest` starts (CommonMark's 2, 6 or 7), 0 for none, -1 for kinds this reader leaves. */
function htmlKind(rest: string): number {
  if (rest.startsWith('<!--')) return /^<!---?>/.test(rest) ? -1 : 2;
  if (/^<[!?]/.test(rest)) return -1;
  const name = BLOCK_TAG.exec(rest)?.[1]?.toLowerCase();
  if (name && rawNames.has(name) && !rest.startsWith('</')) return -1;
  if (name && blockNames.has(name)) return 6;
  if (OPEN_TAG.test(rest) || CLOSING_TAG.test(rest)) {
    const tag = /^<\/?([A-Za-z][A-Za-z\d-]*)/.exec(rest)![1].toLowerCase();
    return rawNames.has(tag) ? -1 : 7;
  }
  return 0;
}

function spacesAt(source: string, pos: number): number {
  let count = 0;
  while (source.charCodeAt(pos + count) === 0x20) count++;
  return count;
}

function isBlank(source: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = source.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return true;
}
