/**
 * @rule local-link
 * @summary Links and images to files and anchors of the repository that do not exist; sections a table of contents leaves out.
 * @fixable yes
 *
 * Checks the destinations that stay inside the repository: relative links and images (`docs/setup.md`,
 * `![figure](img/x.png)`, HTML `href` and `src` too), in-page anchors (`#section-a`) and anchors of the
 * repository's other Markdown files (`docs/setup.md#install`). Anchors are GitHub's: a heading's text,
 * lower-cased, punctuation and emoji dropped, spaces as `-`, `-1`, `-2` … added to repeated headings
 * (github-slugger); `<a name>` and `id` attributes, footnotes, `#top` and line references (`#L10`) count too.
 *
 * In-page anchors need nothing but the file. Files and other files' anchors need the repository: the CLI
 * (and the remark preset) finds it from the file's folder up to the folder holding `.git`, and reads the GitHub
 * remote and branches from `.git` without running git; the Action knows it from its checkout. Without one (a
 * file outside any repository) only in-page anchors are checked. Nothing outside the repository's root is
 * ever read. Links to the repository's own files on GitHub
 * (`https://github.com/OWNER/REPO/blob/BRANCH/path`, `/tree/`, `/raw/`, `raw.githubusercontent.com`, on the
 * checked-out or default branch) are checked the same way instead of being fetched.
 *
 * - **error**: a file or folder that does not exist (GitHub answers 404), a relative path that climbs out
 *   of the repository (`../../other/x.md`; `../../issues` from the root, GitHub's own pages of the
 *   repository, is fine), and a web address written without its scheme (`github.com/o/r`, read as a file of
 *   the repository; fixed with `https://`) or after a stray character (`[https://…`).
 * - **warning**: an anchor that no heading or HTML anchor of the target has, and a file spelled in another case
 *   than the repository's (GitHub's paths are case-sensitive even where the disk is not). When one anchor is
 *   clearly meant — punctuation or emoji aside (`#start` for `## 🚀 Start`'s `#-start`), a `-1` dropped or
 *   stale, a renamed heading with one clear successor — or one file of the folder differs only by a typo or
 *   its extension, the fix writes it.
 * - **info**: an anchor that differs from one only in case (GitHub finds it, other renderers do not; fixed),
 *   and a section that a table of contents leaves out where it clearly lists every section (the sections of
 *   its levels between its first and last entry, all but at most a fifth of them): the fix inserts the entry
 *   in the table's own style.
 *
 * Options:
 * - `tableOfContents`: `false` turns off the table-of-contents check (default `true`).
 *
 * @example ok
 * ## Contents
 * - [Surveys](#surveys)
 * - [🚀 Agents](#-agents)
 * - [Notes](#notes-1)
 *
 * ## Surveys
 * ## 🚀 Agents
 * ## Notes
 * ## Notes
 * <a name="legacy"></a>See [the legacy anchor](#legacy) and [the top](#top).
 *
 * @example not-ok
 * - [Surveys](#survey)
 * - [Agents](#agents)
 * - [Missing](#nope)
 * - [Tools](#Tools)
 *
 * ## Surveys
 * ## 🚀 Agents
 * ## Tools
 * @expect 1:13 warning Missing anchor '#survey': did you mean '#surveys' (heading 'Surveys')?
 * @expect 2:12 warning Missing anchor '#agents': did you mean '#-agents' (heading '🚀 Agents')?
 * @expect 3:3 warning Missing anchor '#nope': no heading or anchor of this file has it
 * @expect 4:11 info Anchor '#Tools' differs in case from '#tools': GitHub finds it, other renderers do not
 *
 * @example not-ok
 * - [Surveys](#surveys)
 * - [Agents](#agents)
 * - [Tools](#tools)
 * - [Datasets](#datasets)
 * - [Benchmarks](#benchmarks)
 *
 * ## Surveys
 * ## Agents
 * ## Tools
 * ## Evaluation
 * ## Datasets
 * ## Benchmarks
 * ## License
 * @expect 3:18 info Table of contents leaves out the section 'Evaluation' (line 10): add '- [Evaluation](#evaluation)'
 *
 * @example not-ok
 * - Code, [[code]](github.com/o/r)
 * - Tool, [LLM]([https://github.com/simonw/llm)
 * @expect 1:18 error Web address without 'https://': 'github.com/o/r' is read as a file of the repository
 * @expect 2:15 error Stray '[' before the web address in '[https://github.com/simonw/llm': it is read as a file of the repository
 */
import type { DocumentAnchors, Reference } from '../parse/anchors.js';
import { repositoryTarget } from '../text/repository-url.js';
import { editDistance } from '../text/title.js';
import { safeDecode } from '../text/url.js';
import type { Fix, RuleFinding } from '../types.js';
import { type AnchorMatch, matchAnchor } from './anchor-match.js';
import { defineRule, type RepositoryView } from './rule.js';
import { sectionsMissingFromContents } from './table-of-contents.js';

export interface LocalLinkOptions {
  /** Report sections a table of contents leaves out. */
  tableOfContents: boolean;
}

const MARKDOWN_FILE = /\.(?:md|markdown|mdown|mkdn|mkd|mdwn|mdx)$/i;
/** A first path segment that is a host name: `www.…` or a name under a common top-level domain. */
const HOST_NAME =
  /^(?:www\.[^/]+|(?:[a-z\d-]+\.)+(?:com|org|net|edu|gov|io|ai|dev|app|co|me|info|xyz|tech|science|cn|de|uk|fr|jp|github\.io))(?:[/?#:]|$)/i;
const WEB_ADDRESS = /https?:\/\//i;
const SCHEME = /^[a-z][a-z\d+.-]*:/i;

/** Replaces a destination's text (its `urlSpan`) when the source spells it as parsed. */
function replaceUrl(reference: Reference, replacement: string): Fix | undefined {
  const span = reference.urlSpan;
  return span && { start: span.start.offset, end: span.end.offset, replacement };
}

function finding(
  reference: Reference,
  severity: RuleFinding['severity'],
  message: string,
  replacement?: string,
): RuleFinding {
  const fix = replacement === undefined ? undefined : replaceUrl(reference, replacement);
  return { severity, message, span: reference.span, url: reference.url, ...(fix && { fix }) };
}

/** A destination that is a web address, however miswritten: never a file of the repository. */
function isWebAddress(url: string): boolean {
  return WEB_ADDRESS.test(url) || HOST_NAME.test(url);
}

/**
 * A web address written so that GitHub reads it as a file: without its scheme, or after a stray character.
 * `((https://…))` is entry-format's (link-syntax), arXiv links without a scheme are arxiv-url's.
 */
function webAddressFinding(reference: Reference): RuleFinding | undefined {
  const { url } = reference;
  const at = url.search(WEB_ADDRESS);
  if (at > 0 && !url.startsWith('(')) {
    const stray = url.slice(0, at);
    return finding(
      reference,
      'error',
      `Stray '${stray}' before the web address in '${url}': it is read as a file of the repository`,
      /^[[<("'`\s]+$/.test(stray) ? url.slice(at).replace(/[\])>"'`]+$/, '') : undefined,
    );
  }
  if (at < 0 && !/^(?:[\w-]+\.)*arxiv\.org/i.test(url)) {
    const host = url.split(/[/?#]/)[0];
    return finding(
      reference,
      'error',
      `Web address without 'https://': '${url.length > 60 ? host : url}' is read as a file of the repository`,
      `https://${url}`,
    );
  }
  return undefined;
}

function anchorFinding(
  reference: Reference,
  fragment: string,
  match: AnchorMatch,
  where: string,
): RuleFinding | undefined {
  const replaceFragment = (anchor: string) => {
    const hash = reference.url.lastIndexOf('#');
    return `${reference.url.slice(0, hash)}#${anchor}`;
  };
  switch (match.kind) {
    case 'found':
      return undefined;
    case 'case':
      return finding(
        reference,
        'info',
        `Anchor '#${fragment}' differs in case from '#${match.anchor}': GitHub finds it, other renderers do not`,
        replaceFragment(match.anchor),
      );
    case 'near': {
      const heading = match.heading ? ` (heading '${match.heading}')` : '';
      return finding(
        reference,
        'warning',
        `Missing anchor '#${fragment}'${where === 'this file' ? '' : ` in ${where}`}: did you mean '#${match.anchor}'${heading}?`,
        replaceFragment(match.anchor),
      );
    }
    case 'missing':
      return finding(
        reference,
        'warning',
        where === 'this file'
          ? `Missing anchor '#${fragment}': no heading or anchor of this file has it`
          : `Missing anchor '#${fragment}': no heading or anchor of ${where} has it`,
      );
  }
}

/** One name of a folder that is clearly the one meant: the same but for case, a typo or the extension. */
function nearName(name: string, names: Iterable<string>): string | undefined {
  const stem = (file: string) => file.replace(/\.[^.]*$/, '').toLowerCase();
  const candidates = [...names].filter(
    (other) =>
      (stem(other) === stem(name) && other !== name) ||
      (name.length >= 6 && editDistance(other.toLowerCase(), name.toLowerCase(), 2) <= 2),
  );
  return candidates.length === 1 ? candidates[0] : undefined;
}

type PathCheck =
  | { kind: 'found'; path: string; isFolder: boolean }
  | { kind: 'case'; path: string; isFolder: boolean }
  | { kind: 'missing'; near?: string };

/** Walks a path from the root, folder by folder, as GitHub would: exact names, else one of another case. */
function checkPath(path: string, repository: RepositoryView): PathCheck {
  const segments = path === '' ? [] : path.split('/');
  let actual = '';
  let isFolder = true;
  let caseDiffers = false;
  for (const [index, segment] of segments.entries()) {
    const folder: ReadonlyMap<string, 'file' | 'folder'> | undefined = isFolder
      ? repository.folder(actual)
      : undefined;
    if (!folder) return { kind: 'missing' };
    const sameCase: string[] = [...folder.keys()].filter(
      (other) => other.toLowerCase() === segment.toLowerCase(),
    );
    const name: string | undefined = folder.has(segment)
      ? segment
      : sameCase.length === 1
        ? sameCase[0]
        : undefined;
    if (name === undefined) {
      const near = index === segments.length - 1 ? nearName(segment, folder.keys()) : undefined;
      return {
        kind: 'missing',
        ...(near !== undefined && { near: actual === '' ? near : `${actual}/${near}` }),
      };
    }
    caseDiffers ||= name !== segment;
    actual = actual === '' ? name : `${actual}/${name}`;
    isFolder = folder.get(name) === 'folder';
  }
  return { kind: caseDiffers ? 'case' : 'found', path: actual, isFolder };
}

/**
 * The destination with its path spelled as `actual` (the repository's spelling of the path it names): its last
 * segments replaced, the `./` and `../` before them kept. Undefined when the destination spells its path in a
 * way that cannot be rewritten segment for segment (escapes, `..` between names).
 */
function respelled(url: string, actual: string): string | undefined {
  const end = url.search(/[?#]/);
  const path = end < 0 ? url : url.slice(0, end);
  const names = path.split('/');
  const lead = names.findIndex((name) => name !== '.' && name !== '..' && name !== '');
  const written = names.slice(lead);
  if (lead < 0 || written.some((name) => name === '.' || name === '..' || /%/.test(name))) return undefined;
  const tail = actual.split('/').slice(-written.filter((name) => name !== '').length);
  let k = 0;
  const rewritten = written.map((name) => (name === '' ? name : tail[k++]));
  return [...names.slice(0, lead), ...rewritten].join('/') + (end < 0 ? '' : url.slice(end));
}

/** The README GitHub shows for a folder, whose anchors a link to the folder may name. */
function readmeOf(folder: string, repository: RepositoryView): string | undefined {
  const names = repository.folder(folder);
  const readme = [...(names?.keys() ?? [])].find((name) => /^readme(?:\.(?:md|markdown))?$/i.test(name));
  return readme && (folder === '' ? readme : `${folder}/${readme}`);
}

function fileFinding(
  reference: Reference,
  target: { path: string; fragment?: string },
  repository: RepositoryView,
  own: DocumentAnchors,
  linked: ReadonlySet<string>,
): RuleFinding | undefined {
  const checked = checkPath(target.path, repository);
  const shown = target.path === '' ? '/' : target.path;
  if (checked.kind === 'missing') {
    const near = checked.near && respelled(reference.url, checked.near);
    const hint = checked.near ? `: did you mean '${checked.near}'?` : '';
    return finding(reference, 'error', `Missing file '${shown}'${hint}`, near);
  }
  if (checked.kind === 'case') {
    return finding(
      reference,
      'warning',
      `'${shown}' is spelled '${checked.path}' in the repository: GitHub's paths are case-sensitive`,
      respelled(reference.url, checked.path),
    );
  }
  if (target.fragment === undefined) return undefined;
  const document = checked.isFolder ? readmeOf(checked.path, repository) : checked.path;
  if (document === undefined || !MARKDOWN_FILE.test(document)) return undefined;
  const anchors = document === repository.file ? own : repository.anchorsOf(document);
  if (!anchors) return undefined;
  const mine = document === repository.file;
  return anchorFinding(
    reference,
    target.fragment,
    matchAnchor(target.fragment, anchors, mine ? linked : new Set()),
    mine ? 'this file' : document,
  );
}

/** What is wrong with one destination of the file, if anything. */
function referenceFinding(
  reference: Reference,
  repository: RepositoryView | undefined,
  own: DocumentAnchors,
  linked: ReadonlySet<string>,
): RuleFinding | undefined {
  const target = repositoryTarget(reference.url, repository?.file ?? '', repository?.remote);
  if (target?.kind === 'fragment')
    return anchorFinding(reference, target.fragment, matchAnchor(target.fragment, own, linked), 'this file');
  if (target === undefined) return undefined;
  if (!SCHEME.test(reference.url) && isWebAddress(reference.url)) return webAddressFinding(reference);
  // Without the repository, files cannot be told: the file may be read from stdin or a copy elsewhere.
  if (!repository) return undefined;
  if (target.kind === 'outside')
    return finding(reference, 'error', `Link leaves the repository: '${reference.url}'`);
  return fileFinding(reference, target, repository, own, linked);
}

export default defineRule<LocalLinkOptions>(
  'local-link',
  { tableOfContents: true },
  (list, options, context) => {
    const own = context.anchors?.();
    if (!own) return [];
    const { repository } = context;
    const linked = new Set<string>();
    for (const { url } of own.references)
      if (url.startsWith('#')) linked.add(safeDecode(url.slice(1)).toLowerCase());
    // A loop, not a flatMap: most of a list's references are web links, which would each make an empty array.
    const findings: RuleFinding[] = [];
    for (const reference of own.references) {
      const found = referenceFinding(reference, repository, own, linked);
      if (found) findings.push(found);
    }
    if (options.tableOfContents) {
      for (const missing of sectionsMissingFromContents(own, list.source)) {
        findings.push({
          severity: 'info',
          message: `Table of contents leaves out the section '${missing.heading.text}' (line ${missing.heading.span.start.line}): add '${missing.entry}'`,
          span: { start: missing.at, end: missing.at },
          ...(missing.fix && { fix: missing.fix }),
        });
      }
    }
    return findings;
  },
);
