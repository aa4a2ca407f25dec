import { type Dirent, readdir, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { isGlob } from './glob.js';
import type { IgnoredCheck } from './ignore-files.js';
import { InputError } from './input-error.js';

/** The Markdown files a folder argument stands for (markdownlint-cli2's and remark's extensions). */
const MARKDOWN_IN_FOLDER = '**/*.{md,markdown}';

export interface FileSelection {
  /** Why a file should not be linted (`.gitignore`, `.paperlintignore`, the configuration), or undefined. */
  ignored?: IgnoredCheck;
  /** Told of each file named on the command line that `ignored` leaves out. */
  onIgnored?: (file: string, reason: string) => void;
  /** Told, in one line each, what a glob or a folder passed by and why (a symbolically linked folder). */
  onSkipped?: (message: string) => void;
}

async function isFolder(file: string): Promise<boolean> {
  return stat(file).then(
    (info) => info.isDirectory(),
    () => false,
  );
}

type ReaddirCallback = (error: NodeJS.ErrnoException | null, entries: Dirent[]) => void;

/** Whether a folder at `segments` may hold a file that `pattern` matches (a `**` reaches anywhere below). */
function mayHoldMatches(
  pattern: string[],
  segments: string[],
  isMatch: (name: string, glob: string) => boolean,
) {
  for (const [index, segment] of segments.entries()) {
    const glob = pattern[index];
    if (glob === undefined) return false;
    if (glob === '**') return true;
    if (!isMatch(segment, glob)) return false;
  }
  return pattern.length > segments.length;
}

/**
 * A glob's matches, or a folder's Markdown files (relative to `cwd`, sorted); the glob libraries load only for
 * a pattern or a folder. Symbolic links are not followed into folders (`rootfs -> /` must not walk the whole
 * disk): `skipped` is told of each linked folder the pattern could reach into. A linked file the pattern
 * matches is kept, as a file named on the command line is.
 */
async function globFiles(
  pattern: string,
  cwd: string,
  folder: boolean,
  skipped: (message: string) => void,
): Promise<string[]> {
  const [{ glob, escapePath }, { default: picomatch }] = await Promise.all([
    import('tinyglobby'),
    import('picomatch'),
  ]);
  const wanted = folder
    ? `${escapePath(pattern.split(path.sep).join('/').replace(/\/+$/, ''))}/${MARKDOWN_IN_FOLDER}`
    : pattern;
  const links: string[] = [];
  // The walk's own readdir, noting the symbolic links in each folder it reads (it passes them by).
  const noteLinks = (at: string, options: object, callback: ReaddirCallback) =>
    readdir(at, { ...options, withFileTypes: true }, (error, entries) => {
      for (const entry of entries ?? []) if (entry.isSymbolicLink()) links.push(path.join(at, entry.name));
      callback(error, entries);
    });
  const ignored = ['**/node_modules/**'];
  const matches = await glob(wanted, {
    cwd,
    ignore: ignored,
    onlyFiles: true,
    followSymbolicLinks: false,
    fs: { readdir: noteLinks as never },
  });
  const relative = wanted.replace(/^\.\//, '');
  const matchesPattern = picomatch(relative);
  const isIgnored = picomatch(ignored);
  for (const link of links) {
    const shown = path.relative(cwd, link).split(path.sep).join('/');
    if (isIgnored(shown)) continue;
    let linkedFolder: boolean;
    try {
      linkedFolder = statSync(link).isDirectory();
    } catch {
      continue; // A dangling link holds nothing.
    }
    if (!linkedFolder) {
      if (matchesPattern(shown)) matches.push(shown);
    } else if (
      mayHoldMatches(relative.split('/'), shown.split('/'), (name, glob) => picomatch.isMatch(name, glob))
    ) {
      skipped(`not following ${shown}: a symbolic link to a folder (globs do not descend linked folders)`);
    }
  }
  return matches.sort();
}

/**
 * Expands file arguments: literal paths are kept (a missing one is an input error), a folder stands for its
 * Markdown files, globs must match (never into node_modules). `selection.ignored` leaves out any file (the
 * ignore files' and the configurations' globs, each relative to where it is written), and a file named on the
 * command line that it leaves out is told to `onIgnored`, as ESLint warns of an ignored file it is given.
 */
export async function resolveFiles(
  patterns: string[],
  cwd: string,
  selection: FileSelection = {},
): Promise<string[]> {
  const { ignored = async () => undefined, onIgnored, onSkipped = () => {} } = selection;
  const kept = async (files: string[]) => {
    const reasons = await Promise.all(files.map((file) => ignored(path.resolve(cwd, file))));
    return files.filter((_, i) => reasons[i] === undefined);
  };
  const files: string[] = [];
  for (const pattern of patterns) {
    const folder = !isGlob(pattern) && (await isFolder(path.resolve(cwd, pattern)));
    if (!isGlob(pattern) && !folder) {
      const reason = await ignored(path.resolve(cwd, pattern));
      if (reason === undefined) files.push(pattern);
      else onIgnored?.(pattern, reason);
      continue;
    }
    const matches = await globFiles(pattern, cwd, folder, onSkipped);
    if (matches.length === 0)
      throw new InputError(
        folder ? `${pattern}: no Markdown files in this folder` : `no files match '${pattern}'`,
      );
    const selected = await kept(matches);
    if (selected.length === 0)
      throw new InputError(`all files ${folder ? `in ${pattern}` : `matching '${pattern}'`} are ignored`);
    files.push(...selected);
  }
  return [...new Set(files)];
}
