/**
 * The repository a linted file belongs to, read from the disk for `local-link`: the folder holding `.git`
 * above the file, its folders (listed once each, on first use), the anchors of its Markdown files, and its
 * GitHub remote and branches from `.git` itself (no git process). Nothing outside the root is read: paths
 * that leave it are refused here too, and symbolic links are never followed to read a file.
 */
import type { RepositoryView } from './rules/rule.js';
import type { RepositoryRemote } from './text/repository-url.js';
/** Finds the repository of a linted file (its absolute path); undefined when it lies in none. */
export type RepositoryLookup = (file: string) => RepositoryView | undefined;
/** What the caller knows better than `.git` (the Action: its workspace, `GITHUB_REPOSITORY`, the event's branches). */
export interface KnownRepository {
    root?: string;
    remote?: Omit<RepositoryRemote, 'branches'>;
    branches?: readonly string[];
}
/** `owner/repo` on a host from a remote URL: `git@github.com:o/r.git`, `https://github.com/o/r`, `ssh://…`. */
export declare function remoteOf(url: string): Omit<RepositoryRemote, 'branches'> | undefined;
/**
 * Finds each linted file's repository: `known.root` when the file lies in it (the Action's workspace), else the
 * nearest folder above it holding `.git`. One `Repository` per root, so folders are listed once per run.
 */
export declare function repositoryLookup(known?: KnownRepository): RepositoryLookup;
