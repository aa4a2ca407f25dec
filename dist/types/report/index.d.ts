import type { Report } from '../types.js';
export { shouldUseColor } from './color.js';
export { escapeData, escapeProperty } from './github.js';
export { escapeMarkdown, MARKDOWN_TABLE_HEAD, markdownHeadline, markdownRow } from './markdown.js';
export { SARIF_SCHEMA_URI } from './sarif.js';
export declare const REPORT_FORMATS: readonly ["stylish", "json", "github", "sarif", "markdown"];
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export interface ReportOptions {
    /** Colour the stylish output (the CLI decides with `shouldUseColor`). */
    color: boolean;
    /** Absolute paths in findings are shown relative to this folder. */
    cwd: string;
    /** Markdown only: makes each location a link (permalinks in the Action). */
    linkTo?: (file: string, line: number) => string;
    /** Markdown only: leave out rows beyond this many characters (issue bodies are capped at 65,536). */
    maxLength?: number;
}
/** Renders a report in one of the output formats; pure: the same report gives the same text. */
export declare function formatReport(report: Report, format: ReportFormat, options: ReportOptions): string;
