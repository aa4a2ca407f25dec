import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { stripBom } from '../text/bom.js';
import { ConfigError } from './error.js';
import type { ConfigFile } from './validate.js';

/** A loaded configuration: the file's settings plus where they came from. */
export interface Config extends ConfigFile {
  /** The file the settings came from (absolute); absent when no configuration file was found. */
  file?: string;
}

/** Looked for in the working folder, in this order; the first one present wins. */
const CONFIG_FILES = ['.paperlintrc.json', '.paperlintrc', 'package.json'] as const;

/** JSON.parse with the position turned into line:column, as one line. */
function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(stripBom(text));
  } catch (error) {
    let message = (error as Error).message.replace(/\s+/g, ' ');
    const position = /at position (\d+)/.exec(message);
    if (position && !/\bline \d+/.test(message)) {
      const before = text.slice(0, Number(position[1]));
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
    if (code === 'ENOENT') return undefined;
    throw new ConfigError(shown, `cannot read (${code ?? (error as Error).message})`);
  }
}

/** The configuration inside one file's text; undefined for a package.json without a "paperlint" key. */
async function configFromText(text: string, shown: string): Promise<ConfigFile | undefined> {
  const parsed = parseJson(text, shown);
  // The validator (ajv) loads only when there is a configuration to validate.
  const { validateConfig } = await import('./validate.js');
  if (path.basename(shown) !== 'package.json') return validateConfig(parsed, shown);
  const settings = (parsed as { paperlint?: unknown } | null)?.paperlint;
  return settings === undefined ? undefined : validateConfig(settings, shown, 'paperlint');
}

/**
 * Finds and validates the configuration: `configPath` when given (relative to `cwd`), otherwise the
 * first of CONFIG_FILES in `cwd`. No file at all gives the empty configuration (every rule's default).
 */
export async function loadConfig({ cwd, configPath }: { cwd: string; configPath?: string }): Promise<Config> {
  if (configPath !== undefined) {
    const absolute = path.resolve(cwd, configPath);
    const text = await readIfPresent(absolute, configPath);
    if (text === undefined) throw new ConfigError(configPath, 'no such file');
    const settings = await configFromText(text, configPath);
    if (settings === undefined) throw new ConfigError(configPath, 'no "paperlint" key');
    return { ...settings, file: absolute };
  }
  for (const name of CONFIG_FILES) {
    const absolute = path.join(cwd, name);
    const text = await readIfPresent(absolute, name);
    if (text === undefined) continue;
    const settings = await configFromText(text, name);
    if (settings !== undefined) return { ...settings, file: absolute };
  }
  return {};
}
