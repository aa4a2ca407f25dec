import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { displayPath } from '../report/paths.js';
import { stripBom } from '../text/bom.js';
import { ConfigError } from './error.js';
import { loadExclusionEngine } from './exclude.js';
import { stripJsonComments } from './jsonc.js';
import type { ConfigFile } from './validate.js';

/** A loaded configuration: the file's settings plus where they came from. */
export interface Config extends ConfigFile {
  /** The file the settings came from (absolute); absent when no configuration file was found. */
  file?: string;
}

/** Looked for in each folder, in this order; the first one present wins. */
const CONFIG_FILES = ['.paperlintrc.json', '.paperlintrc.jsonc', '.paperlintrc', 'package.json'] as const;

/** JSON.parse with the position turned into line:column, as one line; comments allowed except in package.json. */
function parseJson(text: string, file: string): unknown {
  const json = path.basename(file) === 'package.json' ? stripBom(text) : stripJsonComments(stripBom(text));
  try {
    return JSON.parse(json);
  } catch (error) {
    let message = (error as Error).message.replace(/\s+/g, ' ');
    const position = /at position (\d+)/.exec(message);
    if (position && !/\bline \d+/.test(message)) {
      const before = json.slice(0, Number(position[1]));
      const line = before.split('\n').length;
      message += ` (line ${line} column ${before.length - before.lastIndexOf('\n')})`;
    }
    throw new ConfigError(file, `invalid JSON: ${message}`);
  }
}

/** Reads a file, or undefined when it does not exist; other failures are configuration errors. */
async function readIfPresent(absolute: string, shown: string): Promise<string | undefined> {
  try {
    return await readFile(absolute, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new ConfigError(shown, `cannot read (${code ?? (error as Error).message})`);
  }
}

/** The configuration inside one file's text; undefined for a package.json without a "paperlint" key. */
async function configFromText(text: string, shown: string): Promise<ConfigFile | undefined> {
  const parsed = parseJson(text, shown);
  const inPackage = path.basename(shown) === 'package.json';
  const settings = inPackage ? (parsed as { paperlint?: unknown } | null)?.paperlint : parsed;
  if (settings === undefined) return undefined;
  // The validator (ajv) loads only when there is a configuration to validate, and the exclusions' matching
  // engine only when it has exclusions to check.
  const { validateConfig } = await import('./validate.js');
  if ((settings as ConfigFile | null)?.links?.exclude) await loadExclusionEngine();
  return validateConfig(settings, shown, inPackage ? 'paperlint' : '');
}

/** The named configuration file (`--config`), relative to `cwd`. */
async function explicitConfig(cwd: string, configPath: string): Promise<Config> {
  const absolute = path.resolve(cwd, configPath);
  const text = await readIfPresent(absolute, configPath);
  if (text === undefined) throw new ConfigError(configPath, 'no such file');
  const settings = await configFromText(text, configPath);
  if (settings === undefined) throw new ConfigError(configPath, 'no "paperlint" key');
  return { ...settings, file: absolute };
}

/** The configuration of one folder (the first of CONFIG_FILES in it), or undefined when it has none. */
async function folderConfig(folder: string, cwd: string): Promise<Config | undefined> {
  for (const name of CONFIG_FILES) {
    const absolute = path.join(folder, name);
    const shown = displayPath(absolute, cwd);
    const text = await readIfPresent(absolute, shown);
    if (text === undefined) continue;
    const settings = await configFromText(text, shown);
    if (settings !== undefined) return { ...settings, file: absolute };
  }
  return undefined;
}

/**
 * The configuration of each file, as ESLint and Prettier find theirs: `configPath` when given (relative to
 * `cwd`) for every file; otherwise the nearest configuration file in the file's folder or a folder above it,
 * the first of CONFIG_FILES in that folder (no merging with folders further up). No file at all gives the
 * empty configuration (every rule's default). Each folder is read once.
 */
export function configFinder({ cwd, configPath }: { cwd: string; configPath?: string }) {
  let explicit: Promise<Config> | undefined;
  const named = configPath === undefined ? undefined : () => (explicit ??= explicitConfig(cwd, configPath));
  const folders = new Map<string, Promise<Config>>();
  const nearest = (folder: string): Promise<Config> => {
    let found = folders.get(folder);
    if (!found) {
      const parent = path.dirname(folder);
      found = folderConfig(folder, cwd).then((own) => own ?? (parent === folder ? {} : nearest(parent)));
      folders.set(folder, found);
    }
    return found;
  };
  return {
    /** The configuration that applies to `file` (relative to `cwd` or absolute). */
    forFile: (file: string): Promise<Config> => named?.() ?? nearest(path.dirname(path.resolve(cwd, file))),
    /** The configuration that applies to the files of `folder`. */
    forFolder: (folder: string): Promise<Config> => named?.() ?? nearest(path.resolve(cwd, folder)),
  };
}

export type ConfigFinder = ReturnType<typeof configFinder>;

/**
 * Finds and validates the configuration of the working folder: `configPath` when given (relative to `cwd`),
 * otherwise the nearest configuration file in `cwd` or a folder above it.
 */
export async function loadConfig({ cwd, configPath }: { cwd: string; configPath?: string }): Promise<Config> {
  return configFinder({ cwd, configPath }).forFolder(cwd);
}
