import type { Report } from '../types.js';
/**
 * ESLint-style output: one block per file, rows `line:col  severity  message  rule-id` with aligned
 * columns, then a summary line. Prints nothing at all when there is nothing to report.
 */
export declare function formatStylish(report: Report, options: {
    color: boolean;
    cwd: string;
}): string;
