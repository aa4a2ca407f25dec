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
}

async function isFolder(file: string): Promise<boolean> {
  return stat(file).then(
    (info) => info.isDirectory(),
    () => false,
  );
}

/**
 * A glob's matches, or a folder's Markdown files (relative to `cwd`, sorted); the glob library loads only for a
 * pattern or a folder.
 */
async function globFiles(pattern: string, cwd: string, ignore: string[], folder: boolean): Promise<string[]> {
  const { glob, escapePath } = await import('tinyglobby');
  const wanted = folder
    ? `${escapePath(pattern.split(path.sep).join('/').replace(/\/+$/, ''))}/${MARKDOWN_IN_FOLDER}`
    : pattern;
  const matches = await glob(wanted, { cwd, ignore: ['**/node_modules/**', ...ignore], onlyFiles: true });
  return matches.sort();
}

/**
 * Expands file arguments: literal paths are kept (a missing one is an input error), a folder stands for its
 * Markdown files, globs must match. `ignore` globs (relative to `cwd`) leave matches out; `selection.ignored`
 * leaves out any file, and a file named on the command line that it leaves out is told to `onIgnored`, as
 * ESLint warns of an ignored file it is given.
 */
export async function resolveFiles(
  patterns: string[],
  cwd: string,
  ignore: string[] = [],
  selection: FileSelection = {},
): Promise<string[]> {
  const { ignored = async () => undefined, onIgnored } = selection;
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
    const matches = await globFiles(pattern, cwd, ignore, folder);
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
