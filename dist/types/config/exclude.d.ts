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
import type { ConfigFile } from './validate.js';
/** Loads the matching engine (re2js, 260 KB) once; a run without exclusions never loads it. */
export declare function loadExclusionEngine(): Promise<void>;
/** A compiled exclusion: whether it occurs in a URL. */
export interface ExclusionPattern {
    test(url: string): boolean;
}
export type CompiledExclusion = {
    pattern: ExclusionPattern;
} | {
    invalid: string;
};
/** Why a pattern is no JavaScript regular expression (`unterminated group`), or undefined when it is one. */
export declare function syntaxProblem(source: string): string | undefined;
/**
 * Compiles one exclusion (after `loadExclusionEngine`); when it cannot be one, why (`unterminated group`),
 * for a one-line error.
 */
export declare function compileExclusion(source: string): CompiledExclusion;
/** A pattern as error messages quote it: on one line, whatever it holds. */
export declare function quotedPattern(source: string): string;
/** The sources of a run's exclusions: the configuration's `links.exclude`, then the command line's. */
export declare function exclusionSources(config: ConfigFile | undefined, extra?: readonly string[]): string[];
/**
 * Whether a link's URL is excluded by the configuration's `links.exclude` or the command line's patterns,
 * all validated when they were read (the engine is loaded by then).
 */
export declare function linkExclusion(config: ConfigFile | undefined, extra?: readonly string[]): (url: string) => boolean;
