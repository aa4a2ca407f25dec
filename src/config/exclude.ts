/**
 * Link exclusions (`--exclude <regex>`, config `links.exclude`): regular expressions searched for in a link's
 * URL as written, as lychee's `--exclude` and markdown-link-check's `ignorePatterns` do. An excluded link is
 * not verified at all: no request, no verdict, no network finding.
 *
 * The patterns are the user's and the URLs a stranger's (a pull request's): with a backtracking engine,
 * `(a+)+$` against a 34-letter URL ran for minutes. They are written in JavaScript's syntax but run in
 * re2js, whose matching time is linear in the URL; lookarounds and backreferences, which need backtracking,
 * are refused when the pattern is read.
 */

import type { RE2JS } from 're2js';
import type { ConfigFile } from './validate.js';

let engine: typeof RE2JS | undefined;

/** Loads the matching engine (re2js, 260 KB) once; a run without exclusions never loads it. */
export async function loadExclusionEngine(): Promise<void> {
  engine ??= (await import('re2js')).RE2JS;
}

/** A compiled exclusion: whether it occurs in a URL. */
export interface ExclusionPattern {
  test(url: string): boolean;
}

export type CompiledExclusion = { pattern: ExclusionPattern } | { invalid: string };

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** Why a pattern is no JavaScript regular expression (`unterminated group`), or undefined when it is one. */
export function syntaxProblem(source: string): string | undefined {
  try {
    new RegExp(source);
    return undefined;
  } catch (error) {
    const message = (error as Error).message;
    const prefix = `Invalid regular expression: /${source}/: `;
    return lowerFirst(message.startsWith(prefix) ? message.slice(prefix.length) : message);
  }
}

/**
 * Compiles one exclusion (after `loadExclusionEngine`); when it cannot be one, why (`unterminated group`),
 * for a one-line error.
 */
export function compileExclusion(source: string): CompiledExclusion {
  const problem = syntaxProblem(source);
  if (problem) return { invalid: problem };
  if (!engine) throw new Error('the exclusion engine is not loaded');
  try {
    const compiled = engine.compile(engine.translateRegExp(source));
    return { pattern: { test: (url) => compiled.matcher(url).find() } };
  } catch (error) {
    const why = (error as Error).message.replace(/^error parsing regexp: /, '');
    return {
      invalid: `not matchable in linear time: ${why}; lookarounds and backreferences are not supported`,
    };
  }
}

/** A pattern as error messages quote it: on one line, whatever it holds. */
export function quotedPattern(source: string): string {
  return `'${source.replace(/\r?\n|\r/g, '\\n')}'`;
}

/** The sources of a run's exclusions: the configuration's `links.exclude`, then the command line's. */
export function exclusionSources(config: ConfigFile | undefined, extra: readonly string[] = []): string[] {
  return [...(config?.links?.exclude ?? []), ...extra];
}

/**
 * Whether a link's URL is excluded by the configuration's `links.exclude` or the command line's patterns,
 * all validated when they were read (the engine is loaded by then).
 */
export function linkExclusion(
  config: ConfigFile | undefined,
  extra: readonly string[] = [],
): (url: string) => boolean {
  const patterns = exclusionSources(config, extra).map((source) => {
    const compiled = compileExclusion(source);
    if ('invalid' in compiled) throw new Error(`exclusion ${quotedPattern(source)}: ${compiled.invalid}`);
    return compiled.pattern;
  });
  return (url) => patterns.some((pattern) => pattern.test(url));
}
