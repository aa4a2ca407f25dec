/**
 * What the Action may read. Under `pull_request_target` the checkout is a stranger's: a list that is a
 * symbolic link (`README.md -> /home/runner/.env`, `-> .git/config`) would put another file's text into
 * annotations, suggestions and the job summary. So the Action reads only files whose real path lies inside
 * the workspace and outside `.git`, and never through a symbolic link the pull request adds or changes.
 */
import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';

const inside = (folder: string, file: string) => {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
};

/**
 * Why `file` (relative to `workspace`) may not be read, or undefined when it may. `changed`: the paths the
 * pull request adds or changes (repository-relative, with `/`), absent outside pull requests.
 */
export async function workspaceRefusal(
  workspace: string,
  file: string,
  changed?: { has(path: string): boolean },
): Promise<string | undefined> {
  const root = await realpath(workspace);
  const parts = path.relative(workspace, path.resolve(workspace, file)).split(path.sep);
  for (let depth = 1; depth <= parts.length; depth++) {
    const at = parts.slice(0, depth).join('/');
    const info = await lstat(path.join(workspace, at)).catch(() => undefined);
    if (!info) return undefined; // Missing: reading it says so.
    if (info.isSymbolicLink() && changed?.has(at))
      return `${at} is a symbolic link the pull request adds or changes`;
  }
  const real = await realpath(path.resolve(workspace, file));
  if (!inside(root, real)) return 'its real path is outside the workspace';
  if (inside(path.join(root, '.git'), real) || real === path.join(root, '.git'))
    return "its real path is inside the repository's .git folder";
  return undefined;
}
