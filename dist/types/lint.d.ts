import { type Config } from './config/index.js';
import { InputError } from './input-error.js';
import { displayPath } from './report/paths.js';
import { type RepositoryLookup } from './repository.js';
import { type RepositoryView } from './rules/rule.js';
import { type FileSnapshot } from './safe-fs.js';
import type { Finding, PaperList, Report, RuleFinding, RuleId, Severity } from './types.js';
import type { VerifyOptions, VerifyResults } from './verify/types.js';
export { InputError };
export interface LintOptions {
    /** Folder that file names in the report are relative to. */
    cwd?: string;
    /**
     * The configuration of every file. Omitted: `lint()` finds each file's own, as the CLI does (the nearest
     * `.paperlintrc.json`, `.paperlintrc.jsonc`, `.paperlintrc` or `package.json` "paperlint" key in the file's folder
     * or a folder above it); `lintText()` uses every rule's default.
     */
    config?: Config;
    /** Pins "today" for date checks (tests, reproducible runs). */
    today?: Date;
    /** Largest list file read, in bytes (`--max-file-size`; default: the config's `maxFileSize`, else 20 MB). */
    maxFileSize?: number;
    /**
     * Finds the repository of a linted file (absolute path), whose files and anchors `local-link` checks and whose
     * own github.com links are not fetched. `lint()` looks for the folder holding `.git` when this is absent;
     * `lintText` knows no repository unless given one.
     */
    repository?: RepositoryLookup;
    /**
     * Network verification (links, arXiv, DOIs, GitHub). Omitted: offline rules only.
     * `lines` limits verification to links on the lines it accepts (the Action's added lines); `searchLines`
     * limits arXiv title searches the same way (default: `lines`), so a pull request that verifies every link
     * still searches only for its own entries.
     */
    verify?: Partial<VerifyOptions> & {
        lines?: (file: string, line: number) => boolean;
        searchLines?: (file: string, line: number) => boolean;
        /** Links whose URL matches one are not verified (`--exclude`; the configuration's `links.exclude` add to them). */
        exclude?: readonly string[];
    };
}
/** One file after the offline pass: what the network pass and `--fix` need. */
export interface LintedFile {
    /** Path as shown in reports (relative to cwd, forward slashes). */
    file: string;
    /** The file's configuration: its rules' settings and link exclusions, online too. */
    config?: Config;
    list: PaperList;
    findings: Finding[];
    /** True when a paperlint comment silences `rule` on `line`. */
    suppressed: (rule: RuleId, line: number) => boolean;
    /** Findings an arXiv title search may complete with a link (see `RuleFinding.arxivLink`), with the rule's own. */
    awaitingSearch: Map<Finding, RuleFinding>;
    /** The repository the file belongs to, when known. */
    repository?: RepositoryView;
}
/** Errors first: the order findings are sorted and annotated in. */
export declare const SEVERITY_ORDER: Record<Severity, number>;
/** A list file as read: its text (invalid UTF-8 decoded leniently), whether it was valid UTF-8, and what it was. */
export interface ListSource {
    text: string;
    utf8: boolean;
    snapshot: FileSnapshot;
}
/** The size limit of a run's lists: the command line's, else the configuration's, else the default. */
export declare function maxFileSizeOf(options: Pick<LintOptions, 'maxFileSize' | 'config'>): number;
/**
 * Reads a file as a list to lint: only a regular file of at most `maxBytes`; refuses binary files and decodes
 * invalid UTF-8 leniently. Errors name the file as `shownAs` (what the user typed), not its absolute path.
 */
export declare function readListSource(filePath: string, shownAs?: string, maxBytes?: number): Promise<ListSource>;
/**
 * A list's bytes as text (from a file or stdin): binary input is refused, invalid UTF-8 decoded leniently;
 * `utf8` says whether it was valid.
 */
export declare function decodeList(bytes: Uint8Array, shownAs: string): {
    text: string;
    utf8: boolean;
};
/** The text of a list file (see `readListSource`). */
export declare function readListFile(filePath: string, shownAs?: string, maxBytes?: number): Promise<string>;
/** Lints one document's text with the offline rules. Pure apart from the clock when `today` is unset. */
export declare function lintText(text: string, file: string, options?: LintOptions): LintedFile;
/** Findings name files as every report format shows them. */
export { displayPath };
/**
 * The library entry: lints files with the offline rules and, when `options.verify` asks for it (the library never
 * goes online unasked, unlike the CLI), verifies their links. Each file has its own configuration unless
 * `options.config` gives one for all.
 */
export declare function lint(files: string[], options?: LintOptions): Promise<Report>;
/** Verifies what files already linted offline link to, when `options.verify` asks for it. */
export declare function verifyLinted(linted: LintedFile[], options?: LintOptions): Promise<VerifyResults | undefined>;
/** The report of files already linted offline, with the network rules when `results` are given; sorted. */
export declare function reportWith(linted: LintedFile[], options: LintOptions, results?: VerifyResults): Report;
/** The report of files already linted offline: verification and network rules when asked, then sorted. */
export declare function reportOf(linted: LintedFile[], options?: LintOptions): Promise<Report>;
