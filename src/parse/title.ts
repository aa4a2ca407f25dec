/** Where the title of an entry lies in its flat text, and what is a link label rather than a title. */

import { isAsciiDigit, isAsciiLetter } from '../text/ascii.js';
import { isAuthorList, isOneAuthor, isSurnamePair, leadingAuthors } from '../text/authors.js';
import { MONTHS } from './dates.js';
import { type Flat, type FlatLink, pieceAt } from './flat.js';

/** Words that name a link ("[paper]", "PDF", "code") rather than the paper. */
const LINK_LABELS = new Set([
  'abs',
  'abstract',
  'acm',
  'arxiv',
  'arxiv paper',
  'benchmark',
  'bib',
  'bibtex',
  'blog',
  'checkpoint',
  'cite',
  'citation',
  'code',
  'code link',
  'colab',
  'data',
  'dataset',
  'datasets',
  'demo',
  'details',
  'doi',
  'download',
  'full paper',
  'github',
  'github repo',
  'here',
  'hf',
  'homepage',
  'html',
  'huggingface',
  'ieee',
  'leaderboard',
  'link',
  'links',
  'model',
  'models',
  'notebook',
  'official',
  'openreview',
  'page',
  'paper',
  'paper link',
  'papers',
  'papers with code',
  'pdf',
  'pdf link',
  'poster',
  'preprint',
  'project',
  'project page',
  'pwc',
  'python',
  'pytorch',
  'repo',
  'repository',
  'semantic scholar',
  'site',
  'slides',
  'source',
  'springer',
  'supp',
  'supplementary',
  'talk',
  'tensorflow',
  'this',
  'tweet',
  'url',
  'video',
  'web',
  'webpage',
  'website',
  'weights',
  'zhihu',
  '知乎',
  '论文',
  '代码',
]);

/** Lower-case words of `text` (letters and digits) joined by single spaces: `[PDF]` → `pdf`, `Paper Title:` → `paper title`. */
export function wordKey(text: string): string {
  // ASCII text is read code by code: `toLowerCase` and a Unicode class cost far more, above all on the
  // two-byte strings that a list with one emoji or CJK character makes of all its flat texts.
  let key = '';
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0x80) return unicodeWordKey(text);
    if (code >= 0x41 && code <= 0x5a) code += 0x20;
    if (isAsciiLetter(code) || isAsciiDigit(code)) {
      if (gap && key !== '') key += ' ';
      gap = false;
      key += String.fromCharCode(code);
    } else gap = true;
  }
  return key;
}

function unicodeWordKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** True for "paper", "[PDF]", "Code", "arXiv" and the like. */
export function isLinkLabel(text: string): boolean {
  // Labels are short; most calls see whole titles and stop here.
  if (text.length > 40) return false;
  const key = wordKey(text);
  return key === '' || LINK_LABELS.has(key);
}

/** A link's label: a label word, also with a qualifier (`📄 Paper (Low Resolution)`, `Code (PyTorch)`). */
function isLabelOfLink(label: string): boolean {
  // Only a label that ends with a bracket has a qualifier to drop: the pattern, anchored at the end, would be
  // tried at every position of the label first.
  const last = label.trimEnd().at(-1);
  return isLinkLabel(
    last === ')' || last === '）' ? label.replace(/\s*[(（][^()（）]*[)）]\s*$/u, '') : label,
  );
}

/** A usable title: has letters, is no link label, no URL and no bare date. */
export function isTitleLike(text: string): boolean {
  return /\p{L}/u.test(text) && !isLinkLabel(text) && !/^(?:https?:\/\/|www\.)/i.test(text);
}

export type TitleMode = 'item' | 'cell';

export interface TitleRange {
  from: number;
  to: number;
  /**
   * The entry describes the paper after its title (`**MusicGen** - a simple and controllable model …`,
   * `[ViLT](…) 论文精读`): what the title holds is a name for the paper rather than its published title.
   */
  described?: boolean;
  /** The prose after a digest's title (`PaperBench  OpenAI introduces … from ICML 2024`): its venues and dates are not the entry's. */
  description?: { from: number; to: number };
  /** A name written before the title (`RoBERTa` in `RoBERTa **RoBERTa: A Robustly …**`). */
  name?: { from: number; to: number };
  /** The title is quoted after the authors of a citation (`Simonyan, Karen, … "Very deep …" arXiv …`). */
  cited?: boolean;
  /** The title is the slot after an author list that opens the entry (`N. Papernot, …, and A. Swami, **Title**`). */
  authored?: boolean;
}

/**
 * What a list's own entries say of where their titles are (`learnHint` in `template.ts`), for one entry
 * whose own shape leaves it open.
 */
export interface TitleHint {
  /** The list's entries open with their authors: one name before the title (`Joshua Goodman: …`) is one too. */
  authorsFirst?: boolean;
  /** The list's titles are bold or italic runs: one is the title rather than the plain text before it. */
  emphasis?: boolean;
  /** The list writes a venue before each title (`[[CVPR](…)] PointNet: …`): a venue's name is never its title. */
  venues?: boolean;
}

/** `arxiv` → `[aA][rR][xX][iI][vV]`, for a case-sensitive pattern that still reads `arXiv` and `Arxiv`. */
function anyCase(word: string): string {
  return [...word].map((c) => `[${c.toLowerCase()}${c.toUpperCase()}]`).join('');
}

/**
 * What follows a title's end: a venue and a year, `arxiv`, or a month and year. `caseless` spells a word in
 * any letter case, for patterns without the `i` flag (there `(?<=[A-Z]{2,})` wants an acronym: `ICLR 24`).
 */
function venueDate(caseless: (word: string) => string): string {
  const months = MONTHS.map(caseless);
  // A word never ends before a letter: `(?:word\s?){0,4}` could otherwise split one long word in
  // cubically many ways before failing (8 s for `Title, ` and 200 letters).
  return `(?:(?:[A-Za-z][A-Za-z0-9@&.+'’-]*(?![A-Za-z])\\s?){0,4}[\\s,]*(?:(?:19|20)\\d{2}(?!\\d)|['’‘]\\d{2}(?!\\d)|(?<=[A-Z]{2,})\\s?\\d{2}(?![\\w.]))|${caseless('arxiv')}(?![\\w-])|(?:${months.join('|')})[a-zA-Z]*\\.?\\s+(?:19|20)\\d{2})`;
}

const VENUE_DATE = venueDate(anyCase);
const LOOSE_VENUE_DATE = venueDate((word) => word);
/**
 * Separators that end a title in a list item: `, venue`, `. Venue 2021`, ` - authors`, `【`, ` | `, `(venue`.
 * Case-insensitive because it runs on every entry and is faster so; its acronym test then takes any two
 * letters before two digits (`, Retrieval 54`), which after a comma or a full stop is rarely still the title.
 */
const SEPARATOR = new RegExp(
  `\\s*[,，;；]\\s*(?=${LOOSE_VENUE_DATE})|\\.\\s+(?=${LOOSE_VENUE_DATE})|\\s+[-–—]+\\s+|\\s*【|\\s+\\|\\s*|\\s*[(（]\\s*(?=${LOOSE_VENUE_DATE})`,
  'gi',
);
/** A surname in Latin letters: patterns that run on every entry avoid the slower Unicode property classes. */
const SURNAME = "[A-Z][A-Za-z\\u00C0-\\u024F'’-]+";
/** `, G. Hinton and …`, `. R. Al-Rfou et al.`, `, Colin Raffel et al.`: the title ends where its authors start. */
const AUTHORS_AFTER = new RegExp(
  `[,，.]\\s+(?=(?:[A-Z]\\.\\s?){1,3}${SURNAME}(?:\\s*,|\\s+and\\s|\\s+et al\\b|\\.)|${SURNAME}(?:\\s${SURNAME})?\\s+et al\\b)`,
);

/** A bracketed date or venue prefix: `[2023/10]`, `(NeurIPS'23)`, `(arXiv 2024.10)`, `[ICLR 2024]`. */
const BRACKET_PREFIX = /^[[(（【]([^\])）】\n]{1,40})[\])）】]/;
const DATE_PREFIX = /^(?:19|20)\d{2}[./-]\d{1,2}(?:[./-]\d{1,2})?(?!\d)\s*[:：|–-]?/;
/** A number written as text before the entry: `4)` in a weekly table's cell, `**[5]**` before a citation. */
const NUMBERING = /^(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.)])(?=\s)/;
/** `paper: [Title](…)`, `Paper - [Title](…)`, `论文：[…](…)`: a field naming the link that follows as the paper. */
const PAPER_FIELD = /^(?:papers?|paper link|full paper|pdf|arxiv|preprint|论文|文章)\s*(?:[:：]|\s[-–—])\s*/i;
/** Badges, bullets, emoji and GitHub's emoji shortcodes (`:+1:`, `:star:`) before a title. */
const NOISE =
  /^(?::[a-z0-9_+-]{1,30}:(?![\p{L}\p{N}])|[\s\p{Extended_Pictographic}•·*_>:.,\]|-]|\uFE0F|\u200d)+/u;
const YEARISH = /(?:19|20)\d{2}|['’‘]\d{2}(?!\d)/;
/** `[12-18]`, `[06/06]`: a month and day opening a news item, never part of a title. */
const MONTH_DAY = /^\s*\d{1,2}[/-]\d{1,2}\s*$/;

const VENUE_DATE_ONLY = new RegExp(`^[[(（]?${VENUE_DATE}[\\])）]?[.,:：]?$`);

/** End of the bold or italic run starting at `pos` (`pos` itself when it is not emphasised). */
function emphasisRun(flat: Flat, pos: number, to: number): number {
  let end = pos;
  for (const piece of flat.pieces) {
    if (piece.to <= pos) continue;
    if (piece.from >= to || !piece.emphasis || piece.link !== -1) break;
    end = piece.to;
  }
  return Math.min(end, to);
}

/** Where the title may start after badges, emoji, brackets, a date or venue prefix and a numbering. */
interface Start {
  pos: number;
  /** A numbering (`4)`, `[5]`) was skipped on the way. */
  numbered: boolean;
}

/** Skips badges, emoji, brackets, a numbering and a date or venue prefix at `pos`. */
function skipNoise(flat: Flat, pos: number, to: number): Start {
  let numbered = false;
  for (let guard = 0; guard < 8; guard++) {
    const rest = flat.text.slice(pos, Math.min(to, pos + 80));
    const noise = NOISE.exec(rest);
    if (noise) {
      pos += noise[0].length;
      continue;
    }
    const link = linkAt(flat, pos);
    const number = link === undefined && NUMBERING.exec(rest);
    if (number) {
      pos += number[0].length;
      numbered = true;
      continue;
    }
    const bracket = BRACKET_PREFIX.exec(rest);
    // `[Amazon data 2014] (http://…)` is a broken link, not a date prefix.
    const brokenLink = bracket && /^\s*\((?:https?:|www\.|\.{0,2}\/)/i.test(rest.slice(bracket[0].length));
    if (
      bracket &&
      !brokenLink &&
      link === undefined &&
      (YEARISH.test(bracket[1]) || MONTH_DAY.test(bracket[1]))
    ) {
      pos += bracket[0].length;
      continue;
    }
    const run = emphasisRun(flat, pos, to);
    if (run > pos && VENUE_DATE_ONLY.test(flat.text.slice(pos, run).trim())) {
      pos = run;
      continue;
    }
    // `` `NeurIPS 2022` Title ``: a venue tag in inline code before the title.
    const code = pieceAt(flat, pos);
    if (
      code?.kind === 'code' &&
      code.from === pos &&
      VENUE_DATE_ONLY.test(flat.text.slice(code.from, code.to).trim())
    ) {
      pos = code.to;
      continue;
    }
    const date = DATE_PREFIX.exec(rest);
    if (date) {
      pos += date[0].length;
      continue;
    }
    const field = PAPER_FIELD.exec(rest);
    const fieldLink = field ? linkAt(flat, pos + field[0].length) : undefined;
    if (
      field &&
      fieldLink?.from === pos + field[0].length &&
      isTitleLike(flat.text.slice(fieldLink.from, fieldLink.to))
    ) {
      pos = fieldLink.from;
      continue;
    }
    // A leading `[[pdf]](…)` names a link, not the paper: the title may follow it.
    if (
      link &&
      link.from === pos &&
      (!isTitleLike(flat.text.slice(link.from, link.to)) ||
        isLabelOfLink(flat.text.slice(link.from, link.to)))
    ) {
      pos = link.to;
      continue;
    }
    if (rest.startsWith('[') || rest.startsWith('(')) {
      const next = linkAt(flat, pos + 1);
      if (next && next.from === pos + 1) {
        pos += 1;
        continue;
      }
    }
    return { pos, numbered };
  }
  return { pos, numbered };
}

function linkAt(flat: Flat, pos: number): FlatLink | undefined {
  for (const link of flat.links) {
    if (link.from <= pos && pos < link.to) return link;
    if (link.from > pos) return undefined;
  }
  return undefined;
}

/** Index of the first piece at or after `pos` that ends a plain-text title (a link, code, a line break). */
function hardEnd(flat: Flat, pos: number, to: number, emphasisOnly: boolean): number {
  for (const piece of flat.pieces) {
    if (piece.to <= pos) continue;
    if (piece.from >= to) break;
    const at = Math.max(piece.from, pos);
    if (piece.link !== -1 || piece.kind === 'code' || piece.kind === 'break' || piece.kind === 'separator') {
      return at;
    }
    if (emphasisOnly && !piece.emphasis) return at;
    const newline = flat.text.indexOf('\n', at);
    if (newline !== -1 && newline < piece.to) return newline;
  }
  return to;
}

/** Start of the first link at or after `pos`, or `to`. */
function nextLink(flat: Flat, pos: number, to: number): number {
  const link = flat.links.find((found) => found.to > pos);
  return link ? Math.min(Math.max(link.from, pos), to) : to;
}

/** Trims a candidate title range to its words, dropping wrapping punctuation and quotes. */
function trimRange(text: string, from: number, to: number): [number, number] {
  while (from < to && /[\s"“'‘*_[]/.test(text[from])) from++;
  while (to > from && /[\s[(（{,，;；:：.。"”'’*_|【-]/.test(text[to - 1])) to--;
  return [from, to];
}

/** Finds the title in `flat.text[from, to)`: link text, a bold or italic run, quotes, or text up to a separator. */
export function findTitle(
  flat: Flat,
  from: number,
  to: number,
  mode: TitleMode,
  hint: TitleHint = {},
): TitleRange | undefined {
  // Citations name their authors first (`Liu, M., Delbruck, T.,\n*[Block-Matching …](…)*, IEEE ISCAS, 2017.`):
  // an author list is never the title, the title is the next slot after it. Nor is a date or a venue.
  let authored = false;
  for (let at = from, guard = 0; at < to && guard < 6; guard++) {
    const { pos: start, numbered } = skipNoise(flat, at, to);
    if (start >= to) return undefined;
    const lead = authorsAt(flat, start, to, hint.authorsFirst === true);
    if (lead > start) {
      at = lead;
      authored = true;
      continue;
    }
    const range = locateTitle(flat, start, to, mode, numbered);
    if (!range) return undefined;
    const text = flat.text.slice(range.from, range.to);
    // `Kevin Knight, Graehl Jonathan. Machine Transliteration.`: where entries open with their authors, one more
    // name after them is the list's end.
    if (isAuthorList(text) || (authored && hint.authorsFirst && isOneAuthor(text))) {
      at = afterAuthors(flat, range.to, to);
      authored = true;
      continue;
    }
    if (isDateOrVenue(text) || (hint.venues && isVenueLabel(text)) || isGlue(text)) {
      // `[Slides](…) and [Video](…) by [Name](…), Affiliation`: what follows `by` is who made it.
      if (/\bby$/i.test(text)) return undefined;
      at = Math.max(range.to, linkAt(flat, range.from)?.to ?? range.to);
      continue;
    }
    if (hint.emphasis && pieceAt(flat, range.from)?.emphasis !== true) {
      const emphasised = emphasisAfter(flat, range.from, to);
      if (emphasised) return authored ? { ...emphasised, authored } : emphasised;
    }
    // `Liu, M., Delbruck, T. Block-Matching Optical Flow …`: the authors, a full stop, then the title.
    const stop = authorLead(text, hint.authorsFirst === true);
    if (stop === 0) return authored ? { ...range, authored } : range;
    at = range.from + stop;
    authored = true;
  }
  return undefined;
}

/** Words that join slots (`[Slides](…) and [Video](…) by …`) and are no title on their own. */
const GLUE =
  /^(?:and|or|by|of|the|with|from|in|on|for|at|via|to|a|an|&|\+|see|also)(?:\s+(?:and|or|by|of|the|with|from|in|on|for|at|via|to|a|an|&|\+|see|also))*$/i;

function isGlue(text: string): boolean {
  return text.length < 30 && GLUE.test(text.trim());
}

/** A date, or a word that carries a year: `23.10`, `2019`, `2024.05`, `'24`, `arXiv`, `ICLR'24`, `CVPR2023`. */
const DATE_WORD =
  /^(?:(?:19|20)\d{2}(?:[./]\d{1,2}){0,2}|\d{2}[./]\d{1,2}|['’‘]\d{2}|[aA][rR][xX][iI][vV]|[A-Z][A-Za-z&]*(?:['’‘]?\d{2}|(?:19|20)\d{2}))$/;
/** A venue's name (`ICLR`, `NeurIPS`, `IEEE`) or a month: the other words of a date or venue. */
const VENUE_WORD = /^\d?[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*$/;
const MONTH_WORD = new RegExp(`^(?:${MONTHS.join('|')})[a-z]*\\.?$`, 'i');

/** The words of a date or a venue: `2019-ICML`, `CVPR, 2015`, `(NeurIPS'23)`. */
const DATE_OR_VENUE_WORDS = /[^\s,;:|()[\]/–—-]+/g;

/**
 * Whether `text` is one to `most` words each of a date or a venue, one of them a date when `dated`. The scan stops
 * at the first other word: most texts asked are titles, whose first word already is one.
 */
function isDateOrVenueWords(text: string, most: number, dated: boolean): boolean {
  let words = 0;
  let date = !dated;
  DATE_OR_VENUE_WORDS.lastIndex = 0;
  for (let word = DATE_OR_VENUE_WORDS.exec(text); word; word = DATE_OR_VENUE_WORDS.exec(text)) {
    if (++words > most) return false;
    if (DATE_WORD.test(word[0])) date = true;
    else if (!VENUE_WORD.test(word[0]) && !MONTH_WORD.test(word[0])) return false;
  }
  return words > 0 && date;
}

/**
 * A date or a venue and nothing else (`23.10 - arxiv`, `2019-ICML`, `NeurIPS 2023`, `CVPR, 2015`): never a title.
 * It must hold a date, a year or `arXiv`: capitals alone (`CVPR`, but also `BERT`) or a model's number (`GPT-4`)
 * may be a paper's name.
 */
export function isDateOrVenue(text: string): boolean {
  return text.length <= 40 && /\d{2}|arxiv/i.test(text) && isDateOrVenueWords(text, 4, true);
}

/** A venue's name or date and nothing else (`CVPR`, `ICCV 2017`, `arXiv`): a slot a list may repeat before each title. */
export function isVenueLabel(text: string): boolean {
  return isDateOrVenueWords(text, 3, false);
}

/** End of the author list that opens the plain text at `start` (`I. J. Goodfellow, J. Shlens, and C. Szegedy, `), or `start`. */
function authorsAt(flat: Flat, start: number, to: number, single: boolean): number {
  const first = pieceAt(flat, start);
  if (!first || first.emphasis || first.link !== -1 || first.kind !== 'text') return start;
  let end = start;
  for (const piece of flat.pieces) {
    if (piece.to <= start) continue;
    if (piece.from >= to || piece.emphasis || piece.link !== -1 || piece.kind !== 'text') break;
    end = piece.to;
    if (end - start > 400) break;
  }
  end = Math.min(end, to);
  const text = flat.text.slice(start, end);
  // A citation quotes its title after the authors (`W. Xiong, …, G. Zweig "**Achieving …**."`): `citedTitle`.
  return /["“]/.test(text) ? start : start + leadingAuthors(text, single, end < to);
}

/** The first bold or italic run after `pos`, outside links, when it reads as a title. */
function emphasisAfter(flat: Flat, pos: number, to: number): TitleRange | undefined {
  const piece = flat.pieces.find(
    (candidate) =>
      candidate.from >= pos && candidate.from < to && candidate.emphasis && candidate.link === -1,
  );
  if (!piece || nextLink(flat, pos, to) < piece.from) return undefined;
  const [a, b] = trimRange(flat.text, piece.from, emphasisRun(flat, piece.from, to));
  const text = flat.text.slice(a, b);
  return b > a && isTitleLike(text) && text.split(/\s+/).length >= 2 && !isAuthorList(text)
    ? { from: a, to: b }
    : undefined;
}

/**
 * Length of the longest author list opening `text` and ending in a full stop (with the stop and space); with
 * `single`, one author's full name (`David Chiang. A Hierarchical …`) too.
 */
function authorLead(text: string, single: boolean): number {
  let lead = 0;
  // Authors come first: a lead past 300 characters is no author list, and the scan stays linear.
  const head = text.slice(0, 300);
  const stops = /\.\s+(?=\S)/g;
  for (let stop = stops.exec(head); stop; stop = stops.exec(head)) {
    const names = text.slice(0, stop.index);
    if (/[,&]|\band\b|et al/.test(names) ? isAuthorList(names) : single && isOneAuthor(names))
      lead = stop.index + stop[0].length;
  }
  return lead;
}

/** Where the slot after an author list starts: past its separator (`,`, `.`, a line break, `:`). */
function afterAuthors(flat: Flat, end: number, to: number): number {
  const gap = /^[^\p{L}\p{N}[("“*_]*/u.exec(flat.text.slice(end, Math.min(to, end + 20)));
  return end + Math.max(1, gap?.[0].length ?? 0);
}

function locateTitle(
  flat: Flat,
  start: number,
  to: number,
  mode: TitleMode,
  numbered: boolean,
): TitleRange | undefined {
  const link = linkAt(flat, start);
  if (link) {
    // A start inside the label skips the authors that open it (`[Sun, W., … (2023). Is ChatGPT Good …](…)`).
    const from = Math.max(link.from, start);
    const label = flat.text.slice(from, link.to);
    if (!isTitleLike(label) || isLabelOfLink(label)) return undefined;
    const [a, b] = citationless(
      flat.text,
      ...withoutDatePrefix(flat.text, ...trimRange(flat.text, from, link.to)),
    );
    const extended = extendShortName(flat, a, b, to, mode);
    if (extended !== undefined) return { from: a, to: extended };
    // `[ViLT](…) 论文精读` names the paper; a whole title stays one, whatever the cell says after it.
    const named = mode === 'cell' && flat.text.slice(a, b).split(' ').length <= 4;
    return { from: a, to: b, described: named && remarkAfter(flat, link.to, to) };
  }
  const quoted =
    quotedTitle(flat.text, start, hardEnd(flat, start, to, false)) ??
    nameThenQuote(flat, start, to) ??
    citedTitle(flat, start, to);
  if (quoted) return quoted;
  const named = nameThenEmphasis(flat, start, to) ?? nameInBrackets(flat, start, to, mode, numbered);
  if (named) return named;
  if (numbered) {
    const digest = nameThenSentence(flat, start, to, mode);
    if (digest) return digest;
  }
  const emphasised = pieceAt(flat, start)?.emphasis === true;
  const end = plainEnd(flat, start, to, mode, emphasised);
  const [a, b] = trimRange(flat.text, start, unclosedBracket(flat.text, start, end));
  if (b <= a) return undefined;
  const extended = extendShortName(flat, a, b, to, mode);
  const range: TitleRange =
    extended === undefined
      ? {
          from: a,
          to: b,
          described: emphasised && descriptionAfter(flat, end, to) && !isLongTitle(flat.text.slice(a, b)),
        }
      : { from: a, to: extended };
  return isTitleLike(flat.text.slice(range.from, range.to)) ? range : undefined;
}

/**
 * `Neural Network and Deep Learning (Book, Jan 2017)`: where a separator cut inside brackets, the title ends
 * before them; text that opens with a bracket it never closes is an aside, not a title.
 */
function unclosedBracket(text: string, from: number, to: number): number {
  const ascii = text.indexOf('(', from);
  const wide = text.indexOf('（', from);
  const first = ascii === -1 || (wide !== -1 && wide < ascii) ? wide : ascii;
  if (first === -1 || first >= to) return to;
  let depth = 0;
  let outer = to;
  for (let i = first; i < to; i++) {
    if (text[i] === '(' || text[i] === '（') {
      if (depth === 0) outer = i;
      depth++;
    } else if ((text[i] === ')' || text[i] === '）') && depth > 0) depth--;
  }
  return depth > 0 ? outer : to;
}

/** `[[2018 ICLR] Mixup: …](…)`: a bracketed year and venue opening a link's label. */
function withoutDatePrefix(text: string, from: number, to: number): [number, number] {
  // trimRange dropped the opening bracket: the prefix runs up to the closing one.
  if (text[from - 1] !== '[') return [from, to];
  const prefix = /^([^\]\n]{1,40})\]\s*/.exec(text.slice(from, to));
  const start = from + (prefix?.[0].length ?? 0);
  return prefix && YEARISH.test(prefix[1]) && start < to ? [start, to] : [from, to];
}

/** `ABS+` of `ABS+ (Rush et al., 2015)`: a name or title without the citation that closes it. */
export function withoutCitation(text: string): string {
  const [from, to] = citationless(text, 0, text.length);
  return text.slice(from, to);
}

/** `FGSM (Goodfellow et al., 2015)`: the authors and year of a citation closing a link's label. */
function citationless(text: string, from: number, to: number): [number, number] {
  // The pattern is anchored at the end: without a closing bracket there, it need not be tried at every position.
  if (to <= from || (text[to - 1] !== ')' && text[to - 1] !== '）')) return [from, to];
  const paren = /\s*[(（]([^()（）]{3,80})[)）]$/.exec(text.slice(from, to));
  if (!paren || paren.index === 0) return [from, to];
  const names = paren[1].replace(/,?\s*(?:19|20)\d{2}[a-z]?\s*$/, '');
  if (names === paren[1] || !(/\bet\.? ?al\b/.test(names) || isAuthorList(names) || isSurnamePair(names)))
    return [from, to];
  return [from, from + paren.index];
}

/** Closing quotes for each opening one; lists often open with `“` and close with `"`. */
const CLOSING_QUOTES: Record<string, string> = { '"': '"”', '“': '”"', '「': '」', '«': '»' };

/** `"Quoted Title" arXiv 2023`: the title is what the quotes enclose. */
function quotedTitle(text: string, start: number, end: number): TitleRange | undefined {
  const closing = CLOSING_QUOTES[text[start]];
  if (closing === undefined) return undefined;
  let close = -1;
  for (let i = start + 1; i < end && close === -1; i++) if (closing.includes(text[i])) close = i;
  if (close === -1) return undefined;
  const [a, b] = trimRange(text, start + 1, close);
  return b > a && isTitleLike(text.slice(a, b)) ? { from: a, to: b } : undefined;
}

const AUTHOR_WORD = String.raw`(?:\p{Lu}[\p{L}'’.-]*|and|et|al\.?|etal\.?|van|von|der|den|de|la|le|da|di|du|dos|\([^()"“]{1,40}\)\.?)`;
/** `Simonyan, Karen, and Andrew Zisserman. "…"`: the authors of a citation, up to the quoted title. */
const CITATION_AUTHORS = new RegExp(
  String.raw`^${AUTHOR_WORD}(?:[\s,;]+${AUTHOR_WORD}){1,60}[\s,;]*(?=["“])`,
  'u',
);

/** A citation (`Authors. "Title." Venue (2014).`): the title is in the quotes after the authors. */
function citedTitle(flat: Flat, start: number, to: number): TitleRange | undefined {
  const end = nextLink(flat, start, to);
  const straight = flat.text.indexOf('"', start);
  const curly = flat.text.indexOf('“', start);
  const quote = straight === -1 || (curly !== -1 && curly < straight) ? curly : straight;
  if (quote === -1 || quote >= end) return undefined;
  const authors = CITATION_AUTHORS.exec(flat.text.slice(start, quote + 1));
  if (!authors || !/[,;]/.test(authors[0])) return undefined;
  const quoted = quotedTitle(flat.text, start + authors[0].length, end);
  return quoted && { ...quoted, cited: true };
}

/**
 * `**ZSP**: "Language Models as Zero-Shot Planners: …", *ICML, Jan 2022*`, `**CoTPC**:"…"`, `**[LLaRP]** "…"`:
 * a bold name, then the paper's title in quotes (which may run over a line break).
 */
function nameThenQuote(flat: Flat, start: number, to: number): TitleRange | undefined {
  if (pieceAt(flat, start)?.emphasis !== true) return undefined;
  const runEnd = emphasisRun(flat, start, to);
  if (runEnd - start > 60) return undefined;
  const open = runEnd + (/^\s*[:：]?\s*/.exec(flat.text.slice(runEnd, runEnd + 8))?.[0].length ?? 0);
  if (flat.text[open] !== '"' && flat.text[open] !== '“') return undefined;
  const quoted = quotedTitle(flat.text, open, nextLink(flat, open, to));
  if (!quoted) return undefined;
  let [nameFrom, nameTo] = trimRange(flat.text, start, runEnd);
  if (flat.text[nameTo - 1] === ']') nameTo--;
  const name = flat.text.slice(nameFrom, nameTo);
  // `**Robots Enact Malignant Stereotypes**: "Robots Enact Malignant Stereotypes"` names nothing shorter.
  return name === '' || wordKey(name) === wordKey(flat.text.slice(quoted.from, quoted.to))
    ? quoted
    : { ...quoted, name: { from: nameFrom, to: nameTo } };
}

/** Text that may follow a title: nothing, punctuation, a bracket, or a venue and year. */
const AFTER_TITLE = new RegExp(`^\\s*(?:$|[,.;:：(（[【|]|${VENUE_DATE})`, 'u');

/**
 * `RoBERTa **RoBERTa: A Robustly …**, 2019` and `HELM: **Holistic evaluation …**`: a name of at most three
 * words, then the title in bold or italics.
 */
function nameThenEmphasis(flat: Flat, start: number, to: number): TitleRange | undefined {
  const first = pieceAt(flat, start);
  if (!first || first.emphasis || first.link !== -1 || first.kind !== 'text') return undefined;
  const bold = flat.pieces.find((piece) => piece.from > start && piece.from < to && piece.emphasis);
  if (!bold || bold.link !== -1 || nextLink(flat, start, to) < bold.from) return undefined;
  const prefix = flat.text.slice(start, bold.from);
  if (prefix.length > 40 || !/^[^\s"“]\S*(?:\s\S+){0,2}?\s*[:：]?\s+$/u.test(prefix)) return undefined;
  const runEnd = emphasisRun(flat, bold.from, to);
  const [a, b] = trimRange(flat.text, bold.from, runEnd);
  const title = flat.text.slice(a, b);
  if (b <= a || !isTitleLike(title) || title.split(/\s+/).length < 2) return undefined;
  if (!AFTER_TITLE.test(flat.text.slice(runEnd, hardEnd(flat, runEnd, to, false)))) return undefined;
  const [nameFrom, nameTo] = trimRange(flat.text, start, bold.from);
  return { from: a, to: b, name: { from: nameFrom, to: nameTo } };
}

/** A name of at most four words, then two spaces. */
const NAME_THEN_GAP = /^(\S+(?: \S+){0,3}) {2,}(?=\S)/;
/** In a table cell, a title runs up to two spaces, a spaced dash or a `●` bullet (`Command A: An Enterprise-Ready LLM  Cohere announced …`). */
const TITLE_THEN_GAP = /^(\S+(?: \S+){0,29}?)(?: {2,}| [-–—] | ?●)(?=\s*\S)/;

/** `(***Bit Diffusion***) Analog Bits: Generating …`: a bold name in brackets, then the title. */
function nameInBrackets(
  flat: Flat,
  start: number,
  to: number,
  mode: TitleMode,
  numbered: boolean,
): TitleRange | undefined {
  if (flat.text[start] !== '(' || pieceAt(flat, start + 1)?.emphasis !== true) return undefined;
  const runEnd = emphasisRun(flat, start + 1, to);
  const close = /^\s*\)\s+(?=\S)/.exec(flat.text.slice(runEnd, runEnd + 8));
  if (!close || runEnd - start > 60) return undefined;
  const title = locateTitle(flat, runEnd + close[0].length, to, mode, numbered);
  const [nameFrom, nameTo] = trimRange(flat.text, start + 1, runEnd);
  return title && nameTo > nameFrom
    ? { ...title, name: title.name ?? { from: nameFrom, to: nameTo } }
    : undefined;
}

/**
 * `4) PaperBench  A benchmark that asks agents …`: in a numbered digest, a name (in a table cell, a title),
 * two spaces and its description.
 */
function nameThenSentence(flat: Flat, start: number, to: number, mode: TitleMode): TitleRange | undefined {
  // A bold title in a cell ends with its bold run (`**Title** - description`).
  if (mode === 'cell' && pieceAt(flat, start)?.emphasis === true) return undefined;
  const end = hardEnd(flat, start, to, false);
  const split = (mode === 'cell' ? TITLE_THEN_GAP : NAME_THEN_GAP).exec(flat.text.slice(start, end));
  if (!split || !isSentence(flat.text.slice(start + split[0].length, end))) return undefined;
  const [a, b] = trimRange(flat.text, start, start + split[1].length);
  if (b <= a || !isTitleLike(flat.text.slice(a, b))) return undefined;
  return { from: a, to: b, described: true, description: { from: start + split[0].length, to: end } };
}

/** Prose rather than a title or an author list: several words, half of them lower-case. */
function isSentence(text: string): boolean {
  const words = text.trim().split(/\s+/);
  const lower = words.filter((word) => /^\p{Ll}/u.test(word)).length;
  return words.length >= 4 && lower * 2 >= words.length && !isAuthorList(text.trim());
}

/**
 * `**The Wisdom of Hindsight Makes Language Models Better Instruction Followers** - an alternative …`: seven
 * words or more, capitalised and not prose, are the paper's title even when a description follows; shorter
 * bold runs (`Searching for Best Practices in RAG`) may be the list's own name for it.
 */
function isLongTitle(title: string): boolean {
  return /^[\p{Lu}\d]/u.test(title) && title.split(/\s+/).length >= 7 && !PROSE_START.test(title);
}

/** A sentence, not a title: `We show that …`, `This paper …`. */
const PROSE_START = /^(?:we|our|this|these|it|they|in this)\b/i;

/** `**MusicGen** - a simple and controllable model …`: a bold name, a dash and a sentence describing the paper. */
function descriptionAfter(flat: Flat, end: number, to: number): boolean {
  const dash = /^\s+[-–—]+\s+(\S.*)$/su.exec(flat.text.slice(end, hardEnd(flat, end, to, false)));
  return dash !== null && isSentence(dash[1]);
}

/** `[ViLT](…) 论文精读`: in a table cell, words after a linked name that are no venue, date, authors or link label. */
function remarkAfter(flat: Flat, end: number, to: number): boolean {
  const words = flat.text.slice(end, hardEnd(flat, end, to, false)).trim();
  return /\p{L}/u.test(words) && !VENUE_DATE_ONLY.test(words) && !isAuthorList(words) && !isLinkLabel(words);
}

function plainEnd(flat: Flat, start: number, to: number, mode: TitleMode, emphasisOnly: boolean): number {
  let end = hardEnd(flat, start, to, emphasisOnly);
  if (mode === 'item') {
    const text = flat.text.slice(start, end);
    let cut = text.length;
    SEPARATOR.lastIndex = 0;
    for (let separator = SEPARATOR.exec(text); separator; separator = SEPARATOR.exec(text)) {
      // A separator at the very start is a prefix, not the end of the title; `GRS-QA - Graph …` is a
      // name and its title, while `A Long Title - Authors` ends at the dash.
      if (separator.index === 0) continue;
      if (/^\s+[-–—]/.test(separator[0]) && text.slice(0, separator.index).trim().split(/\s+/).length < 3)
        continue;
      cut = separator.index;
      break;
    }
    const authors = AUTHORS_AFTER.exec(text);
    if (authors && authors.index > 0 && authors.index < cut) cut = authors.index;
    end = start + cut;
  }
  return end;
}

/** `**MicroLens**: A Content-Driven …` and `[MicroLens](…): …`: a short name then the rest of the title. */
function extendShortName(
  flat: Flat,
  from: number,
  to: number,
  limit: number,
  mode: TitleMode,
): number | undefined {
  if (to - from > 40 || flat.text.slice(from, to).split(/\s+/).length > 3) return undefined;
  const after = /^\s*[:：]\s+(?=\S)/.exec(flat.text.slice(to, Math.min(limit, to + 10)));
  if (!after) return undefined;
  const restStart = to + after[0].length;
  const end = plainEnd(flat, restStart, limit, mode, false);
  // `<u>BigQuery</u>:  [[Source](…)]`: only a bracket follows the colon, nothing to extend with.
  const [a, b] = trimRange(flat.text, restStart, end);
  // `[World Models](…): Ha and Schmidhuber, 2018`: the authors follow the colon, not the rest of a title.
  const rest = flat.text.slice(a, b);
  if (b <= a || isAuthorList(rest) || isSurnamePair(rest)) return undefined;
  return b;
}

/** `MicroLens` in `MicroLens: A Content-Driven …`: a name of at most three words before a colon. */
export function shortNameOf(title: string): string | undefined {
  // Most titles hold no colon: the pattern would try every length of name up to 40 before it fails.
  if (!title.includes(':') && !title.includes('：')) return undefined;
  const match = /^([^:：,，?]{1,40}?)\s*[:：]\s+(\S.*)$/.exec(title);
  if (!match) return undefined;
  const name = match[1].trim();
  const words = name.split(/\s+/);
  if (words.length > 3 || match[2].split(/\s+/).length < 2) return undefined;
  // `GPT4Rec`, `Chat-REC`, `DeepSeek V3` are names; `Breaking the Barrier` is the start of a title.
  const nameLike = words.length === 1 || words.some((word) => /\d|\p{Lu}.*\p{Lu}/u.test(word));
  return nameLike ? name : undefined;
}

/** White space inside a trimmed text that `cleanTitle` changes: other than one space between words. */
const UNCLEAN = /[^\S ]| {2}/;

/** Collapses whitespace (line breaks inside link labels, CRLF) into single spaces. */
export function cleanTitle(text: string): string {
  // Most texts are clean once trimmed (an entry's flat text ends in a line break): a test costs less than
  // building the same string again.
  const trimmed = text.trim();
  return UNCLEAN.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
}
