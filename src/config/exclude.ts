/**
 * Link exclusions (`--exclude <regex>`, config `links.exclude`): regular expressions searched for in a link's
 * URL as written, as lychee's `--exclude` and markdown-link-check's `ignorePatterns` do. An excluded link is
 * not verified at all: no request, no verdict, no network finding.
 */

import type { ConfigFile } from './validate.js';

export type CompiledExclusion = { pattern: RegExp } | { invalid: string };

/** Compiles one exclusion; when it is no regular expression, why (`unterminated group`), for a one-line error. */
export function compileExclusion(source: string): CompiledExclusion {
  try {
    return { pattern: new RegExp(source) };
  } catch (error) {
    const message = (error as Error).message;
    const prefix = `Invalid regular expression: /${source}/: `;
    const reason = message.startsWith(prefix) ? message.slice(prefix.length) : message;
    return { invalid: reason.charAt(0).toLowerCase() + reason.slice(1) };
  }
}

/** A pattern as error messages quote it: on one line, whatever it holds. */
export function quotedPattern(source: string): string {
  return `'${source.replace(/\r?\n|\r/g, '\\n')}'`;
}

/**
 * Whether a link's URL is excluded by the configuration's `links.exclude` (validated when the file was read)
 * or by the command line's own patterns.
 */
export function linkExclusion(
  config: ConfigFile | undefined,
  extra: readonly RegExp[] = [],
): (url: string) => boolean {
  const patterns = [...(config?.links?.exclude ?? []).map((source) => new RegExp(source)), ...extra];
  return (url) => patterns.some((pattern) => pattern.test(url));
}
