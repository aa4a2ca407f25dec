import type { Report } from '../types.js';
import { type MarkdownOptions } from './markdown.js';
export { shouldUseColor } from './color.js';
export { escapeData, escapeProperty } from './github.js';
export { escapeMarkdown } from './markdown.js';
export { SARIF_SCHEMA_URI } from './sarif.js';
export declare const REPORT_FORMATS: readonly ["stylish", "json", "github", "sarif", "markdown"];
export type ReportFormat = (typeof REPORT_FORMATS)[number];
/** Options of every format; `linkTo` and `maxLength` shape the Markdown format only, `width` stylish. */
export interface ReportOptions extends MarkdownOptions {
    /** Colour the stylish output (the CLI decides with `shouldUseColor`). */
    color: boolean;
    /** The terminal's width: stylish wraps messages to it (undefined: no wrapping). */
    width?: number;
}
/** Renders a report in one of the output formats; pure: the same report gives the same text. */
export declare function formatReport(report: Report, format: ReportFormat, options: ReportOptions): string;
