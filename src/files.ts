import { isGlob } from './glob.js';
import { InputError } from './lint.js';

/** Expands file arguments: literal paths are kept (a missing one is an input error), globs must match. */
export async function resolveFiles(
  patterns: string[],
  cwd: string,
  ignore: string[] = [],
): Promise<string[]> {
  const files: string[] = [];
  for (const pattern of patterns) {
    if (!isGlob(pattern)) {
      files.push(pattern);
      continue;
    }
    // The glob library loads only for a pattern: a run on named files does without it.
    const { glob } = await import('tinyglobby');
    const matches = await glob(pattern, { cwd, ignore: ['**/node_modules/**', ...ignore], onlyFiles: true });
    if (matches.length === 0) throw new InputError(`no files match '${pattern}'`);
    files.push(...matches.sort());
  }
  return [...new Set(files)];
}
