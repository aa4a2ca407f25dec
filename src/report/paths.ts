import path from 'node:path';

/**
 * A file as every format names it: relative to `cwd` with forward slashes, `../` for a file outside it (a
 * relative path stays as it is, so `lint()`'s names pass through reporters unchanged).
 */
export function displayPath(file: string, cwd: string): string {
  return path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/').replaceAll('\\', '/');
}
