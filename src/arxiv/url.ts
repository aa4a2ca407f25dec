/** What is wrong with an arXiv link, and the one URL it should be. */

import { safeDecode } from '../text/url.js';
import { ARXIV_ARCHIVES } from './archives.js';
import {
  type ArxivHostKind,
  arxivHostKind,
  arxivIdFromPath,
  mayBeArxivUrl,
  parseArxivId,
  splitUrl,
  type ValidArxivId,
  versionedId,
} from './id.js';

export type ArxivPathKind = 'abs' | 'pdf' | 'html' | 'other';

export type ArxivUrlProblemCode =
  | 'unknown-path'
  | 'empty-id'
  | 'malformed-id'
  | 'junk-after-id'
  | 'impossible-id'
  | 'missing-scheme'
  | 'http'
  | 'www'
  | 'export'
  | 'mirror'
  | 'legacy-ftp'
  | 'missing-abs'
  | 'double-slash'
  | 'trailing-slash'
  | 'upper-case'
  | 'arxiv-prefix'
  | 'pdf-suffix'
  | 'number-digits'
  | 'subject-class'
  | 'query'
  | 'prefer-abs'
  | 'prefer-pdf'
  | 'pinned-version';

export interface ArxivUrlProblem {
  code: ArxivUrlProblemCode;
  /** `error`: arxiv.org answers 404 (or the link cannot work); `warning`: works only by redirect, or style. */
  severity: 'error' | 'warning';
  /** A message fragment: `unknown path 'abd'`, `'http:', expected 'https:'`. */
  message: string;
}

export interface ArxivUrlOptions {
  /** Which page paper links should open; `any` leaves abs and pdf links alone. */
  prefer?: 'abs' | 'pdf' | 'any';
  /** `unpinned` asks for links to the latest version (no `vN`); `any` accepts both. */
  versions?: 'any' | 'unpinned';
}

export interface ArxivUrlAnalysis {
  /** Canonical id without version, when one can be found. */
  id?: string;
  version?: number;
  kind: ArxivPathKind;
  /** Errors first, then warnings, in the order of the URL. */
  problems: ArxivUrlProblem[];
  /** The one URL the link should be; absent when it cannot be told (no id, or no such id can exist). */
  canonical?: string;
}

/** arxiv.org sections that are not paper pages: they may name an id (`/format/ID`) but are fine as they are. */
const OTHER_SECTIONS = new Set([
  'a',
  'about',
  'api',
  'archive',
  'auth',
  'bibtex',
  'catchup',
  'category_taxonomy',
  'cits',
  'corr',
  'css',
  'dvi',
  'e-print',
  'find',
  'format',
  'help',
  'icons',
  'ignoreme',
  'js',
  'list',
  'localtime',
  'login',
  'logout',
  'multi',
  'new',
  'oai2',
  'openurl-resolver',
  'prevnext',
  'ps',
  'refs',
  'rss',
  'schemas',
  'search',
  'show-email',
  'src',
  'static',
  'stats',
  'submit',
  'tb',
  'trackback',
  'user',
  'year',
]);

const PAPER_SECTIONS = new Set(['abs', 'pdf', 'html']);

/** An id at the start of a path rest: greedy, so that junk after it can be told apart. */
const ID_PREFIX = /^(?:\d{4}\.\d+|[a-z]+(?:-[a-z]+)*(?:\.[a-z][a-z-]*)?\/\d+)(?:v\d+)?/i;

const ARXIV_PREFIX = /^arxiv:/i;

/** `https://arxiv.org/<kind>/<id>[vN]`: the form arxiv.org serves without a redirect. */
export function canonicalArxivUrl(
  id: string,
  kind: 'abs' | 'pdf' | 'html' = 'abs',
  version?: number,
): string {
  return `https://arxiv.org/${kind}/${versionedId({ id, version })}`;
}

/** Whether a path starts straight with an id (`/2405.07314`, `/arXiv:2405.07314`, `/hep-th/9901001`). */
function startsWithId(segments: string[]): boolean {
  const first = (segments[0] ?? '').replace(ARXIV_PREFIX, '');
  if (/^\d{4}\.\d/.test(first)) return true;
  const archive = first.toLowerCase().split('.')[0];
  return ARXIV_ARCHIVES.has(archive) && /^\d{7}/.test(segments[1] ?? '');
}

function hostProblems(hostKind: ArxivHostKind, host: string, paper: boolean): ArxivUrlProblem[] {
  if (hostKind === 'www') return [warning('www', `host '${host}', expected 'arxiv.org'`)];
  if (hostKind === 'mirror') return [warning('mirror', `mirror host '${host}', expected 'arxiv.org'`)];
  if (hostKind === 'export' && paper) {
    return [warning('export', `host '${host}' is for programs, expected 'arxiv.org'`)];
  }
  return [];
}

function schemeProblems(scheme: string, hostKind: ArxivHostKind): ArxivUrlProblem[] {
  if (scheme === 'http') return [warning('http', `'http:', expected 'https:'`)];
  // A bare `www.` link is autolinked by GFM; any other scheme-less destination is a relative link.
  if (scheme === '') {
    return [(hostKind === 'www' ? warning : error)('missing-scheme', `missing 'https://'`)];
  }
  return [];
}

function error(code: ArxivUrlProblemCode, message: string): ArxivUrlProblem {
  return { code, severity: 'error', message };
}

function warning(code: ArxivUrlProblemCode, message: string): ArxivUrlProblem {
  return { code, severity: 'warning', message };
}

interface IdReading {
  id?: ValidArxivId;
  /** Version to keep in the canonical URL (a `v0` is dropped). */
  version?: number;
  problems: ArxivUrlProblem[];
}

/** Reads the id part of an abs/pdf/html path: `arXiv:` prefixes, `.pdf` suffixes, junk, impossible ids. */
function readIdPart(rest: string, kind: 'abs' | 'pdf' | 'html', today: Date): IdReading {
  const problems: ArxivUrlProblem[] = [];
  let text = rest;
  if (ARXIV_PREFIX.test(text)) {
    problems.push(warning('arxiv-prefix', `'${text.slice(0, 6)}' before the id, expected none`));
    text = text.slice(6);
  }
  if (/\.pdf$/i.test(text) && kind !== 'html') {
    if (kind === 'abs')
      problems.push(warning('pdf-suffix', `'.pdf' after the id of an abs link, expected none`));
    text = text.slice(0, -4);
  }
  if (text === '') return { problems: [error('empty-id', 'empty id'), ...problems] };
  const token = ID_PREFIX.exec(text)?.[0];
  if (token === undefined)
    return { problems: [error('malformed-id', `malformed id '${text}'`), ...problems] };
  const junk = text.slice(token.length);
  if (junk !== '') problems.unshift(error('junk-after-id', `unexpected '${junk}' after the id '${token}'`));
  return withIdProblems(token, today, problems);
}

/** Validates an id token; an impossible version alone still leaves an unambiguous id. */
function withIdProblems(token: string, today: Date, problems: ArxivUrlProblem[]): IdReading {
  const parsed = parseArxivId(token, today);
  if (parsed.valid) {
    return { id: parsed, version: parsed.version, problems: [...problems, ...noteProblems(token, parsed)] };
  }
  const unversioned = parseArxivId(token.replace(/v\d+$/i, ''), today);
  const impossible = error('impossible-id', `impossible id '${token}': ${parsed.reason}`);
  if (!unversioned.valid) return { problems: [impossible, ...problems] };
  return { id: unversioned, problems: [impossible, ...problems, ...noteProblems(token, unversioned)] };
}

function noteProblems(token: string, id: ValidArxivId): ArxivUrlProblem[] {
  const expected = versionedId(id);
  return id.notes.map((note) => {
    if (note === 'number-digits') {
      const width = /\.(\d+)/.exec(token)?.[1].length;
      return warning(note, `${width}-digit number in '${token}', expected '${expected}'`);
    }
    if (note === 'upper-case') return warning(note, `upper case '${token}', expected '${expected}'`);
    return warning(note, `subject class in '${token}', expected '${expected}'`);
  });
}

function styleProblems(kind: PaperPath['kind'], version: number | undefined, options: ArxivUrlOptions) {
  const problems: ArxivUrlProblem[] = [];
  const preferred = preferredKind(kind, options);
  if (preferred !== kind) {
    const code = preferred === 'abs' ? 'prefer-abs' : 'prefer-pdf';
    problems.push(warning(code, `'/${kind}/', expected '/${preferred}/'`));
  }
  if (options.versions === 'unpinned' && version !== undefined) {
    problems.push(warning('pinned-version', `pinned version 'v${version}', expected none`));
  }
  return problems;
}

/** The page the options ask paper links to open: `prefer` swaps abs and pdf, never html. */
function preferredKind(kind: PaperPath['kind'], options: ArxivUrlOptions): PaperPath['kind'] {
  if (kind === 'pdf' && options.prefer === 'abs') return 'abs';
  if (kind === 'abs' && options.prefer === 'pdf') return 'pdf';
  return kind;
}

function bySeverity(problems: ArxivUrlProblem[]): ArxivUrlProblem[] {
  return [
    ...problems.filter((p) => p.severity === 'error'),
    ...problems.filter((p) => p.severity !== 'error'),
  ];
}

/**
 * Diagnoses a link to arxiv.org (or a mirror of it): `undefined` for other hosts and for arXiv hosts
 * that do not serve papers (`info.arxiv.org`, `ar5iv.labs.arxiv.org`).
 */
export function analyzeArxivUrl(
  url: string,
  today: Date,
  options: ArxivUrlOptions = {},
): ArxivUrlAnalysis | undefined {
  const parts = mayBeArxivUrl(url) ? splitUrl(url) : undefined;
  if (!parts || (parts.scheme !== '' && parts.scheme !== 'http' && parts.scheme !== 'https'))
    return undefined;
  const hostKind = arxivHostKind(parts.host);
  if (hostKind === undefined || hostKind === 'other') return undefined;
  const path = safeDecode(parts.path);
  const segments = path.split('/').filter((s) => s !== '');
  const base = schemeProblems(parts.scheme, hostKind);

  const paper = paperPath(segments, path, today);
  if (paper === undefined) {
    const host = hostKind === 'export' ? 'export.arxiv.org' : 'arxiv.org';
    const problems = [...base, ...hostProblems(hostKind, parts.host, false)];
    return {
      ...arxivIdFromPath(path),
      kind: 'other',
      problems,
      canonical: `https://${host}${parts.path}${parts.query}${parts.fragment}`,
    };
  }

  const problems = [...base, ...hostProblems(hostKind, parts.host, true)];
  if (/\/\//.test(path)) problems.push(warning('double-slash', `'//' in the path, expected '/'`));
  problems.push(...paper.problems);
  // arxiv.org serves `/html/ID/` too, but its page buttons break there (arXiv/html_feedback#3926).
  if (path.endsWith('/') && segments.length > 1) {
    problems.push(warning('trailing-slash', `trailing '/', expected none`));
  }
  const { reading } = paper;
  problems.push(...reading.problems);
  if (parts.query.length > 0) problems.push(warning('query', `${describeQuery(parts.query)}, expected none`));
  problems.push(...styleProblems(paper.kind, reading.version, options));

  const kind = preferredKind(paper.kind, options);
  const version = options.versions === 'unpinned' ? undefined : reading.version;
  return {
    ...(reading.id ? { id: reading.id.id } : {}),
    ...(reading.version === undefined ? {} : { version: reading.version }),
    kind: paper.kind,
    problems: bySeverity(problems),
    ...(reading.id ? { canonical: canonicalArxivUrl(reading.id.id, kind, version) + parts.fragment } : {}),
  };
}

function describeQuery(query: string): string {
  const names = query
    .slice(1)
    .split('&')
    .map((pair) => pair.split('=')[0])
    .filter((name) => name !== '');
  if (names.length === 0) return `query '${query}'`;
  return `query parameter${names.length > 1 ? 's' : ''} ${names.map((n) => `'${n}'`).join(', ')}`;
}

interface PaperPath {
  kind: 'abs' | 'pdf' | 'html';
  /** Problems of the path around the id (its section), then those of the id itself. */
  problems: ArxivUrlProblem[];
  reading: IdReading;
}

/** Finds and reads the paper id of a path; `undefined` for paths that are not paper pages. */
function paperPath(segments: string[], path: string, today: Date): PaperPath | undefined {
  const section = (segments[0] ?? '').toLowerCase();
  if (PAPER_SECTIONS.has(section)) {
    const kind = section as PaperPath['kind'];
    const problems =
      segments[0] === section
        ? []
        : [warning('upper-case', `upper case '${segments[0]}', expected '${section}'`)];
    return { kind, problems, reading: readIdPart(segments.slice(1).join('/'), kind, today) };
  }
  if (startsWithId(segments)) {
    // arxiv.org has no route for a bare id: `/2405.07314` is a 404.
    const problems = [error('missing-abs', `missing '/abs/' before the id`)];
    return { kind: 'abs', problems, reading: readIdPart(segments.join('/'), 'abs', today) };
  }
  if (OTHER_SECTIONS.has(section)) return undefined;
  // Legacy and mistyped sections: the id is wherever it can be found in the path.
  const guess = arxivIdFromPath(path);
  if (guess === undefined) return undefined;
  const token = versionedId(guess);
  const kind = section === 'ftp' || /\.pdf$/i.test(path) ? 'pdf' : 'abs';
  const problem =
    section === 'ftp'
      ? error('legacy-ftp', `legacy path '/ftp/' is no longer served, expected '/pdf/'`)
      : error('unknown-path', `unknown path '${segments[0]}'`);
  return { kind, problems: [problem], reading: withIdProblems(token, today, []) };
}
