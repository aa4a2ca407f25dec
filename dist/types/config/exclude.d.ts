/**
 * Link exclusions (`--exclude <regex>`, config `links.exclude`): regular expressions searched for in a link's
 * URL as written, as lychee's `--exclude` and markdown-link-check's `ignorePatterns` do. An excluded link is
 * not verified at all: no request, no verdict, no network finding.
 */
import type { ConfigFile } from './validate.js';
export type CompiledExclusion = {
    pattern: RegExp;
} | {
    invalid: string;
};
/** Compiles one exclusion; when it is no regular expression, why (`unterminated group`), for a one-line error. */
export declare function compileExclusion(source: string): CompiledExclusion;
/** A pattern as error messages quote it: on one line, whatever it holds. */
export declare function quotedPattern(source: string): string;
/**
 * Whether a link's URL is excluded by the configuration's `links.exclude` (validated when the file was read)
 * or by the command line's own patterns.
 */
export declare function linkExclusion(config: ConfigFile | undefined, extra?: readonly RegExp[]): (url: string) => boolean;
