/** arXiv identifiers: where they hide in URLs and prose, and the grammar that decides whether one can exist. */

import { safeDecode } from '../text/url.js';
import { ARXIV_ARCHIVES } from './archives.js';

export interface ArxivIdGuess {
  /** Canonical form without version: `2305.11700`, `hep-th/9901001`. */
  id: string;
  version?: number;
}

export interface ArxivIdInText extends ArxivIdGuess {
  /** Offset of the match (from the `arXiv` prefix) in the searched text. */
  index: number;
  length: number;
}

const ARCHIVE_ALTERNATION = [...ARXIV_ARCHIVES.keys()].sort((a, b) => b.length - a.length).join('|');

/** New style `YYMM.NNNN[N]`, not glued to other digits on the left. */
const NEW_STYLE = /(?<![\d.])(?<yymm>\d{4})\.(?<number>\d{4,5})(?:v(?<version>\d+))?/i;
/** Old style `archive[.SC]/YYMMNNN`, the archive from arXiv's fixed list. */
const OLD_STYLE = new RegExp(
  `(?<![a-z-])(?<archive>${ARCHIVE_ALTERNATION})(?:\\.[a-z][a-z-]*)?/(?<number>\\d{7})(?:v(?<version>\\d+))?`,
  'i',
);
/** The legacy FTP layout of old-style papers: `/ftp/hep-th/papers/9901/9901001.pdf`. */
const OLD_FTP = new RegExp(
  `(?<![a-z-])(?<archive>${ARCHIVE_ALTERNATION})/papers/\\d{4}/(?<number>\\d{7})(?:v(?<version>\\d+))?`,
  'i',
);

/** Hosts that serve arXiv papers; mirrors and the old LANL names still resolve, but only by redirect. */
export type ArxivHostKind = 'canonical' | 'www' | 'export' | 'mirror' | 'other';

/** Classifies a host name; `undefined` when it is not arXiv's. */
export function arxivHostKind(host: string): ArxivHostKind | undefined {
  const name = host.toLowerCase().replace(/:\d*$/, '').replace(/\.$/, '');
  if (name === 'arxiv.org') return 'canonical';
  if (name === 'www.arxiv.org') return 'www';
  if (name === 'export.arxiv.org') return 'export';
  if (name === 'xxx.lanl.gov' || name === 'lanl.arxiv.org' || /^[a-z]{2}\.arxiv\.org$/.test(name))
    return 'mirror';
  if (name.endsWith('.arxiv.org')) return 'other';
  return undefined;
}

/**
 * Whether a host is arXiv's (arxiv.org, its subdomains, mirrors, the old `xxx.lanl.gov`): one test for reading
 * ids from links, routing them to the arXiv API instead of fetching, and leaving them out of URL keys.
 */
export function isArxivHost(host: string): boolean {
  return arxivHostKind(host) !== undefined;
}

export interface UrlParts {
  /** Scheme without the colon, lower-cased; `` when the URL has none. */
  scheme: string;
  host: string;
  path: string;
  /** Including the `?`, `` when absent. */
  query: string;
  /** Including the `#`, `` when absent. */
  fragment: string;
}

/** What the host of every URL `arxivHostKind` knows holds, in any case: other URLs need no splitting. */
const ARXIV_HOST_NAME = /arxiv\.org|xxx\.lanl\.gov/i;

/** False for a URL that cannot be on an arXiv host (most links of a list): a test cheaper than `splitUrl`. */
export function mayBeArxivUrl(url: string): boolean {
  return ARXIV_HOST_NAME.test(url);
}

/** Splits a URL leniently: malformed links must still be taken apart to be diagnosed. */
export function splitUrl(url: string): UrlParts | undefined {
  const match = /^\s*(?:([a-z][a-z0-9+.-]*):)?(?:\/\/)?([^/?#\s]*)([^?#\s]*)(\?[^#]*)?(#.*)?\s*$/i.exec(url);
  if (!match) return undefined;
  return {
    scheme: (match[1] ?? '').toLowerCase(),
    host: match[2],
    path: match[3],
    query: match[4] ?? '',
    fragment: match[5] ?? '',
  };
}

/** Post-2014 new-style numbers have five digits, earlier ones four. */
function numberDigits(yymm: number): 4 | 5 {
  return yymm >= 1501 ? 5 : 4;
}

/** Canonical text of a new-style id: post-2014 numbers have five digits, which arXiv pads to. */
function canonicalNewStyleId(yymm: string, number: string): string {
  const digits = numberDigits(Number(yymm));
  // arXiv reads the number as an integer: `1501.0001` is `1501.00001`, `1412.01234` is `1412.1234`.
  if (digits === 5 && number.length === 4) return `${yymm}.0${number}`;
  if (digits === 4 && number.length === 5 && number.startsWith('0')) return `${yymm}.${number.slice(1)}`;
  return `${yymm}.${number}`;
}

/** Best-guess id of a decoded path on an arXiv host, malformed ones included. */
export function arxivIdFromPath(text: string): ArxivIdGuess | undefined {
  const newStyle = NEW_STYLE.exec(text);
  const oldStyle = OLD_STYLE.exec(text) ?? OLD_FTP.exec(text);
  // The id that comes first in the path wins: `/abs/2305.11700` never holds an old-style id after it.
  const match = newStyle && (!oldStyle || newStyle.index <= oldStyle.index) ? newStyle : oldStyle;
  const groups = match?.groups;
  if (!groups) return undefined;
  return withVersion(idOf(groups.yymm, groups.number, groups.archive), groups.version);
}

/** The canonical id from a match: new style when `yymm` matched, else old style `archive/number`. */
function idOf(yymm: string | undefined, number: string, archive: string): string {
  return yymm !== undefined ? canonicalNewStyleId(yymm, number) : `${archive.toLowerCase()}/${number}`;
}

/** An id as written with its version: `2305.11700`, or `2305.11700v2` when a version is pinned. */
export function versionedId(ref: { id: string; version?: number }): string {
  return ref.version === undefined ? ref.id : `${ref.id}v${ref.version}`;
}

function withVersion(id: string, version: string | undefined): ArxivIdGuess {
  return version === undefined ? { id } : { id, version: Number(version) };
}

/** Best-guess id of any URL on an arXiv host, malformed ones included; `undefined` when none can be guessed. */
export function arxivIdFromUrl(url: string): ArxivIdGuess | undefined {
  const parts = mayBeArxivUrl(url) ? splitUrl(url) : undefined;
  if (!parts || !isArxivHost(parts.host)) return undefined;
  return arxivIdFromPath(safeDecode(parts.path));
}

/** `arXiv:ID` or `arXiv ID` in prose, the id not glued to more digits or letters. */
const ID_IN_TEXT = new RegExp(
  `(?<![a-z0-9])arxiv(?::\\s*|\\s+)(?:(?<yymm>\\d{4})\\.(?<number>\\d{4,5})|(?<archive>${ARCHIVE_ALTERNATION})(?:\\.[a-z][a-z-]*)?/(?<oldNumber>\\d{7}))(?:v(?<version>\\d+))?(?![\\d.]\\d|[a-z0-9])`,
  'gi',
);

/** Ids written in prose with an arXiv prefix (`arXiv:2305.11700`, `arxiv hep-th/9901001v2`). */
export function findArxivIdsInText(text: string): ArxivIdInText[] {
  // The pattern starts with a lookbehind, which makes the engine try it at every character.
  if (!/arxiv/i.test(text)) return [];
  // An exec loop and a literal: `matchAll` copies the pattern on each call, and a spread took V8's slow path.
  const found: ArxivIdInText[] = [];
  ID_IN_TEXT.lastIndex = 0;
  for (let match = ID_IN_TEXT.exec(text); match; match = ID_IN_TEXT.exec(text)) {
    const { yymm, number, archive, oldNumber, version } = match.groups!;
    const id = idOf(yymm, number ?? oldNumber, archive);
    const { index, 0: written } = match;
    found.push(
      version === undefined
        ? { id, index, length: written.length }
        : { id, version: Number(version), index, length: written.length },
    );
  }
  return found;
}

/** Non-canonical spellings of an id that arXiv still resolves, by redirect. */
export type ArxivIdNote = 'number-digits' | 'upper-case' | 'subject-class';

export interface ValidArxivId {
  valid: true;
  /** Canonical form without version. */
  id: string;
  version?: number;
  style: 'new' | 'old';
  /** The month the id was issued in. */
  year: number;
  month: number;
  notes: ArxivIdNote[];
}

export interface InvalidArxivId {
  valid: false;
  /** Why no such id can exist, as a message fragment: `month 13 does not exist`. */
  reason: string;
}

export type ParsedArxivId = ValidArxivId | InvalidArxivId;

const NEW_TOKEN = /^(\d{2})(\d{2})\.(\d+)(?:(v)(\d+))?$/i;
const OLD_TOKEN = /^([a-z]+(?:-[a-z]+)*)(?:\.([a-z][a-z-]*))?\/(\d+)(?:(v)(\d+))?$/i;

/** Months since year 0, so that months compare and subtract as numbers. */
export const monthIndex = (year: number, month: number) => year * 12 + (month - 1);
/** `2023-05`. */
export const yearMonth = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

function invalid(reason: string): InvalidArxivId {
  return { valid: false, reason };
}

/** Checks a version suffix: arXiv numbers versions from 1, written without leading zeros. */
function versionProblem(marker: string | undefined, digits: string | undefined): string | undefined {
  if (marker === undefined || digits === undefined) return undefined;
  return /^[1-9]\d*$/.test(digits) ? undefined : `version 'v${digits}' does not exist`;
}

function parseNewStyle(m: RegExpExecArray, today: Date): ParsedArxivId {
  const yy = m[1];
  const mm = m[2];
  const number = m[3];
  const marker = m[4];
  const version = m[5];
  const year = 2000 + Number(yy);
  const month = Number(mm);
  const yymm = Number(yy + mm);
  if (month < 1 || month > 12) return invalid(`month ${mm} does not exist`);
  if (yymm < 704) return invalid(`new-style ids begin in 2007-04, not ${yearMonth(year, month)}`);
  const notes: ArxivIdNote[] = [];
  const digits = numberDigits(yymm);
  const id = canonicalNewStyleId(yy + mm, number);
  if (id.length !== 5 + digits) {
    return invalid(
      `ids ${yymm >= 1501 ? 'since' : 'before'} 2015 have ${digits}-digit numbers, not '${number}'`,
    );
  }
  if (number.length !== digits) notes.push('number-digits');
  if (Number(number) === 0) return invalid(`number '${number}' does not exist`);
  const todayIndex = monthIndex(today.getUTCFullYear(), today.getUTCMonth() + 1);
  if (monthIndex(year, month) > todayIndex) return invalid(`month ${yearMonth(year, month)} is after today`);
  const problem = versionProblem(marker, version);
  if (problem) return invalid(problem);
  if (marker === 'V') notes.push('upper-case');
  return { valid: true, ...withVersion(id, version), style: 'new', year, month, notes };
}

function parseOldStyle(m: RegExpExecArray): ParsedArxivId {
  const [, archiveText, subjectClass, number, marker, digits] = m;
  const archive = archiveText.toLowerCase();
  const span = ARXIV_ARCHIVES.get(archive);
  if (!span) return invalid(`unknown archive '${archiveText}'`);
  if (number.length !== 7) return invalid(`old-style ids have 7 digits, not '${number}'`);
  const yy = Number(number.slice(0, 2));
  const month = Number(number.slice(2, 4));
  const year = yy >= 91 ? 1900 + yy : 2000 + yy;
  if (month < 1 || month > 12) return invalid(`month ${number.slice(2, 4)} does not exist`);
  const issued = yearMonth(year, month);
  if (issued > '2007-03') return invalid(`old-style ids end in 2007-03, not ${issued}`);
  if (issued < span.start || (span.end !== undefined && issued > span.end)) {
    return invalid(`archive '${archive}' has no ids from ${issued}`);
  }
  if (Number(number.slice(4)) === 0) return invalid(`number '${number.slice(4)}' does not exist`);
  const problem = versionProblem(marker, digits);
  if (problem) return invalid(problem);
  const notes: ArxivIdNote[] = [];
  if (/[A-Z]/.test(archiveText) || marker === 'V') notes.push('upper-case');
  if (subjectClass !== undefined) notes.push('subject-class');
  return { valid: true, ...withVersion(`${archive}/${number}`, digits), style: 'old', year, month, notes };
}

/**
 * The full id grammar: new style `YYMM.NNNN` (2007-04 to 2014-12) or `YYMM.NNNNN` (2015 on), old style
 * `archive[.SC]/YYMMNNN` (1991-08 to 2007-03), optional version `vN` (N ≥ 1), no month after `today`.
 */
export function parseArxivId(text: string, today: Date): ParsedArxivId {
  const token = text.trim();
  if (token === '') return invalid('empty id');
  const newStyle = NEW_TOKEN.exec(token);
  if (newStyle) return parseNewStyle(newStyle, today);
  const oldStyle = OLD_TOKEN.exec(token);
  if (oldStyle) return parseOldStyle(oldStyle);
  return invalid(`'${token}' is not an arXiv id`);
}
