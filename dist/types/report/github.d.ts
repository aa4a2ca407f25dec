import type { Report, RuleId } from '../types.js';
/** Escapes a workflow command's message exactly like @actions/core's `escapeData`. */
export declare function escapeData(text: string): string;
/** Escapes a workflow command's property value exactly like @actions/core's `escapeProperty`. */
export declare function escapeProperty(text: string): string;
/** The title of a finding's annotation, the same from `--format github` and from the Action. */
export declare function annotationTitle(rule: RuleId): string;
/**
 * GitHub Actions workflow commands (`::error file=…::message`), one line per finding; the checks the
 * network's absence left undone are one notice with their count.
 */
export declare function formatGithub(report: Report, options: {
    cwd: string;
}): string;
