import type { Finding, Report } from '../types.js';
/**
 * Makes untrusted text inert inside a Markdown table cell: no HTML, no links, emphasis or code spans,
 * no cell breaks, no line breaks, and no GitHub @mentions or #references (a zero-width joiner after
 * `@`/`#` keeps the text readable while GitHub no longer recognises it).
 */
export declare function escapeMarkdown(text: string): string;
export interface MarkdownOptions {
    /** Absolute paths in findings are shown relative to this folder. */
    cwd: string;
    /** Makes each location a link, e.g. a permalink to the line on GitHub. */
    linkTo?: (file: string, line: number) => string;
    /** Stops adding rows before the text would exceed this many characters (GitHub caps issue bodies). */
    maxLength?: number;
}
/** The summary's counts paragraph (and the link summary when links were checked), ending with a newline. */
export declare function markdownHeadline(report: Report): string;
export declare const MARKDOWN_TABLE_HEAD = "| Severity | Rule | Location | Message |\n| --- | --- | --- | --- |";
/** One table row (no newline); every piece of list text in it is escaped. */
export declare function markdownRow(finding: Finding, options: MarkdownOptions): string;
/**
 * A Markdown report for job summaries and issues: the counts, then one table row per finding; the checks the
 * network's absence left undone are one sentence with their count.
 */
export declare function formatMarkdown(report: Report, options: MarkdownOptions): string;
