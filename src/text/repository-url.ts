/**
 * Where a destination written in a repository's Markdown file leads inside that repository, as GitHub reads
 * it: relative paths from the file's folder, `/…` from the repository's root, and links to the repository's
 * own files on github.com (`https://github.com/OWNER/REPO/blob/BRANCH/path`). Pure: no file is read here.
 */

import { safeDecode } from './url.js';

/** The repository on GitHub: links to its files on these branches are links into the working tree. */
export interface RepositoryRemote {
  /** Lower-case host name: `github.com`, or a GitHub Enterprise Server's. */
  host: string;
  owner: string;
  repo: string;
  branches: readonly string[];
}

export type RepositoryTarget =
  /** An anchor of the linking file itself. */
  | { kind: 'fragment'; fragment: string }
  /** A file or folder from the repository's root (`docs/x.md`, `` for the root), perhaps with an anchor. */
  | { kind: 'path'; path: string; fragment?: string }
  /** A relative path that climbs above the repository's root. */
  | { kind: 'outside' };

const SCHEME = /^[a-z][a-z\d+.-]*:/i;

/** github.com pages of a repository that `../../issues` from a file at the root reaches, as GitHub resolves it. */
const REPOSITORY_PAGES = new Set([
  'actions',
  'blob',
  'commits',
  'compare',
  'discussions',
  'graphs',
  'issues',
  'network',
  'projects',
  'pulls',
  'pulse',
  'releases',
  'security',
  'stargazers',
  'tags',
  'tree',
  'watchers',
  'wiki',
]);

function splitFragment(url: string): { path: string; fragment?: string } {
  const hash = url.indexOf('#');
  const beforeHash = hash < 0 ? url : url.slice(0, hash);
  const query = beforeHash.indexOf('?');
  return {
    path: query < 0 ? beforeHash : beforeHash.slice(0, query),
    ...(hash >= 0 && { fragment: url.slice(hash + 1) }),
  };
}

/**
 * Resolves `relative` against the folder `base` (both from the root, `/`-separated); `outside` when it climbs
 * above the root, `page` for GitHub's own repository pages reached that way (`../../issues` from the root).
 */
function resolvePath(base: string, relative: string): string | 'outside' | 'page' {
  const parts = relative.startsWith('/') ? [] : base.split('/').filter((part) => part !== '');
  const segments = relative.split('/').filter((segment) => segment !== '' && segment !== '.');
  for (const [index, segment] of segments.entries()) {
    if (segment !== '..') parts.push(segment);
    else if (parts.length > 0) parts.pop();
    else {
      // Above the root GitHub's URL climbs `BRANCH/blob/` and reaches the repository's own pages.
      const above = segments.slice(index).findIndex((s) => s !== '..');
      return above === 2 && REPOSITORY_PAGES.has(segments[index + above]) ? 'page' : 'outside';
    }
  }
  return parts.join('/');
}

/** The path after `/OWNER/REPO/KIND/BRANCH/` of a link to this repository's files, or undefined. */
function remotePath(url: URL, remote: RepositoryRemote): string | undefined {
  const host = url.hostname.toLowerCase();
  const segments = url.pathname.split('/').slice(1);
  let rest: string[];
  if (host === remote.host) {
    const [owner, repo, kind, ...tail] = segments;
    if (owner?.toLowerCase() !== remote.owner.toLowerCase()) return undefined;
    if (
      repo?.toLowerCase() !== remote.repo.toLowerCase() &&
      repo?.toLowerCase() !== `${remote.repo}.git`.toLowerCase()
    )
      return undefined;
    // The repository's own page shows its root README: `https://github.com/o/r#section`.
    if (kind === undefined || kind === '') return url.hash ? '' : undefined;
    if (kind !== 'blob' && kind !== 'tree' && kind !== 'raw') return undefined;
    rest = tail;
  } else if (host === 'raw.githubusercontent.com' && remote.host === 'github.com') {
    const [owner, repo, ...tail] = segments;
    if (
      owner?.toLowerCase() !== remote.owner.toLowerCase() ||
      repo?.toLowerCase() !== remote.repo.toLowerCase()
    )
      return undefined;
    rest = tail;
  } else {
    return undefined;
  }
  const joined = rest.join('/');
  const branch = ['HEAD', ...remote.branches].find(
    (name) => joined === name || joined.startsWith(`${name}/`),
  );
  return branch === undefined ? undefined : safeDecode(joined.slice(branch.length + 1));
}

/**
 * Where a destination written in `file` (its path from the root) leads in the repository; undefined for a
 * destination elsewhere (another site, another branch, `mailto:`), for an empty one and for GitHub's own
 * pages of the repository.
 */
export function repositoryTarget(
  url: string,
  file: string,
  remote?: RepositoryRemote,
): RepositoryTarget | undefined {
  const trimmed = url.trim();
  if (trimmed === '' || trimmed.startsWith('//')) return undefined;
  if (SCHEME.test(trimmed)) {
    const parsed = remote && URL.parse(trimmed);
    const path = parsed && /^https?:$/.test(parsed.protocol) ? remotePath(parsed, remote) : undefined;
    if (path === undefined) return undefined;
    const fragment = parsed?.hash ? parsed.hash.slice(1) : undefined;
    return { kind: 'path', path: path.replace(/\/+$/, ''), ...(fragment !== undefined && { fragment }) };
  }
  const { path, fragment } = splitFragment(trimmed);
  if (path === '') return fragment === undefined ? undefined : { kind: 'fragment', fragment };
  const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
  const resolved = resolvePath(folder, safeDecode(path));
  if (resolved === 'page') return undefined;
  if (resolved === 'outside') return { kind: 'outside' };
  return { kind: 'path', path: resolved, ...(fragment !== undefined && { fragment }) };
}
