/** Added lines of a pull request, from the pull request files API (works with a shallow checkout). */

/** One entry of `GET /repos/{owner}/{repo}/pulls/{number}/files`, reduced to what we read. */
export interface PullRequestFile {
  filename: string;
  status: string;
  /** Absent for binary files and for diffs GitHub finds too large to show. */
  patch?: string;
}

/** Per file (repository-relative path): the 1-based line numbers the pull request adds, or `all`. */
export type AddedLines = ReadonlyMap<string, ReadonlySet<number> | 'all'>;

const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

/** Line numbers (in the new file) of the `+` lines of a unified diff patch. */
export function addedLinesOfPatch(patch: string): Set<number> {
  const added = new Set<number>();
  let next = 0;
  for (const line of patch.split(/\r?\n/)) {
    const header = HUNK_HEADER.exec(line);
    if (header) {
      next = Number(header[1]);
      continue;
    }
    if (next === 0) continue;
    if (line.startsWith('+')) added.add(next++);
    else if (line.startsWith(' ') || line === '') next++;
    // `-` lines are not in the new file; `\ No newline at end of file` is not a line at all.
  }
  return added;
}

/**
 * Added lines of every file a pull request changes. A file without a patch (diff too large to show)
 * counts as wholly added, so that its findings are still annotated rather than silently dropped.
 */
export function addedLinesOfPullRequest(files: readonly PullRequestFile[]): AddedLines {
  const result = new Map<string, ReadonlySet<number> | 'all'>();
  for (const file of files) {
    if (file.status === 'removed') continue;
    result.set(file.filename, file.patch === undefined ? 'all' : addedLinesOfPatch(file.patch));
  }
  return result;
}

/** True when the pull request adds any of the lines `from`..`to` of `file`. */
export function touchesAddedLines(added: AddedLines, file: string, from: number, to = from): boolean {
  const lines = added.get(file);
  if (lines === undefined) return false;
  if (lines === 'all') return true;
  for (let line = from; line <= to; line++) if (lines.has(line)) return true;
  return false;
}
