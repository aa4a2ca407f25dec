/**
 * A file as every format names it: relative to `cwd` with forward slashes, `../` for a file outside it (a
 * relative path stays as it is, so `lint()`'s names pass through reporters unchanged).
 */
export declare function displayPath(file: string, cwd: string): string;
