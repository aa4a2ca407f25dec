import type { Root } from 'mdast';
import { type Config } from './config/index.js';
import type { Finding, PaperList, Report, RuleFinding, RuleId, Severity, Summary } from './types.js';
import type { VerifyOptions, VerifyRequest } from './verify/types.js';
/** A problem with the input itself (missing, unreadable or binary file): the CLI exits 2 on it. */
export declare class InputError extends Error {
    name: string;
}
export interface LintOptions {
    /** Folder that file names in the report are relative to. */
    cwd?: string;
    config?: Config;
    /** Pins "today" for date checks (tests, reproducible runs). */
    today?: Date;
    /**
     * Network verification (links, arXiv, DOIs, GitHub). Omitted: offline rules only.
     * `lines` limits verification to links on the lines it accepts (the Action's added lines).
     */
    verify?: Partial<VerifyOptions> & {
        lines?: (file: string, line: number) => boolean;
    };
}
/** One file after the offline pass: what the network pass and `--fix` need. */
export interface LintedFile {
    /** Path as shown in reports (relative to cwd, forward slashes). */
    file: string;
    list: PaperList;
    tree: Root;
    findings: Finding[];
    /** True when a paperlint comment silences `rule` on `line`. */
    suppressed: (rule: RuleId, line: number) => boolean;
}
/** Reads a file as a list to lint: refuses directories and binary files, decodes invalid UTF-8 leniently. */
export declare function readListFile(filePath: string): Promise<string>;
/** Turns a rule's finding into a reported one, applying the configured severity when there is one. */
export declare function toFinding(file: string, rule: RuleId, finding: RuleFinding, severity?: Severity): Finding;
/** Lints one document's text with the offline rules. Pure apart from the clock when `today` is unset. */
export declare function lintText(text: string, file: string, options?: LintOptions): LintedFile;
export declare function displayPath(filePath: string, cwd: string): string;
export declare function sortFindings(findings: Finding[]): Finding[];
export declare function summarize(files: LintedFile[], findings: Finding[], links?: Summary['links']): Summary;
type LineFilter = (file: string, line: number) => boolean;
/**
 * What to verify: every link of the file and every arXiv id and DOI of its entries, on the accepted lines.
 * arXiv links are never fetched (their ids go to the API); an id outside the grammar is `arxiv-url`'s error
 * already and is not asked for.
 */
export declare function verifyRequestOf(files: LintedFile[], lines?: LineFilter, today?: Date): VerifyRequest;
/** The library entry: lints files with the offline rules and, when asked, verifies their links. */
export declare function lint(files: string[], options?: LintOptions): Promise<Report>;
export {};
