import path from 'node:path';

/** A finding's file as shown to users: relative to `cwd` when absolute, always with forward slashes. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.isAbsolute(file) ? path.relative(cwd, file) : file;
  return relative.split(path.sep).join('/').replaceAll('\\', '/');
}
