/** Where the title of an entry lies in its flat text, and what is a link label rather than a title. */

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

/** A usable title: has letters, is no link label, no URL and no bare date. */
export function isTitleLike(text: string): boolean {
  return /\p{L}/u.test(text) && !isLinkLabel(text) && !/^(?:https?:\/\/|www\.)/i.test(text);
}

export type TitleMode = 'item' | 'cell';

export interface TitleRange {
  from: number;
  to: number;
}

const MONTH = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec';
/** What follows a title's end: a venue and a year, `arxiv`, or a month and year. */
const VENUE_DATE = `(?:(?:[A-Za-z][A-Za-z0-9@&.+'’-]*\\s?){0,4}[\\s,]*(?:(?:19|20)\\d{2}(?!\\d)|['’‘]\\d{2}(?!\\d)|(?<=[A-Z]{2,})\\s?\\d{2}(?![\\w.]))|arxiv(?![\\w-])|(?:${MONTH})[a-z]*\\.?\\s+(?:19|20)\\d{2})`;
/** Separators that end a title in a list item: `, venue`, `. Venue 2021`, ` - authors`, `【`, ` | `, `(venue`. */
const SEPARATOR = new RegExp(
  `\\s*[,，;；]\\s*(?=${VENUE_DATE})|\\.\\s+(?=${VENUE_DATE})|\\s+[-–—]+\\s+|\\s*【|\\s+\\|\\s*|\\s*[(（]\\s*(?=${VENUE_DATE})`,
  'gi',
);

/** A bracketed date or venue prefix: `[2023/10]`, `(NeurIPS'23)`, `(arXiv 2024.10)`, `[ICLR 2024]`. */
const BRACKET_PREFIX = /^[[(（【]([^\])）】\n]{1,40})[\])）】]/;
const DATE_PREFIX = /^(?:19|20)\d{2}[./-]\d{1,2}(?:[./-]\d{1,2})?(?!\d)\s*[:：|–-]?/;
const NOISE = /^(?:[\s\p{Extended_Pictographic}•·*_>:\]|-]|\uFE0F|\u200d)+/u;
const YEARISH = /(?:19|20)\d{2}|['’‘]\d{2}(?!\d)/;

const VENUE_DATE_ONLY = new RegExp(`^[[(（]?${VENUE_DATE}[\\])）]?[.,:：]?$`, 'i');

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

/** Skips badges, emoji, brackets and a date or venue prefix at `pos`. */
function skipNoise(flat: Flat, pos: number, to: number): number {
  for (let guard = 0; guard < 8; guard++) {
    const rest = flat.text.slice(pos, Math.min(to, pos + 80));
    const noise = NOISE.exec(rest);
    if (noise) {
      pos += noise[0].length;
      continue;
    }
    const bracket = BRACKET_PREFIX.exec(rest);
    // `[Amazon data 2014] (http://…)` is a broken link, not a date prefix.
    const brokenLink = bracket && /^\s*\(/.test(rest.slice(bracket[0].length));
    if (bracket && !brokenLink && YEARISH.test(bracket[1]) && linkAt(flat, pos) === undefined) {
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
    const link = linkAt(flat, pos);
    // A leading `[[pdf]](…)` names a link, not the paper: the title may follow it.
    if (link && link.from === pos && !isTitleLike(flat.text.slice(link.from, link.to))) {
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
    return pos;
  }
  return pos;
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

/** Trims a candidate title range to its words, dropping wrapping punctuation and quotes. */
function trimRange(text: string, from: number, to: number): [number, number] {
  while (from < to && /[\s"“'‘*_[]/.test(text[from])) from++;
  while (to > from && /[\s[(（{,，;；:：.。"”'’*_|-]/.test(text[to - 1])) to--;
  return [from, to];
}

/** Finds the title in `flat.text[from, to)`: link text, a bold or italic run, or text up to a separator. */
export function findTitle(flat: Flat, from: number, to: number, mode: TitleMode): TitleRange | undefined {
  const start = skipNoise(flat, from, to);
  if (start >= to) return undefined;
  const link = linkAt(flat, start);
  if (link) {
    const label = flat.text.slice(link.from, link.to);
    if (!isTitleLike(label)) return undefined;
    const [a, b] = trimRange(flat.text, link.from, link.to);
    const extended = extendShortName(flat, a, b, to, mode);
    return { from: a, to: extended ?? b };
  }
  const quoted = quotedTitle(flat.text, start, hardEnd(flat, start, to, false));
  if (quoted) return quoted;
  const piece = pieceAt(flat, start);
  const emphasised = piece?.emphasis === true;
  const end = plainEnd(flat, start, to, mode, emphasised);
  const [a, b] = trimRange(flat.text, start, end);
  if (b <= a) return undefined;
  const extended = extendShortName(flat, a, b, to, mode);
  const range = { from: a, to: extended ?? b };
  return isTitleLike(flat.text.slice(range.from, range.to)) ? range : undefined;
}

const CLOSING_QUOTE: Record<string, string> = { '"': '"', '“': '”', '「': '」', '«': '»' };

/** `"Quoted Title" arXiv 2023`: the title is what the quotes enclose. */
function quotedTitle(text: string, start: number, end: number): TitleRange | undefined {
  const closing = CLOSING_QUOTE[text[start]];
  if (closing === undefined) return undefined;
  const close = text.indexOf(closing, start + 1);
  if (close === -1 || close >= end) return undefined;
  const [a, b] = trimRange(text, start + 1, close);
  return b > a && isTitleLike(text.slice(a, b)) ? { from: a, to: b } : undefined;
}

function plainEnd(flat: Flat, start: number, to: number, mode: TitleMode, emphasisOnly: boolean): number {
  let end = hardEnd(flat, start, to, emphasisOnly);
  if (mode === 'item') {
    const text = flat.text.slice(start, end);
    for (const separator of text.matchAll(SEPARATOR)) {
      // A separator at the very start is a prefix, not the end of the title; `GRS-QA - Graph …` is a
      // name and its title, while `A Long Title - Authors` ends at the dash.
      if (separator.index === 0) continue;
      if (/^\s+[-–—]/.test(separator[0]) && text.slice(0, separator.index).trim().split(/\s+/).length < 3)
        continue;
      end = start + separator.index;
      break;
    }
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
  const [, b] = trimRange(flat.text, restStart, end);
  return b > restStart ? b : undefined;
}

/** `MicroLens` in `MicroLens: A Content-Driven …`: a name of at most three words before a colon. */
export function shortNameOf(title: string): string | undefined {
  const match = /^([^:：,，?]{1,40}?)\s*[:：]\s+(\S.*)$/.exec(title);
  if (!match) return undefined;
  const name = match[1].trim();
  const words = name.split(/\s+/);
  if (words.length > 3 || match[2].split(/\s+/).length < 2) return undefined;
  // `GPT4Rec`, `Chat-REC`, `DeepSeek V3` are names; `Breaking the Barrier` is the start of a title.
  const nameLike = words.length === 1 || words.some((word) => /\d|\p{Lu}.*\p{Lu}/u.test(word));
  return nameLike ? name : undefined;
}

/** Collapses whitespace (line breaks inside link labels, CRLF) into single spaces. */
export function cleanTitle(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
