import type { Report } from '../types.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatMarkdown, type MarkdownOptions } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export { shouldUseColor } from './color.js';
export { escapeData, escapeProperty } from './github.js';
export { escapeMarkdown } from './markdown.js';
export { SARIF_SCHEMA_URI } from './sarif.js';

export const REPORT_FORMATS = ['stylish', 'json', 'github', 'sarif', 'markdown'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Options of every format; `linkTo` and `maxLength` shape the Markdown format only, `width` stylish. */
export interface ReportOptions extends MarkdownOptions {
  /** Colour the stylish output (the CLI decides with `shouldUseColor`). */
  color: boolean;
  /** The terminal's width: stylish wraps messages to it (undefined: no wrapping). */
  width?: number;
}

/** Renders a report in one of the output formats; pure: the same report gives the same text. */
export function formatReport(report: Report, format: ReportFormat, options: ReportOptions): string {
  switch (format) {
    case 'stylish':
      return formatStylish(report, options);
    case 'json':
      return formatJson(report);
    case 'github':
      return formatGithub(report, options);
    case 'sarif':
      return formatSarif(report, options);
    case 'markdown':
      return formatMarkdown(report, options);
  }
}
