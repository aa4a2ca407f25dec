/**
 * Where a destination written in a repository's Markdown file leads inside that repository, as GitHub reads
 * it: relative paths from the file's folder, `/…` from the repository's root, and links to the repository's
 * own files on github.com (`https://github.com/OWNER/REPO/blob/BRANCH/path`). Pure: no file is read here.
 */
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
{
    kind: 'fragment';
    fragment: string;
}
/** A file or folder from the repository's root (`docs/x.md`, `` for the root), perhaps with an anchor. */
 | {
    kind: 'path';
    path: string;
    fragment?: string;
}
/** A relative path that climbs above the repository's root. */
 | {
    kind: 'outside';
};
/**
 * Where a destination written in `file` (its path from the root) leads in the repository; undefined for a
 * destination elsewhere (another site, another branch, `mailto:`), for an empty one and for GitHub's own
 * pages of the repository.
 */
export declare function repositoryTarget(url: string, file: string, remote?: RepositoryRemote): RepositoryTarget | undefined;
