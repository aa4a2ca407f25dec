import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Ignore } from 'ignore';
import type { Config, ConfigFinder } from './config/index.js';
import { displayPath } from './report/paths.js';

/** The ignore files honoured in every folder, `.gitignore` first so that `.paperlintignore` can re-include. */
const IGNORE_FILES = ['.gitignore', '.paperlintignore'] as const;

/** Why a file is not linted (the ignore file or configuration that says so), or undefined. */
export type IgnoredCheck = (absolute: string) => Promise<string | undefined>;

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

/** The folder ignore files count from: the git repository's top folder when `cwd` is inside one, else `cwd`. */
async function ignoreRoot(cwd: string): Promise<string> {
  for (let folder = cwd; ; folder = path.dirname(folder)) {
    if (await exists(path.join(folder, '.git'))) return folder;
    if (path.dirname(folder) === folder) return cwd;
  }
}

const posix = (relative: string) => relative.split(path.sep).join('/');

/**
 * `.gitignore` and `.paperlintignore` as git reads `.gitignore`: the files of the repository's top folder (or
 * of `cwd` outside a repository) and of each folder down to a file's own apply to it, a deeper one's `!pattern`
 * re-including what a higher one ignored. Files outside that folder are never ignored by them. Each ignore file
 * is read once; the pattern library loads only when one exists.
 */
export function ignoreFiles(cwd: string): IgnoredCheck {
  const root = ignoreRoot(cwd);
  const folders = new Map<string, Promise<Array<{ file: string; rules: Ignore }>>>();
  const rulesOf = (folder: string) => {
    let rules = folders.get(folder);
    if (!rules) {
      rules = Promise.all(
        IGNORE_FILES.map(async (name) => {
          const file = path.join(folder, name);
          const text = await readFile(file, 'utf8').catch(() => undefined);
          if (text === undefined) return [];
          const { default: ignore } = await import('ignore');
          return [{ file, rules: ignore({ ignorecase: false }).add(text) }];
        }),
      ).then((found) => found.flat());
      folders.set(folder, rules);
    }
    return rules;
  };
  return async (absolute) => {
    const top = await root;
    const relative = path.relative(top, absolute);
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
    const parts = path.dirname(relative) === '.' ? [] : path.dirname(relative).split(path.sep);
    let reason: string | undefined;
    for (let depth = 0; depth <= parts.length; depth++) {
      const folder = path.join(top, ...parts.slice(0, depth));
      for (const { file, rules } of await rulesOf(folder)) {
        const verdict = rules.test(posix(path.relative(folder, absolute)));
        if (verdict.ignored) reason = displayPath(file, cwd);
        else if (verdict.unignored) reason = undefined;
      }
    }
    return reason;
  };
}

/** Each configuration's `ignore` globs, compiled once (the pattern library loads only for a configuration with some). */
const compiledIgnores = new WeakMap<Config, Promise<(relative: string) => boolean>>();

function configIgnores(config: Config): Promise<(relative: string) => boolean> {
  let matcher = compiledIgnores.get(config);
  if (!matcher) {
    matcher = import('picomatch').then(({ default: picomatch }) =>
      picomatch([...(config.ignore ?? [])], { dot: true }),
    );
    compiledIgnores.set(config, matcher);
  }
  return matcher;
}

/**
 * Every reason a file is not linted: the ignore files (`ignoreFiles`), then the `ignore` globs of the file's
 * configuration, matched against its path relative to the configuration file's folder (to `cwd` for a
 * configuration named with `--config`, as ESLint does).
 */
export function lintIgnores(cwd: string, configs: ConfigFinder, named: boolean): IgnoredCheck {
  const byFiles = ignoreFiles(cwd);
  return async (absolute) => {
    const reason = await byFiles(absolute);
    if (reason !== undefined) return reason;
    const config = await configs.forFile(absolute);
    if (!config.ignore?.length || !config.file) return undefined;
    const relative = path.relative(named ? cwd : path.dirname(config.file), absolute);
    const matches = !relative.startsWith('..') && (await configIgnores(config))(posix(relative));
    return matches ? `"ignore" in ${displayPath(config.file, cwd)}` : undefined;
  };
}
