/**
 * The repository a linted file belongs to, read from the disk for `local-link`: the folder holding `.git`
 * above the file, its folders (listed once each, on first use), the anchors of its Markdown files, and its
 * GitHub remote and branches from `.git` itself (no git process). Nothing outside the root is read: paths
 * that leave it are refused here too, and symbolic links are never followed to read a file.
 */

import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { type DocumentAnchors, documentAnchors } from './parse/anchors.js';
import { parseDocument } from './parse/document.js';
import type { RepositoryView } from './rules/rule.js';
import { stripBom } from './text/bom.js';
import type { RepositoryRemote } from './text/repository-url.js';

/** Finds the repository of a linted file (its absolute path); undefined when it lies in none. */
export type RepositoryLookup = (file: string) => RepositoryView | undefined;

/** What the caller knows better than `.git` (the Action: its workspace, `GITHUB_REPOSITORY`, the event's branches). */
export interface KnownRepository {
  root?: string;
  remote?: Omit<RepositoryRemote, 'branches'>;
  branches?: readonly string[];
}

/** A Markdown file larger than this is not read for its anchors. */
const MAX_MARKDOWN_BYTES = 8 * 1024 * 1024;

const readText = (file: string): string | undefined => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

/** `owner/repo` on a host from a remote URL: `git@github.com:o/r.git`, `https://github.com/o/r`, `ssh://…`. */
export function remoteOf(url: string): Omit<RepositoryRemote, 'branches'> | undefined {
  const scp = /^[\w.-]+@([\w.-]+):\/?([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url.trim());
  if (scp) return { host: scp[1].toLowerCase(), owner: scp[2], repo: scp[3] };
  const parsed = URL.parse(url.trim());
  if (!parsed || !/^(?:https?|ssh|git):$/.test(parsed.protocol)) return undefined;
  const [owner, repo] = parsed.pathname
    .replace(/^\/+/, '')
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
    .split('/');
  if (!owner || !repo) return undefined;
  return { host: parsed.hostname.toLowerCase(), owner, repo };
}

/** The remotes of a git config file, `origin` first. */
function remotesOf(config: string): string[] {
  const urls: Array<{ name: string; url: string }> = [];
  let section = '';
  for (const line of config.split(/\r?\n/)) {
    const header = /^\s*\[\s*remote\s+"([^"]+)"\s*\]/.exec(line);
    if (header) section = header[1];
    else if (/^\s*\[/.test(line)) section = '';
    else if (section !== '') {
      const url = /^\s*url\s*=\s*(.+?)\s*$/.exec(line);
      if (url) urls.push({ name: section, url: url[1] });
    }
  }
  return urls.sort((a, b) => Number(b.name === 'origin') - Number(a.name === 'origin')).map(({ url }) => url);
}

const symbolicRef = (text: string | undefined, prefix: string) => {
  const ref = /^ref:\s*(\S+)/.exec(text ?? '')?.[1];
  return ref?.startsWith(prefix) ? ref.slice(prefix.length) : undefined;
};

/** The GitHub remote and the branches whose files are this working tree, read from `.git` (a folder, or a worktree's file). */
function gitFacts(root: string): { remote?: Omit<RepositoryRemote, 'branches'>; branches: string[] } {
  const dotGit = path.join(root, '.git');
  let gitDir = dotGit;
  const pointer = readText(dotGit);
  if (pointer !== undefined) {
    const target = /^gitdir:\s*(.+?)\s*$/m.exec(pointer)?.[1];
    if (!target) return { branches: [] };
    gitDir = path.resolve(root, target);
  }
  const common = readText(path.join(gitDir, 'commondir'));
  const commonDir = common ? path.resolve(gitDir, common.trim()) : gitDir;
  const remote = remotesOf(readText(path.join(commonDir, 'config')) ?? '')
    .map(remoteOf)
    .find((found) => found !== undefined);
  const branches = [
    symbolicRef(readText(path.join(gitDir, 'HEAD')), 'refs/heads/'),
    symbolicRef(readText(path.join(commonDir, 'refs', 'remotes', 'origin', 'HEAD')), 'refs/remotes/origin/'),
  ].filter((branch) => branch !== undefined);
  return { ...(remote && { remote }), branches };
}

/** A relative path from the root that stays inside it, as a list of names; undefined otherwise. */
function namesOf(relative: string): string[] | undefined {
  const names = relative === '' ? [] : relative.split('/');
  return names.every((name) => name !== '' && name !== '.' && name !== '..' && !name.includes('\\'))
    ? names
    : undefined;
}

class Repository {
  private readonly folders = new Map<string, ReadonlyMap<string, 'file' | 'folder'> | undefined>();
  private readonly anchors = new Map<string, DocumentAnchors | undefined>();

  constructor(
    readonly root: string,
    readonly remote: RepositoryRemote | undefined,
  ) {}

  folder(relative: string): ReadonlyMap<string, 'file' | 'folder'> | undefined {
    if (this.folders.has(relative)) return this.folders.get(relative);
    const names = namesOf(relative);
    let listing: Map<string, 'file' | 'folder'> | undefined;
    try {
      if (names) {
        const entries = readdirSync(path.join(this.root, ...names), { withFileTypes: true });
        listing = new Map(entries.map((entry) => [entry.name, entry.isDirectory() ? 'folder' : 'file']));
      }
    } catch {
      listing = undefined;
    }
    this.folders.set(relative, listing);
    return listing;
  }

  anchorsOf(relative: string): DocumentAnchors | undefined {
    if (this.anchors.has(relative)) return this.anchors.get(relative);
    const names = namesOf(relative);
    let anchors: DocumentAnchors | undefined;
    if (names && names.length > 0) {
      const file = path.join(this.root, ...names);
      try {
        // A symbolic link may point anywhere: its target is not read.
        const info = lstatSync(file);
        if (info.isFile() && info.size <= MAX_MARKDOWN_BYTES) {
          const text = stripBom(readFileSync(file, 'utf8'));
          if (!text.includes('\0')) anchors = documentAnchors(parseDocument(text), text);
        }
      } catch {
        anchors = undefined;
      }
    }
    this.anchors.set(relative, anchors);
    return anchors;
  }

  viewOf(file: string): RepositoryView {
    const relative = path.relative(this.root, file).split(path.sep).join('/');
    return {
      file: relative,
      folder: (folder) => this.folder(folder),
      anchorsOf: (document) => this.anchorsOf(document),
      ...(this.remote && { remote: this.remote }),
    };
  }
}

function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** The folder holding `.git` at or above `folder`, or undefined. */
function rootAbove(folder: string): string | undefined {
  for (let current = folder; ; current = path.dirname(current)) {
    try {
      statSync(path.join(current, '.git'));
      return current;
    } catch {
      if (path.dirname(current) === current) return undefined;
    }
  }
}

/**
 * Finds each linted file's repository: `known.root` when the file lies in it (the Action's workspace), else the
 * nearest folder above it holding `.git`. One `Repository` per root, so folders are listed once per run.
 */
export function repositoryLookup(known: KnownRepository = {}): RepositoryLookup {
  const repositories = new Map<string, Repository>();
  return (file) => {
    const absolute = path.resolve(file);
    const root =
      known.root !== undefined && isInside(path.resolve(known.root), absolute)
        ? path.resolve(known.root)
        : rootAbove(path.dirname(absolute));
    if (root === undefined) return undefined;
    let repository = repositories.get(root);
    if (!repository) {
      const facts = gitFacts(root);
      const remote = known.remote ?? facts.remote;
      const branches = [...new Set([...(known.branches ?? []), ...facts.branches])];
      repository = new Repository(root, remote && { ...remote, branches });
      repositories.set(root, repository);
    }
    return repository.viewOf(absolute);
  };
}
