/** arXiv identifiers: where they hide in URLs and prose, and the grammar that decides whether one can exist. */

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

const ARCHIVE_ALTERNATION = [...ARXIV_ARCHIVES].sort((a, b) => b.length - a.length).join('|');

/** New style `YYMM.NNNN[N]`, not glued to other digits on the left. */
const NEW_STYLE = /(?<![\d.])(\d{4})\.(\d{4,5})(?:v(\d+))?/i;
/** Old style `archive[.SC]/YYMMNNN`, the archive from arXiv's fixed list. */
const OLD_STYLE = new RegExp(
  `(?<![a-z-])(${ARCHIVE_ALTERNATION})(?:\\.([a-z][a-z-]*))?/(\\d{7})(?:v(\\d+))?`,
  'i',
);
/** The legacy FTP layout of old-style papers: `/ftp/hep-th/papers/9901/9901001.pdf`. */
const OLD_FTP = new RegExp(`(?<![a-z-])(${ARCHIVE_ALTERNATION})/papers/\\d{4}/(\\d{7})(?:v(\\d+))?`, 'i');

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

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function versionOf(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Number(text);
}

/** Canonical text of a new-style id: post-2014 numbers have five digits, which arXiv pads to. */
export function canonicalNewStyleId(yymm: string, number: string): string {
  const padded = Number(yymm) >= 1501 && number.length === 4 ? `0${number}` : number;
  return `${yymm}.${padded}`;
}

function guessFrom(text: string): ArxivIdGuess | undefined {
  const newStyle = NEW_STYLE.exec(text);
  const oldStyle = OLD_STYLE.exec(text) ?? OLD_FTP.exec(text);
  if (newStyle && (!oldStyle || newStyle.index <= oldStyle.index)) {
    return withVersion(canonicalNewStyleId(newStyle[1], newStyle[2]), newStyle[3]);
  }
  if (oldStyle === null) return undefined;
  const number = oldStyle.length === 5 ? oldStyle[3] : oldStyle[2];
  const version = oldStyle.length === 5 ? oldStyle[4] : oldStyle[3];
  return withVersion(`${oldStyle[1].toLowerCase()}/${number}`, version);
}

function withVersion(id: string, version: string | undefined): ArxivIdGuess {
  const v = versionOf(version);
  return v === undefined ? { id } : { id, version: v };
}

/** Best-guess id of any URL on an arXiv host, malformed ones included; `undefined` when none can be guessed. */
export function arxivIdFromUrl(url: string): ArxivIdGuess | undefined {
  const parts = splitUrl(url);
  if (!parts || arxivHostKind(parts.host) === undefined) return undefined;
  return guessFrom(safeDecode(parts.path));
}

/** Ids written in prose with an arXiv prefix (`arXiv:2305.11700`, `arxiv hep-th/9901001v2`). */
export function findArxivIdsInText(text: string): ArxivIdInText[] {
  const pattern = new RegExp(
    `(?<![a-z0-9])arxiv(?::\\s*|\\s+)(?:(\\d{4})\\.(\\d{4,5})|(${ARCHIVE_ALTERNATION})(?:\\.[a-z][a-z-]*)?/(\\d{7}))(?:v(\\d+))?(?![\\d.]\\d|[a-z0-9])`,
    'gi',
  );
  const found: ArxivIdInText[] = [];
  for (const match of text.matchAll(pattern)) {
    const id =
      match[1] !== undefined
        ? canonicalNewStyleId(match[1], match[2])
        : `${match[3].toLowerCase()}/${match[4]}`;
    found.push({ ...withVersion(id, match[5]), index: match.index, length: match[0].length });
  }
  return found;
}
